/** "Đối chiếu mục tiêu": verdict counts, highlight on/off, tracking columns, legend. */
import { Button, Caption1, Field, Select, Switch, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { VERDICTS, VERDICT_LABELS } from '../../core/evaluation';
import { isAddinConditionFormula } from '../../core/plan';
import { LEGEND, planHighlight, planRemoveHighlight, planTracking } from '../../core/targets';
import type { PanelProps } from './panel-props';

export function TargetsPanel({ scan, actions, t, busy }: PanelProps) {
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
          {VERDICTS.map((v) => {
            const entry = LEGEND.find((l) => l.verdict === v)!;
            return (
              <li key={v} data-verdict={v} style={{ background: entry.fill, color: entry.fontColor }}>
                {VERDICT_LABELS[v][lang]}: <strong>{evaluations.filter((e) => e.verdict === v).length}</strong>
              </li>
            );
          })}
        </ul>
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
              <span className="swatch" style={{ background: l.fill, color: l.fontColor }} aria-hidden="true">
                123
              </span>{' '}
              {lang === 'en' ? l.en : l.vi}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
