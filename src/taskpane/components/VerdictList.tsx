/** Evaluations of one verdict grouped by year; a row selects the actual cell in Excel. */
import { Caption1 } from '@fluentui/react-components';
import type { VerdictRow, VerdictYear } from '../../core/verdict-list';
import type { Strings } from '../i18n';

export interface VerdictListProps {
  years: VerdictYear[];
  t: Strings;
  busy: boolean;
  onSelect(row: VerdictRow): void;
  /** Show at most this many rows (the first screen's excerpt); the rest are counted. */
  limit?: number;
}

function Row({ r, t, busy, onSelect }: { r: VerdictRow; t: Strings; busy: boolean; onSelect(row: VerdictRow): void }) {
  // A bare figure's form goes without saying; "≥90 (tối thiểu)" and "Dưới 3 (dưới)" are spelt out.
  const form = r.form && t.targetForm[r.form] ? ` (${t.targetForm[r.form]})` : '';
  return (
    <li className="finding" data-testid="verdict-row" data-sheet={r.sheet} data-cell={r.actualCell} data-verdict={r.verdict}>
      <button type="button" className="finding-go" disabled={busy} onClick={() => onSelect(r)} title={t.goToCell(r.sheet, r.actualCell)}>
        <strong>{r.name || r.actualCell}</strong>
        {r.unit ? <Caption1> ({r.unit})</Caption1> : null}
        <span className="reason">
          {t.verdictList.plan}: {r.plan || '—'}
          {form} · {t.verdictList.actual}: {r.actual || '—'} · {r.actualCell}
        </span>
      </button>
    </li>
  );
}

export function VerdictList({ years, t, busy, onSelect, limit }: VerdictListProps) {
  const total = years.reduce((n, y) => n + y.rows.length, 0);
  if (total === 0) return <Caption1>{t.verdictList.empty}</Caption1>;
  let left = limit ?? Infinity;
  const shown = years
    .map((y) => {
      const rows = y.rows.slice(0, Math.max(0, left));
      left -= rows.length;
      return { year: y.year, rows };
    })
    .filter((y) => y.rows.length > 0);
  const hidden = total - shown.reduce((n, y) => n + y.rows.length, 0);
  return (
    <div className="verdict-list">
      {shown.map((y) => (
        <section key={y.year} aria-label={t.verdictList.year(y.year)}>
          <h4 className="subgroup">{t.verdictList.year(y.year)}</h4>
          <ul>
            {y.rows.map((r) => (
              <Row key={`${r.sheet}!${r.actualCell}`} r={r} t={t} busy={busy} onSelect={onSelect} />
            ))}
          </ul>
        </section>
      ))}
      {hidden > 0 && <Caption1>{t.verdictList.more(hidden)}</Caption1>}
    </div>
  );
}
