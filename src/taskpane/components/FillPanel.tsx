/** "Công thức": what will be filled, converted or left (with reasons), then apply. */
import { Button, Caption1, Checkbox, Text } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { FillCell, planFill } from '../../core/fill';
import type { PanelProps } from './panel-props';

function CellList({
  title,
  cells,
  id,
}: {
  title: string;
  cells: Array<
    FillCell | { sheet: string; cell: string; typed: string; value?: number; reason?: string; formula?: string; label?: string }
  >;
  id: string;
}) {
  if (cells.length === 0) return null;
  return (
    <section aria-label={title} data-testid={`fill-${id}`}>
      <h3 className="group">
        {title} ({cells.length})
      </h3>
      <ul className="cells">
        {cells.slice(0, 200).map((c) => (
          <li key={`${c.sheet}!${c.cell}`}>
            <strong>{c.cell}</strong> <Caption1>{c.sheet}</Caption1> {'label' in c && c.label ? <Caption1>· {c.label}</Caption1> : null}
            {'formula' in c && c.formula ? <code className="formula">{c.formula}</code> : null}
            {c.reason ? <Caption1 className="reason">{c.reason}</Caption1> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function FillPanel({ scan, actions, t, busy }: PanelProps) {
  const [convertEqual, setConvertEqual] = useState(false);
  const result = useMemo(() => planFill(scan.snapshot, scan.check.layout, { convertEqual }), [scan, convertEqual]);
  const { fill, convert, leave, numbers = [] } = result.preview;
  const writes = fill.length + (convertEqual ? convert.length : 0);
  const apply = () =>
    void actions.apply(
      (snap, check) => planFill(snap, check.layout, { convertEqual }).plan,
      t.fillApply(writes),
      (p) =>
        t.fillDone(
          p.ops
            .filter((o) => o.op === 'setFormulas')
            .reduce((n, o) => n + (o.op === 'setFormulas' ? o.formulas.flat().filter((x) => x !== null).length : 0), 0),
        ),
    );
  return (
    <div className="panel">
      <Caption1>{t.fillIntro}</Caption1>
      <Checkbox checked={convertEqual} onChange={(_, d) => setConvertEqual(!!d.checked)} label={t.fillConvertEqual} />
      {result.plan.ops.length === 0 ? (
        <Text data-testid="fill-nothing">{t.fillNothing}</Text>
      ) : (
        <Button appearance="primary" disabled={busy} onClick={apply} data-testid="fill-apply">
          {t.fillApply(writes)}
        </Button>
      )}
      <CellList id="fill" title={t.fillGroups.fill} cells={fill} />
      <CellList id="convert" title={t.fillGroups.convert} cells={convert} />
      <CellList id="numbers" title={t.fillGroups.numbers} cells={numbers} />
      <CellList id="leave" title={t.fillGroups.leave} cells={leave} />
    </div>
  );
}
