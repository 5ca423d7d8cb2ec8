/**
 * Comparisons of typed figures with the figures they should equal, with the
 * slack that rounding alone can explain: half a unit of each figure's last
 * shown decimal, carried through sums and ratios. A difference inside that
 * slack is never reported.
 */
import { roundingTolerance } from '../growth';
import type { NumberReading } from '../model/readings';

/**
 * The widest gap between a typed total and the sum of typed parts that
 * rounding explains. Whole counts (people, houses) are exact, so only the
 * total's own rounding counts; money and other amounts may each be rounded.
 */
export function sumTolerance(total: NumberReading, parts: NumberReading[], exactParts: boolean): number {
  let t = roundingTolerance(total.decimals);
  if (!exactParts) for (const p of parts) t += roundingTolerance(p.decimals);
  return t;
}

/** Relative rounding error of a shown figure. */
export function relativeError(r: NumberReading): number {
  return r.value === 0 ? Infinity : roundingTolerance(r.decimals) / Math.abs(r.value);
}

export function maxDecimals(rs: NumberReading[]): number {
  let d = 0;
  for (const r of rs) if (r.decimals > d) d = r.decimals;
  return d;
}

/** "2026-2030" in a header: the plan period, to keep a base-year column out of a 5-year sum. */
export function periodOf(header: string): { from: number; to: number } | null {
  let p = periods.get(header);
  if (p === undefined) {
    const m = /(20\d{2})\s*[-–—]\s*(20\d{2})/.exec(header);
    const from = m ? Number(m[1]) : 0;
    const to = m ? Number(m[2]) : 0;
    p = to > from ? { from, to } : null;
    if (periods.size > 1000) periods.clear();
    periods.set(header, p);
  }
  return p;
}

const periods = new Map<string, { from: number; to: number } | null>();
