/** "Kiểm tra": counts, filters, the grouped findings, fixes and the export to a sheet. */
import { Button, Field, Select, Text } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Finding } from '../../core/findings';
import { mergePlans } from '../../core/plan';
import { planFindingsSheet } from '../services/findings-sheet';
import { FindingsList } from './FindingsList';
import type { PanelProps } from './panel-props';
import { ruleTitleFor } from './rule-titles';

export function CheckPanel({ scan, actions, service, t, busy }: PanelProps) {
  const [severity, setSeverity] = useState('');
  const [rule, setRule] = useState('');
  const ruleTitle = useMemo(() => ruleTitleFor(t), [t]);
  const all = scan.check.findings;
  const count = (s: string) => all.filter((f) => f.severity === s).length;
  const rules = [...new Set(all.map((f) => f.rule))];
  const shown = all.filter((f) => (!severity || f.severity === severity) && (!rule || f.rule === rule));

  const select = (f: Finding) => void actions.run(t.goToCell(f.sheet, f.cell), () => service.selectCell(f.sheet, f.cell));
  const fix = (f: Finding) => f.fix && void actions.apply(f.fix, t.fixLabel(f.cell), () => t.fixed(1));
  const fixAll = (r: string, fs: Finding[]) =>
    void actions.apply(
      mergePlans(
        'fix',
        fs.map((f) => f.fix!),
      ),
      t.fixAllLabel(ruleTitle(r), fs.length),
      () => t.fixed(fs.length),
    );
  const exportSheet = () =>
    void actions.apply(
      (snap, check) => planFindingsSheet(snap, check.findings, t, ruleTitle),
      t.exportFindings,
      () => t.exported,
    );

  return (
    <div className="panel">
      <Text weight="semibold" data-testid="counts">
        {t.counts(count('error'), count('warning'), count('info'))}
      </Text>
      <div className="filters">
        <Field label={t.filterSeverity} size="small">
          <Select value={severity} onChange={(_, d) => setSeverity(d.value)} size="small">
            <option value="">{t.all}</option>
            {['error', 'warning', 'info'].map((s) => (
              <option key={s} value={s}>
                {t.severity[s]} ({count(s)})
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.filterRule} size="small">
          <Select value={rule} onChange={(_, d) => setRule(d.value)} size="small">
            <option value="">{t.all}</option>
            {rules.map((r) => (
              <option key={r} value={r}>
                {ruleTitle(r)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {all.length === 0 ? (
        <Text>{t.noFindings}</Text>
      ) : shown.length === 0 ? (
        <Text>{t.noFindingsFiltered}</Text>
      ) : (
        <FindingsList findings={shown} t={t} busy={busy} ruleTitle={ruleTitle} onSelect={select} onFix={fix} onFixAll={fixAll} />
      )}
      <Button disabled={busy || all.length === 0} onClick={exportSheet}>
        {t.exportFindings}
      </Button>
    </div>
  );
}
