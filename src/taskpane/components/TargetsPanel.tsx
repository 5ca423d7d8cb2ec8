/**
 * "Mục tiêu": verdict counts (indicator-years and indicators), the list of one
 * verdict by year (missed first; exceeded, no data... on demand) whose rows
 * select their cells, highlight on/off, tracking columns, legend.
 */
import { Button, Caption1, Field, Select, Switch, Text } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { Verdict, VERDICTS } from '../../core/evaluation';
import { isAddinConditionFormula } from '../../core/plan';
import { LEGEND, planHighlight, planRemoveHighlight, planTracking } from '../../core/targets';
import { verdictRows, VerdictRow } from '../../core/verdict-list';
import type { PanelProps } from './panel-props';
import { VerdictList } from './VerdictList';
import { VerdictMark, verdictName } from './VerdictMark';

export function TargetsPanel({ scan, status, actions, service, t, busy }: PanelProps) {
  const [shown, setShown] = useState<Verdict>('missed');
  const rows = useMemo(() => verdictRows(scan.snapshot, scan.check.layout, scan.check.evaluations, shown), [scan, shown]);
  const select = (r: VerdictRow) => void actions.run(t.goToCell(r.sheet, r.actualCell), () => service.selectCell(r.sheet, r.actualCell));
  const evaluations = scan.check.evaluations;
  const highlighted = scan.snapshot.sheets.some((s) => s.conditionalFormats.some((cf) => isAddinConditionFormula(cf.formula)));
  const indicatorSheets = scan.check.layout.sheets.filter((s) => s.kind === 'indicators').map((s) => s.name);
  const [trackSheet, setTrackSheet] = useState('');
  const sheet = indicatorSheets.includes(trackSheet) ? trackSheet : (indicatorSheets[0] ?? '');
  const lang = t.language === 'en' ? 'en' : 'vi';

  const toggle = (on: boolean) =>
    void actions.apply(
      (snap, check) => (on ? planHighlight(snap, check.layout) : planRemoveHighlight(snap, check.layout)),
      on ? t.highlightOn : t.highlightOff,
      () => (on ? t.highlightDone : t.highlightRemoved),
    );
  const track = () =>
    void actions.apply(
      (snap, check) => planTracking(snap, check.layout, sheet),
      t.tracking,
      (p) => (p.ops.length ? t.trackingDone : t.trackingNone),
    );

  return (
    <div className="panel">
      <Text weight="semibold">{t.verdictCounts}</Text>
      {evaluations.length === 0 ? (
        <Caption1>{t.noEvaluations}</Caption1>
      ) : (
        <ul className="verdicts" data-testid="verdicts">
          {VERDICTS.map((v) => (
            <li key={v} data-verdict={v} data-count={status.total.verdicts[v]}>
              <button
                type="button"
                className="finding-go"
                aria-pressed={shown === v}
                disabled={status.total.verdicts[v] === 0}
                onClick={() => setShown(v)}
              >
                <VerdictMark verdict={v} t={t} />: <strong>{t.verdictList.count(status.total.verdicts[v], status.total.indicators[v])}</strong>
              </button>
            </li>
          ))}
        </ul>
      )}
      {evaluations.length > 0 && (
        <section aria-labelledby="verdict-list-title" data-testid="verdict-list">
          <h3 className="group" id="verdict-list-title">
            {t.verdictList.show}: {verdictName(shown, t)}
          </h3>
          <VerdictList years={rows} t={t} busy={busy} onSelect={select} />
        </section>
      )}
      <Switch
        checked={highlighted}
        disabled={busy || evaluations.length === 0}
        label={t.highlightOn}
        onChange={(_, d) => toggle(d.checked)}
        data-testid="highlight"
      />
      {indicatorSheets.length > 0 && (
        <div className="row2">
          <Field label={t.trackingSheet} size="small">
            <Select size="small" value={sheet} onChange={(_, d) => setTrackSheet(d.value)}>
              {indicatorSheets.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </Select>
          </Field>
          <Button size="small" disabled={busy || !sheet} onClick={track}>
            {t.tracking}
          </Button>
        </div>
      )}
      <section aria-label={t.legend}>
        <h3 className="group">{t.legend}</h3>
        <ul className="legend">
          {LEGEND.map((l) => (
            <li key={l.verdict}>
              <VerdictMark verdict={l.verdict} t={t} />{' '}
              {lang === 'en' ? l.en : l.vi}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
