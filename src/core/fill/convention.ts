/**
 * How a sheet writes a rate, so that the formulas speak its language: percent
 * points (11,72 — the seeds' way), a fraction shown with a % format (0,1172
 * shown as 11,72%), or an index over the previous year (111,72). Read from
 * the cells' number formats and from the figures already typed in the row.
 */
import type { CellRef } from '../a1';
import { isPercentFormat } from '../model/readings';
import type { FillOverlay } from './overlay';

export type Convention = 'points' | 'fraction' | 'index';

/** A rate in percent points, written in the convention. */
export function fromPoints(points: number, c: Convention): number {
  return c === 'fraction' ? points / 100 : c === 'index' ? points + 100 : points;
}

/** A rate written in the convention, in percent points. */
export function toPoints(value: number, c: Convention): number {
  return c === 'fraction' ? value * 100 : c === 'index' ? value - 100 : value;
}

/** The rate formula from a growth factor expression such as `H9/G9` or `POWER(K9/F9,1/5)`. */
export function rateFormula(factor: string, c: Convention): string {
  return c === 'fraction' ? `${factor}-1` : c === 'index' ? `${factor}*100` : `(${factor}-1)*100`;
}

/** The growth factor (1 + g) of a rate cell written in the convention, as a formula term. */
export function factorOf(a1: string, c: Convention): string {
  return c === 'fraction' ? `(1+${a1})` : c === 'index' ? `(${a1}/100)` : `(1+${a1}/100)`;
}

/**
 * The convention of a set of rate cells: fraction when one carries a % format;
 * otherwise whichever reading the typed figures agree with, given what each
 * cell computes in percent points; percent points when nothing says otherwise.
 */
export function detectConvention(sheet: FillOverlay, cells: Array<CellRef & { points: number | null }>): Convention {
  if (cells.some((c) => isPercentFormat(sheet.view.numberFormat(c.row, c.col)))) return 'fraction';
  const votes: Record<Convention, number> = { points: 0, fraction: 0, index: 0 };
  for (const c of cells) {
    if (c.points === null || sheet.hasFormula(c.row, c.col)) continue;
    const t = sheet.typedNumber(c.row, c.col);
    // A zero reads the same in every convention.
    if (t === null || t === 0) continue;
    const gaps: [Convention, number][] = [
      ['points', Math.abs(t - c.points)],
      ['fraction', Math.abs(t - c.points / 100)],
      ['index', Math.abs(t - (c.points + 100))],
    ];
    gaps.sort((a, b) => a[1] - b[1]);
    // A figure close to two readings (a growth near 0) says nothing.
    if (gaps[0][1] < 0.5 * gaps[1][1]) votes[gaps[0][0]]++;
  }
  if (votes.index > votes.points && votes.index >= votes.fraction) return 'index';
  if (votes.fraction > votes.points && votes.fraction > votes.index) return 'fraction';
  return 'points';
}
