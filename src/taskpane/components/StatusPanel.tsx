/**
 * The first screen: where each phụ lục stands (errors, warnings, missed
 * targets, cells a fill would complete, all counted by the core) and the next
 * useful step as the one primary button; the first missed targets are one
 * click from their cells.
 */
import { Badge, Button, Caption1, Text } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { NextStep, SheetStatus, WorkbookStatus } from '../../core/status';
import { verdictRows, VerdictRow } from '../../core/verdict-list';
import type { Strings } from '../i18n';
import type { TabId } from './NavTabs';
import type { PanelProps } from './panel-props';
import { VerdictList } from './VerdictList';

const KIND_COLOR = { indicators: 'success', tasks: 'informative', none: 'subtle' } as const;
const NEXT_TAB: Record<NextStep, TabId> = {
  'fix-errors': 'check',
  'review-missed': 'targets',
  fill: 'fill',
  summary: 'summary',
  'review-sheets': 'sheets',
};
/** Missed targets shown on the first screen before "show all". */
const EXCERPT = 5;

function nextCount(s: WorkbookStatus): number {
  if (s.next === 'fix-errors') return s.total.findings.error;
  if (s.next === 'review-missed') return s.total.verdicts.missed;
  if (s.next === 'fill') return s.total.fillable;
  return 0;
}

function SheetCard({ s, t }: { s: SheetStatus; t: Strings }) {
  const compared = Object.values(s.verdicts).reduce((a, b) => a + b, 0);
  const counts: Array<[string, number, string]> = [
    ['errors', s.findings.error, t.status.errors(s.findings.error)],
    ['warnings', s.findings.warning, t.status.warnings(s.findings.warning)],
    ['missed', s.verdicts.missed, t.status.missed(s.verdicts.missed, s.indicators.missed)],
    ['compared', compared, t.status.compared(compared)],
    ['fillable', s.fillable, t.status.fillable(s.fillable)],
  ];
  return (
    <li data-testid="status-sheet" data-sheet={s.sheet}>
      <div>
        <Text weight="semibold">{s.sheet}</Text>{' '}
        <Badge appearance="tint" color={KIND_COLOR[s.kind]}>
          {t.kind[s.kind]}
        </Badge>
      </div>
      <ul className="status-counts">
        {counts
          .filter(([key, n]) => n > 0 || key === 'errors')
          .map(([key, n, label]) => (
            <li key={key} data-count={key} data-value={n} className={key === 'errors' && n > 0 ? 'count-error' : undefined}>
              {label}
            </li>
          ))}
      </ul>
    </li>
  );
}

export function StatusPanel({ scan, status, actions, service, t, busy, navigate }: PanelProps) {
  const missed = useMemo(() => verdictRows(scan.snapshot, scan.check.layout, scan.check.evaluations, 'missed'), [scan]);
  const select = (r: VerdictRow) => void actions.run(t.goToCell(r.sheet, r.actualCell), () => service.selectCell(r.sheet, r.actualCell));
  const next = status.next;
  return (
    <div className="panel" data-testid="status-screen" data-next={next}>
      <Caption1>{t.status.intro}</Caption1>
      <Button appearance="primary" disabled={busy} onClick={() => navigate(NEXT_TAB[next])} data-testid="next-step" aria-describedby="next-label">
        {t.status.next[next](nextCount(status))}
      </Button>
      <Caption1 id="next-label" className="visually-hidden">
        {t.status.nextLabel}
      </Caption1>
      {status.sheets.length === 0 ? (
        <Text>{t.status.noAppendix}</Text>
      ) : (
        <ul className="sheets">
          {status.sheets.map((s) => (
            <SheetCard key={s.sheet} s={s} t={t} />
          ))}
        </ul>
      )}
      {status.total.verdicts.missed > 0 && (
        <section aria-labelledby="missed-title" data-testid="status-missed">
          <h3 className="group" id="missed-title">
            {t.status.missedTitle}
          </h3>
          <VerdictList years={missed} t={t} busy={busy} onSelect={select} limit={EXCERPT} />
          {status.total.verdicts.missed > EXCERPT && (
            <Button size="small" appearance="subtle" onClick={() => navigate('targets')}>
              {t.status.showAll(status.total.verdicts.missed)}
            </Button>
          )}
        </section>
      )}
    </div>
  );
}
