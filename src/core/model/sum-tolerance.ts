/**
 * Is a typed total the sum of its typed parts? Only up to rounding: each
 * figure stands for anything within half a unit of its last shown decimal.
 * One answer for every "is this a sum" question: a 5-year total over its
 * years, a parent over its components, a 5-year figure that may be a level.
 */
import { roundingTolerance } from '../growth';
import type { SheetModel } from './sheet-model';

/**
 * The widest gap between the total at (row, col) and the sum of the parts
 * that rounding explains: the total's own rounding, plus each part's unless
 * the parts are whole counts (people, houses), which are exact.
 */
export function sumTolerance(model: SheetModel, row: number, col: number, parts: ReadonlyArray<{ row: number; col: number }>, exactParts: boolean): number {
  let t = roundingTolerance(model.dec(row, col));
  if (!exactParts) for (const p of parts) t += roundingTolerance(model.dec(p.row, p.col));
  return t;
}

/** The sum of the parts' figures, or null when one of them holds none. */
export function sumOfParts(model: SheetModel, parts: ReadonlyArray<{ row: number; col: number }>): number | null {
  let sum = 0;
  for (const p of parts) {
    const v = model.num(p.row, p.col);
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

/** The typed total at (row, col) equals the sum of its parts within rounding. */
export function isSumOf(model: SheetModel, row: number, col: number, parts: ReadonlyArray<{ row: number; col: number }>, exactParts: boolean): boolean {
  const sum = sumOfParts(model, parts);
  const total = model.num(row, col);
  return sum !== null && total !== null && Math.abs(total - sum) <= sumTolerance(model, row, col, parts, exactParts);
}
