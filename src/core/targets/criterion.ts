/**
 * A target's form reduced to what a comparison needs: a floor, a ceiling, a
 * band, or words. The verdict (verdict.ts) and the highlight formulas
 * (formulas.ts) both read it, so they judge the same way.
 */
import type { Direction } from '../layout';
import type { TargetSpec } from '../target';

export type Criterion =
  /** Met at `value`, exceeded above; `strict` (">x", "Trên x"): met above, never exceeded. */
  | { type: 'floor'; value: number; strict: boolean }
  /** Lower is better: met at `value`, exceeded below; `strict` ("<x", "Dưới x"): met below. */
  | { type: 'ceiling'; value: number; strict: boolean }
  /** Met inside [lo, hi]; beyond it exceeded on the good side, missed on the other. */
  | { type: 'band'; lo: number; hi: number; good: 'up' | 'down' }
  /** Met or missed by what the actual says. */
  | { type: 'words'; word?: string; text: string }
  | { type: 'unknown'; why: string };

/** Decimals of a number as JS prints it (precision fallback when the spec has none). */
export function decimalsOf(v: number): number {
  const s = String(v);
  if (s.includes('e')) return 0;
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

/** Which way is better for a numeric comparison: the target's own words first, then the row. */
function goodSide(direction: Direction | undefined): 'up' | 'down' {
  return direction === 'down' ? 'down' : 'up';
}

export function criterionOf(spec: TargetSpec, direction: Direction | undefined): Criterion {
  switch (spec.kind) {
    case 'atLeast':
      return { type: 'floor', value: spec.value, strict: false };
    case 'greaterThan':
      return { type: 'floor', value: spec.value, strict: true };
    case 'atMost':
      return { type: 'ceiling', value: spec.value, strict: false };
    case 'lessThan':
      return { type: 'ceiling', value: spec.value, strict: true };
    case 'number':
    case 'total':
      // A plain figure on a lower-is-better row (hộ nghèo, tai nạn) is a ceiling.
      return goodSide(direction) === 'down' ? { type: 'ceiling', value: spec.value, strict: false } : { type: 'floor', value: spec.value, strict: false };
    case 'about': {
      // "Khoảng 4" is met by anything that rounds to 4 at the precision written.
      const half = 0.5 * Math.pow(10, -(spec.decimals ?? decimalsOf(spec.value)));
      return { type: 'band', lo: spec.value - half, hi: spec.value + half, good: goodSide(direction) };
    }
    case 'range':
      return { type: 'band', lo: Math.min(spec.min, spec.max), hi: Math.max(spec.min, spec.max), good: goodSide(direction) };
    case 'qualitative':
      // "Duy trì 100%": keep the level, so the figure is a floor the actual is compared with.
      if (spec.word === 'duy-tri' && spec.figure !== undefined) return { type: 'floor', value: spec.figure, strict: false };
      return { type: 'words', word: spec.word, text: spec.text };
    case 'text':
    default:
      return { type: 'unknown', why: 'không đọc được mục tiêu' };
  }
}

function eq(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Numeric verdict of an actual against a numeric criterion. */
export function judgeNumber(c: Exclude<Criterion, { type: 'words' } | { type: 'unknown' }>, actual: number): 'exceeded' | 'met' | 'missed' {
  switch (c.type) {
    case 'floor':
      if (c.strict) return actual > c.value && !eq(actual, c.value) ? 'met' : 'missed';
      return eq(actual, c.value) ? 'met' : actual > c.value ? 'exceeded' : 'missed';
    case 'ceiling':
      if (c.strict) return actual < c.value && !eq(actual, c.value) ? 'met' : 'missed';
      return eq(actual, c.value) ? 'met' : actual < c.value ? 'exceeded' : 'missed';
    case 'band': {
      // Distance from the middle, as the highlight formula computes it (one reference to the actual keeps it short).
      const { mid, reach } = bandGeometry(c);
      const x = actual - mid;
      if (Math.abs(x) <= reach) return 'met';
      return x > 0 === (c.good === 'up') ? 'exceeded' : 'missed';
    }
  }
}

/** A band as middle and half-width, widened by a hair so figures typed on an edge count as inside. */
export function bandGeometry(c: { lo: number; hi: number }): { mid: number; reach: number } {
  const mid = (c.lo + c.hi) / 2;
  return { mid, reach: (c.hi - c.lo) / 2 + 1e-9 * Math.max(1, Math.abs(c.lo), Math.abs(c.hi)) };
}
