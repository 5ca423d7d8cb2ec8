/**
 * Which row a growth row measures, for the rules that check growth and the
 * fill that writes it. The recogniser links a growth row to its parent
 * indicator; when that parent is only a heading without figures (the budget
 * row "Ngân sách Nhà nước" whose figures sit in its single component "Thu
 * ngân sách..."), the growth is that of the component that has them.
 */
import type { ColumnInfo, RowInfo } from '../layout';
import { isValueRow, type SheetModel } from './sheet-model';

/** Whether a cell holds a figure: a number, or a formula (its result is the figure, known or not). */
export type IsFigure = (row: number, col: number) => boolean;

/** The model's figures: a number read from the cell, or a formula. */
export function typedFigure(model: SheetModel): IsFigure {
  return (row, col) => model.num(row, col) !== null || model.view.formula(row, col) !== null;
}

function hasYearFigures(model: SheetModel, row: number, isFigure: IsFigure): boolean {
  let n = 0;
  for (const c of model.cols(row).planYears) if (isFigure(row, c.col)) n++;
  return n >= 2;
}

/**
 * The row a growth row measures: its parent when the parent carries yearly
 * figures; else (the parent is only a heading) the one component above the
 * growth row that carries them, or, when several do, the one right above it.
 * `isFigure` says what a figure is: the fill counts the formulas it has
 * decided to write.
 */
export function growthSubject(model: SheetModel, growth: RowInfo, isFigure: IsFigure = typedFigure(model)): RowInfo | null {
  if (growth.parent === undefined) return null;
  const parent = model.rowInfo(growth.parent);
  if (!parent) return null;
  if (isValueRow(parent.kind) && hasYearFigures(model, parent.row, isFigure)) return parent;
  const candidates = model.components(parent.row).filter((c) => c.row < growth.row && hasYearFigures(model, c.row, isFigure));
  if (candidates.length === 1) return candidates[0];
  const above = candidates[candidates.length - 1];
  return above && model.rowAbove(growth.row) === above ? above : null;
}

/** Growth rows by the row they measure. */
export function growthRowsBySubject(model: SheetModel, isFigure: IsFigure = typedFigure(model)): Map<number, RowInfo[]> {
  const out = new Map<number, RowInfo[]>();
  for (const r of model.rows) {
    if (r.kind !== 'growth') continue;
    const s = growthSubject(model, r, isFigure);
    if (!s) continue;
    const list = out.get(s.row);
    if (list) list.push(r);
    else out.set(s.row, [r]);
  }
  return out;
}

/**
 * The column of the year before `c` for a growth computation: the same series
 * when it has that year, else the other series (a base year such as "TH 2025"
 * exists only as an actual).
 */
export function previousYearColumn(model: SheetModel, row: number, c: ColumnInfo): ColumnInfo | undefined {
  if (c.year === undefined) return undefined;
  const cols = model.cols(row);
  const same = c.series === 'actual' ? cols.actualYears : cols.planYears;
  const other = c.series === 'actual' ? cols.planYears : cols.actualYears;
  const prev = same.find((x) => x.year === c.year! - 1);
  if (prev) return prev;
  // Only a base year before the series starts comes from the other series; a hole inside a series is not filled from it.
  if (same.some((x) => (x.year ?? 0) < c.year!)) return undefined;
  return other.find((x) => x.year === c.year! - 1);
}
