/** "Tổng hợp": (re)generate the standard summary sheet, then open it. */
import { Button, Caption1 } from '@fluentui/react-components';
import { planSummary, SUMMARY_MARKER } from '../../core/summary';
import type { PanelProps } from './panel-props';

export function SummaryPanel({ scan, actions, service, t, busy, today }: PanelProps) {
  const existing = scan.snapshot.sheets.find((s) => s.addinMarker === SUMMARY_MARKER);
  const generate = () =>
    void actions.apply(
      (snap, check) => planSummary(snap, check.layout, { findings: check.findings, evaluations: check.evaluations, date: today() }),
      existing ? t.summaryRegenerate : t.summaryGenerate,
      () => t.summaryDone,
    );
  return (
    <div className="panel">
      <Caption1>{t.summaryIntro}</Caption1>
      <Button appearance="primary" disabled={busy} onClick={generate} data-testid="summary-generate">
        {existing ? t.summaryRegenerate : t.summaryGenerate}
      </Button>
      {existing && (
        <Button disabled={busy} onClick={() => void actions.run(t.summaryGoTo, () => service.selectCell(existing.name, 'A1'))}>
          {t.summaryGoTo}
        </Button>
      )}
    </div>
  );
}
