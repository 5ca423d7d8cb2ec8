/**
 * The arithmetic of the sheets, shared by the rules (which check typed
 * figures) and the fill (which writes formulas): year-on-year growth in
 * percent points, geometric average growth, the base year implied by a first
 * year's growth, and tolerance by displayed precision.
 */

/** Year-on-year growth in percent points, as the seeds write it (11,72 for +11.72 %). */
export function yoyGrowth(current: number, previous: number): number | null {
  if (!Number.isFinite(current) || !Number.isFinite(previous) || previous === 0) return null;
  return (current / previous - 1) * 100;
}

/**
 * Geometric average growth in percent points over `periods` years:
 * ((last / first)^(1/periods) - 1) × 100. Null when undefined (non-positive values).
 */
export function averageGrowth(first: number, last: number, periods: number): number | null {
  if (!(first > 0) || !(last > 0) || !(periods > 0)) return null;
  return (Math.pow(last / first, 1 / periods) - 1) * 100;
}

/** The base-year value implied by the first year's value and its stated growth: Y0 = Y1 / (1 + g/100). */
export function baseFromFirstGrowth(firstYearValue: number, firstGrowthPct: number): number | null {
  const d = 1 + firstGrowthPct / 100;
  if (!Number.isFinite(firstYearValue) || !(d > 0)) return null;
  return firstYearValue / d;
}

/**
 * How many decimals a cell shows: from its number format when it has one
 * ("#,##0.00" → 2, "0.0%" → 1, "General"/null → from the value itself, at most 10).
 */
export function displayedDecimals(value: number, numberFormat?: string | null): number {
  if (numberFormat && numberFormat !== 'General' && numberFormat !== '@') {
    // Format codes always use "." for decimals and "," for grouping, whatever the locale.
    const section = numberFormat.split(';')[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    if (/[0#?]/.test(section)) {
      const m = /\.([0#?]+)/.exec(section);
      return m ? m[1].length : 0;
    }
  }
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const s = Math.abs(value).toPrecision(15).replace(/0+$/, '');
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : Math.min(10, s.length - dot - 1);
}

/** Half a unit of the last shown decimal, the widest gap that is still only rounding. */
export function roundingTolerance(decimals: number): number {
  return 0.5 * Math.pow(10, -decimals) + 1e-9;
}

/** A typed figure equals a computed one when they agree to the typed figure's displayed precision. */
export function matchesDisplayed(typed: number, computed: number, decimals: number): boolean {
  return Math.abs(typed - computed) <= roundingTolerance(decimals) * (1 + 1e-12);
}

