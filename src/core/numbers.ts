/**
 * vi-VN numbers: "." groups thousands, "," is the decimal mark (issue #2).
 * Rules and ambiguity decisions are documented in docs/numbers.md.
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

// Hand-typed cells are short; the cap still fits any double written out in full (~520 chars).
const MAX_NUMBER_TEXT = 600;
const MINUS_SIGNS = new Set(['-', '\u2212']);

/** "1.234.567" / "1 234 567": a first group of 1-3 digits (no leading zero unless it is "0"), then groups of exactly 3. */
function isGrouped(groups: string[]): boolean {
  if (groups.length < 2) return false;
  const [first, ...rest] = groups;
  if (!/^[1-9]\d{0,2}$/.test(first)) return false;
  return rest.every((g) => /^\d{3}$/.test(g));
}

function build(negative: boolean, intDigits: string, fracDigits: string, percent: boolean): ParsedNumber | null {
  const magnitude = Number(fracDigits ? `${intDigits}.${fracDigits}` : intDigits);
  if (!Number.isFinite(magnitude)) return null;
  // "-0" and "-0,00" are zero; a signed zero would leak into formatting and equality checks.
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;
  return { value, percent, decimals: fracDigits.length };
}

/** The integer part before the decimal comma: plain digits, dot-grouped, or space-grouped. */
function integerDigits(part: string): string | null {
  if (/^\d+$/.test(part)) return part;
  if (part.includes('.') && !/\s/.test(part)) {
    const groups = part.split('.');
    return isGrouped(groups) ? groups.join('') : null;
  }
  if (/\s/.test(part) && !part.includes('.')) {
    const groups = part.split(/\s/);
    return isGrouped(groups) ? groups.join('') : null;
  }
  return null;
}

/** Parse a vi-VN number typed as text; null if the text is not a plain number. Never throws. */
export function parseViNumber(text: string, options: ParseNumberOptions = {}): ParsedNumber | null {
  if (typeof text !== 'string') return null;
  let s = text.trim();
  if (s.length === 0 || s.length > MAX_NUMBER_TEXT) return null;

  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trimEnd();
  }
  let negative = false;
  if (MINUS_SIGNS.has(s[0]) || s[0] === '+') {
    negative = s[0] !== '+';
    s = s.slice(1).trimStart();
  }
  // Only digits, "." "," and spaces may remain, starting and ending with a digit.
  if (!/^\d(?:[\d.,\s]*\d)?$/.test(s)) return null;
  // A space may only group thousands; runs of spaces or a space beside a mark mean two numbers.
  if (/\s\s|\s[.,]|[.,]\s/.test(s)) return null;

  const commas = s.split(',').length - 1;
  const dots = s.split('.').length - 1;

  if (commas === 1) {
    const [intPart, frac] = s.split(',');
    if (!/^\d+$/.test(frac)) return null;
    const intDigits = integerDigits(intPart);
    return intDigits === null ? null : build(negative, intDigits, frac, percent);
  }
  if (commas >= 2) {
    // "1,234,567" cannot be vi-VN (two decimal marks), so it is English thousands grouping.
    // Mixed English forms ("1,234.5") stay unreadable rather than guessed.
    if (dots > 0 || /\s/.test(s)) return null;
    const groups = s.split(',');
    return isGrouped(groups) ? build(negative, groups.join(''), '', percent) : null;
  }
  // No comma from here on.
  if (dots === 1 && !/\s/.test(s)) {
    const [a, b] = s.split('.');
    const canGroup = isGrouped([a, b]);
    const decimalContext = (options.percentUnit || percent) && !options.integerUnit;
    if (canGroup && !decimalContext) return build(negative, a + b, '', percent);
    // The only other reading of a lone dot is a decimal point ("97.5", "0.766", "1083.250").
    return build(negative, a, b, percent);
  }
  const intDigits = integerDigits(s);
  return intDigits === null ? null : build(negative, intDigits, '', percent);
}

/** Format like Vietnamese Excel shows it: formatViNumber(6620.54, 2) → "6.620,54". */
export function formatViNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return String(value);
  const d = Number.isFinite(decimals) ? Math.min(100, Math.max(0, Math.trunc(decimals))) : 0;
  // toFixed switches to exponent notation from 1e21; such doubles are integers, so BigInt is exact.
  let fixed = Math.abs(value) < 1e21 ? value.toFixed(d) : BigInt(value).toString() + (d > 0 ? '.' + '0'.repeat(d) : '');
  let negative = fixed.startsWith('-');
  if (negative) fixed = fixed.slice(1);
  if (/^[0.]+$/.test(fixed)) negative = false;
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (negative ? '-' : '') + grouped + (frac ? ',' + frac : '');
}

/** A cell's numeric value: numbers as they are, vi-VN text parsed, anything else null. */
export function cellNumber(v: CellValue, options: ParseNumberOptions = {}): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') return parseViNumber(v, options)?.value ?? null;
  return null;
}
