/**
 * Comparisons of typed figures with the figures they should equal, with the
 * slack that rounding alone can explain: half a unit of each figure's last
 * shown decimal, carried through ratios (sums: model/sum-tolerance.ts). A
 * difference inside that slack is never reported.
 */
import { roundingTolerance } from '../growth';
import { boundedMemo } from '../memo';
import type { NumberReading } from '../model/readings';

/** Relative rounding error of a shown figure. */
export function relativeError(r: NumberReading): number {
  return r.value === 0 ? Infinity : roundingTolerance(r.decimals) / Math.abs(r.value);
}

/** "2026-2030" in a header: the plan period, to keep a base-year column out of a 5-year sum. */
export const periodOf = boundedMemo(1000, (header: string): { from: number; to: number } | null => {
  const m = /(20\d{2})\s*[-–—]\s*(20\d{2})/.exec(header);
  const from = m ? Number(m[1]) : 0;
  const to = m ? Number(m[2]) : 0;
  return to > from ? { from, to } : null;
});
