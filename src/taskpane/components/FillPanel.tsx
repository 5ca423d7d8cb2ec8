/**
 * "Công thức": every cell the fill would write, with its formula, the value it
 * computes and the method in words (a fallback average says so), and every
 * typed figure it leaves alone with why; then apply.
 */
import { Button, Caption1, Checkbox, Text } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { FillCell, planFill } from '../../core/fill';
import { formatFigure, languageHalf, type Language, type Strings } from '../i18n';
import type { PanelProps } from './panel-props';

type PreviewCell = FillCell | { sheet: string; cell: string; typed: string; value: number };

function CellDetails({ c, t }: { c: PreviewCell; t: Strings }) {
  const lang = t.language as Language;
  if (!('formula' in c)) return <Caption1 className="reason">{t.fillValue(formatFigure(c.value, lang))}</Caption1>;
  const typed = c.typed === null || c.typed === undefined || c.typed === '' ? null : typeof c.typed === 'number' ? formatFigure(c.typed, lang) : c.typed;
  return (
    <>
      {c.kind ? <Caption1 className="reason">{t.fillKind[c.kind]}</Caption1> : null}
      {c.method ? <Caption1 className="reason method">{languageHalf(c.method, lang)}</Caption1> : null}
      <code className="formula">{c.formula}</code>
      {c.computed !== undefined ? <Caption1 className="reason">{t.fillValue(formatFigure(c.computed, lang, c.percent))}</Caption1> : null}
      {typed !== null ? <Caption1 className="reason">{t.fillTyped(String(typed))}</Caption1> : null}
      {c.reason ? <Caption1 className="reason">{languageHalf(c.reason, lang)}</Caption1> : null}
    </>
  );
}

function CellList({ title, cells, id, t }: { title: string; cells: PreviewCell[]; id: string; t: Strings }) {
  if (cells.length === 0) return null;
  return (
    <section aria-label={title} data-testid={`fill-${id}`}>
      <h3 className="group">
        {title} ({cells.length})
      </h3>
      <ul className="cells">
        {cells.slice(0, 200).map((c) => (
          <li key={`${c.sheet}!${c.cell}`} data-cell={c.cell}>
            <strong>{c.cell}</strong> <Caption1>{c.sheet}</Caption1>
            <CellDetails c={c} t={t} />
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
      <CellList id="fill" title={t.fillGroups.fill} cells={fill} t={t} />
      <CellList id="convert" title={t.fillGroups.convert} cells={convert} t={t} />
      <CellList id="numbers" title={t.fillGroups.numbers} cells={numbers} t={t} />
      <CellList id="leave" title={t.fillGroups.leave} cells={leave} t={t} />
    </div>
  );
}
