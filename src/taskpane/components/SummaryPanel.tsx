/** "Tổng hợp": (re)generate the standard summary sheet, then open it. */
import { useState } from 'react';
import { Button, Caption1, Field, Input } from '@fluentui/react-components';
import { planSummary, SUMMARY_MARKER } from '../../core/summary';
import type { PanelProps } from './panel-props';

/** The issuing body is the office's, the same for every workbook: kept in the pane's own storage, not the file. */
const UNIT_KEY = 'phuluc.summaryUnit';

function storedUnit(): string {
  try {
    return globalThis.localStorage?.getItem(UNIT_KEY) ?? '';
  } catch {
    return '';
  }
}

function storeUnit(unit: string): void {
  try {
    globalThis.localStorage?.setItem(UNIT_KEY, unit.trim());
  } catch {
    // Storage refused (private mode, policy): the name still applies to this session.
  }
}

export function SummaryPanel({ scan, actions, service, t, busy, today }: PanelProps) {
  const existing = scan.snapshot.sheets.find((s) => s.addinMarker === SUMMARY_MARKER);
  const [unit, setUnit] = useState(storedUnit);
  const generate = () => {
    storeUnit(unit);
    void actions.apply(
      (snap, check) => planSummary(snap, check.layout, { findings: check.findings, evaluations: check.evaluations, date: today(), unit: unit.trim() || undefined }),
      existing ? t.summaryRegenerate : t.summaryGenerate,
      () => t.summaryDone,
    );
  };
  return (
    <div className="panel">
      <Caption1>{t.summaryIntro}</Caption1>
      <Field label={t.summaryUnit} hint={t.summaryUnitHint} size="small">
        <Input value={unit} onChange={(_, d) => setUnit(d.value)} disabled={busy} data-testid="summary-unit" />
      </Field>
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
