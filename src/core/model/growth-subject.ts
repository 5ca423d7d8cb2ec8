/**
 * Which row a growth row measures. The recogniser links a growth row to its
 * parent indicator; when that parent is only a heading without figures (the
 * budget row "Ngân sách Nhà nước" whose figures sit in its single component
 * "Thu ngân sách..."), the growth is that of the one component that has them.
 */
import type { ColumnInfo, RowInfo } from '../layout';
import type { SheetModel } from './sheet-model';

function hasYearFigures(model: SheetModel, row: number): boolean {
  const cols = model.cols(row);
  let n = 0;
  for (const c of cols.planYears) if (model.num(row, c.col) !== null) n++;
  return n >= 2;
}

export function growthSubject(model: SheetModel, growth: RowInfo): RowInfo | null {
  if (growth.parent === undefined) return null;
  const parent = model.rowInfo(growth.parent);
  if (!parent) return null;
  if (hasYearFigures(model, parent.row)) return parent;
  const candidates = model.children(parent.row).filter((c) => c.kind === 'component' && c.row < growth.row && hasYearFigures(model, c.row));
  return candidates.length === 1 ? candidates[0] : null;
}

/** Growth rows by the row they measure. */
export function growthRowsBySubject(model: SheetModel): Map<number, RowInfo[]> {
  const out = new Map<number, RowInfo[]>();
  for (const r of model.rows) {
    if (r.kind !== 'growth') continue;
    const s = growthSubject(model, r);
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
