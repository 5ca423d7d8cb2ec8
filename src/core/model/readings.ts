/**
 * What a value cell holds, read once: a number (real, or typed as vi-VN text),
 * a target expression, an Excel error, free text, or nothing. Percent-formatted
 * cells are read in percent points (0,95 shown as 95% reads as 95) because the
 * sheets state rates and growth in points.
 */
import { displayedDecimals } from '../growth';
import { boundedMemo } from '../memo';
import { parseViNumber, type ParseNumberOptions } from '../numbers';
import { ERROR_CODES, isCellError, type CellValue } from '../snapshot';
import { parseTarget, type TargetSpec } from '../target';

export interface BlankReading {
  kind: 'blank';
}

export interface ErrorReading {
  kind: 'error';
  code: string;
}

export interface NumberReading {
  kind: 'number';
  /** In percent points when written or formatted with "%". */
  value: number;
  /** Decimals as shown (number format or as typed). */
  decimals: number;
  /** Stored as text ("1083,25"). */
  asText: boolean;
  /** Written or formatted with "%". */
  percent: boolean;
  /** The text as typed when stored as text, "" for a real number. */
  text: string;
}

export interface TargetReading {
  kind: 'target';
  spec: TargetSpec;
  text: string;
}

export interface TextReading {
  kind: 'text';
  text: string;
}

export type Reading = BlankReading | ErrorReading | NumberReading | TargetReading | TextReading;

export const BLANK_READING: BlankReading = { kind: 'blank' };

export function numberReading(value: number, decimals: number, asText: boolean, percent: boolean, text: string): NumberReading {
  return { kind: 'number', value, decimals, asText, percent, text };
}

function textReading(text: string): TextReading {
  return { kind: 'text', text };
}

function errorReading(code: string): ErrorReading {
  return { kind: 'error', code };
}

const ERROR_SET = new Set<string>(ERROR_CODES);

/** A number format that really scales by 100 and shows "%" (not a quoted, escaped or [bracketed] "%"), memoised: formats repeat. */
export function isPercentFormat(format: string | null | undefined): boolean {
  return !!format && format.indexOf('%') >= 0 && percentFormat(format);
}

const percentFormat = boundedMemo(1000, (format: string): boolean => bareSection(format).includes('%'));

/** The format's first section (what a positive value shows) without quoted text, escapes and [..] parts. */
function bareSection(format: string): string {
  return format.split(';')[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
}

/** Decimals shown for a value under a number format. */
export function decimalsOf(value: number, format: string | null): number {
  const d = formatDecimals(format);
  return d >= 0 ? d : displayedDecimals(value, format);
}

/** Decimals a number format shows whatever the value, or -1 when they depend on the value (General, "@"). */
export function formatDecimals(format: string | null): number {
  return !format || format === 'General' ? -1 : decimalsOfFormat(format);
}

// displayedDecimals falls back to the value for formats without digits ("@"): that stays per value (-1).
const decimalsOfFormat = boundedMemo(1000, (format: string): number => (/[0#?]/.test(bareSection(format)) ? displayedDecimals(1, format) : -1));

export function readCell(value: CellValue, numberFormat: string | null, options: ParseNumberOptions): Reading {
  if (value === null || value === undefined) return BLANK_READING;
  if (isCellError(value)) return errorReading(value.error);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return textReading(String(value));
    const percent = isPercentFormat(numberFormat);
    // Real numbers are shown through vi(); only text-stored ones keep their text.
    return numberReading(percent ? value * 100 : value, decimalsOf(percent ? value * 100 : value, numberFormat), false, percent, '');
  }
  if (typeof value === 'boolean') return textReading(String(value));
  // Texts repeat down and across sheets ("95% trở lên", "Duy trì"): each is parsed once per unit context.
  return textReadings[(options.integerUnit ? 1 : 0) + (options.percentUnit ? 2 : 0)](value);
}

const textReadings = [0, 1, 2, 3].map((slot) => boundedMemo(5000, (value: string) => readText(value, { integerUnit: (slot & 1) !== 0, percentUnit: (slot & 2) !== 0 })));

function readText(value: string, options: ParseNumberOptions): Reading {
  const text = value.trim();
  if (!text) return BLANK_READING;
  if (ERROR_SET.has(text.toUpperCase())) return errorReading(text.toUpperCase());
  const n = parseViNumber(text, options);
  if (n) return numberReading(n.value, n.decimals, true, n.percent, text);
  const spec = parseTarget(text, options);
  if (spec.kind === 'text') return textReading(text);
  // "= 15", "Bằng 15": an exact target, written as an expression; only plain numbers are figures.
  return { kind: 'target', spec, text };
}

export function isNumber(r: Reading): r is NumberReading {
  return r.kind === 'number';
}
