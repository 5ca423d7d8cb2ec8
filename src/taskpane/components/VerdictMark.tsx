/**
 * A verdict as colour AND symbol AND word, so it reads without colour too:
 * exceeded and met are both green on the sheet, the arrow and the tick tell
 * them apart.
 */
import { Verdict, VERDICT_COLORS, VERDICT_LABELS } from '../../core/evaluation';
import type { Strings } from '../i18n';

export const VERDICT_SYMBOL: Record<Verdict, string> = {
  exceeded: '▲',
  met: '✓',
  missed: '✗',
  'no-data': '○',
  unknown: '?',
};

export function verdictName(v: Verdict, t: Strings): string {
  return VERDICT_LABELS[v][t.language === 'en' ? 'en' : 'vi'];
}

export function VerdictMark({ verdict, t }: { verdict: Verdict; t: Strings }) {
  const c = VERDICT_COLORS[verdict];
  return (
    <span className="verdict-mark" data-verdict-mark={verdict} style={{ background: c.fill, color: c.font }}>
      <span aria-hidden="true">{VERDICT_SYMBOL[verdict]}</span> {verdictName(verdict, t)}
    </span>
  );
}
