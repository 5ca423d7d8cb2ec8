/**
 * vi-VN numbers: "." groups thousands, "," is the decimal mark (issue #2).
 * CONTRACT STUB: the parsers helper replaces the bodies.
 */
import type { CellValue } from './snapshot';

export interface ParsedNumber {
  value: number;
  /** The text carried a "%" sign. */
  percent: boolean;
  /** Decimals as written ("97,5" → 1, "6.620,54" → 2, "1.766" → 0). */
  decimals: number;
}

export interface ParseNumberOptions {
  /** The unit counts whole things (Căn, Người, DN...): "1.766" is 1766, never 1.766. */
  integerUnit?: boolean;
  /** The unit is a percentage or rate: a lone "." may be a decimal point ("97.5"). */
  percentUnit?: boolean;
}

/** Parse a vi-VN number typed as text; null if the text is not a plain number. */
export function parseViNumber(text: string, options: ParseNumberOptions = {}): ParsedNumber | null {
  void text;
  void options;
  return null;
}

/** Format like Vietnamese Excel shows it: formatViNumber(6620.54, 2) → "6.620,54". */
export function formatViNumber(value: number, decimals = 0): string {
  return value.toFixed(decimals);
}

/** A cell's numeric value: numbers as they are, vi-VN text parsed, anything else null. */
export function cellNumber(v: CellValue, options: ParseNumberOptions = {}): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return parseViNumber(v, options)?.value ?? null;
  return null;
}
