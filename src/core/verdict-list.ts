/**
 * The evaluations of one verdict as rows a person can read and reach: which
 * indicator, which year, plan and actual as the sheet shows them, and the
 * form of the target (at least, at most, a range...). The verdicts themselves
 * come from the evaluation; this only puts names and cell text beside them.
 */
import { parseA1 } from './a1';
import type { Evaluation, Verdict } from './evaluation';
import type { WorkbookLayout } from './layout';
import { formatViNumber } from './numbers';
import { SheetView } from './sheet-view';
import type { CellValue, WorkbookSnapshot } from './snapshot';
import type { TargetKind } from './target';
import { isPercentFormat } from './model/readings';
import { specOfPlan } from './targets/cells';

export interface VerdictRow {
  sheet: string;
  row: number;
  year: number;
  verdict: Verdict;
  /** Indicator name and unit as the sheet writes them. */
  name: string;
  unit: string;
  planCell: string;
  actualCell: string;
  /** The cells as shown: numbers in vi-VN form, percentages as percentages. */
  plan: string;
  actual: string;
  /** The target's form as parsed from the plan cell; null when the plan cell holds an error. */
  form: TargetKind | null;
}

export interface VerdictYear {
  year: number;
  rows: VerdictRow[];
}

function shown(view: SheetView, a1: string): { text: string; value: CellValue } {
  const { row, col } = parseA1(a1);
  const value = view.value(row, col);
  if (typeof value !== 'number') return { text: view.text(row, col), value };
  const percent = isPercentFormat(view.numberFormat(row, col));
  const n = percent ? value * 100 : value;
  // Up to two decimals, trailing zeros dropped: the figure, not the sheet's display format.
  const text = formatViNumber(n, 2).replace(/,?0+$/, '');
  return { text: percent ? `${text}%` : text, value };
}

/** Rows of the given verdict, grouped by year (ascending), in sheet and row order within a year. */
export function verdictRows(wb: WorkbookSnapshot, layout: WorkbookLayout, evaluations: readonly Evaluation[], verdict: Verdict): VerdictYear[] {
  const byYear = new Map<number, VerdictRow[]>();
  const views = new Map<string, SheetView>();
  for (const e of evaluations) {
    if (e.verdict !== verdict) continue;
    const snap = wb.sheets.find((s) => s.name === e.sheet);
    const sl = layout.sheets.find((s) => s.name === e.sheet);
    if (!snap || !sl) continue;
    let view = views.get(e.sheet);
    if (!view) views.set(e.sheet, (view = SheetView.of(snap)));
    const info = sl.rows.find((r) => r.row === e.row);
    const plan = shown(view, e.planCell);
    const actual = shown(view, e.actualCell);
    const row: VerdictRow = {
      sheet: e.sheet,
      row: e.row,
      year: e.year,
      verdict: e.verdict,
      name: info?.name ?? '',
      unit: info?.unit ?? '',
      planCell: e.planCell,
      actualCell: e.actualCell,
      plan: plan.text,
      actual: actual.text,
      form: specOfPlan(plan.value)?.kind ?? null,
    };
    byYear.set(e.year, [...(byYear.get(e.year) ?? []), row]);
  }
  return [...byYear.entries()].sort(([a], [b]) => a - b).map(([year, rows]) => ({ year, rows }));
}
