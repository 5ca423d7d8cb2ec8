/**
 * What a value cell holds, read once: a number (real, or typed as vi-VN text),
 * a target expression, an Excel error, free text, or nothing. Percent-formatted
 * cells are read in percent points (0,95 shown as 95% reads as 95) because the
 * sheets state rates and growth in points.
 */
import { displayedDecimals } from '../growth';
import { parseViNumber, type ParseNumberOptions } from '../numbers';
import { ERROR_CODES, isCellError, type CellValue } from '../snapshot';
import { parseTarget, type TargetSpec } from '../target';

export type Reading =
  | { kind: 'blank' }
  | { kind: 'error'; code: string }
  | {
      kind: 'number';
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
  | { kind: 'target'; spec: TargetSpec; text: string }
  | { kind: 'text'; text: string };

export type NumberReading = Extract<Reading, { kind: 'number' }>;

/**
 * Every reading is made in one object shape, the fields of the other kinds
 * left empty: rules read kind, text and value of readings of every kind,
 * which V8 only makes fast on objects of one shape.
 */
interface AnyReading {
  kind: Reading['kind'];
  value: number;
  decimals: number;
  asText: boolean;
  percent: boolean;
  text: string;
  spec: TargetSpec | undefined;
  code: string;
}

function shaped(r: AnyReading): Reading {
  return r as unknown as Reading;
}

export const BLANK_READING: Reading = shaped({ kind: 'blank', value: 0, decimals: 0, asText: false, percent: false, text: '', spec: undefined, code: '' });

export function numberReading(value: number, decimals: number, asText: boolean, percent: boolean, text: string): NumberReading {
  return shaped({ kind: 'number', value, decimals, asText, percent, text, spec: undefined, code: '' }) as NumberReading;
}

function textReading(text: string): Reading {
  return shaped({ kind: 'text', value: 0, decimals: 0, asText: false, percent: false, text, spec: undefined, code: '' });
}

function errorReading(code: string): Reading {
  return shaped({ kind: 'error', value: 0, decimals: 0, asText: false, percent: false, text: '', spec: undefined, code });
}
export type TextReading = Extract<Reading, { kind: 'text' }>;
export type TargetReading = Extract<Reading, { kind: 'target' }>;

const ERROR_SET = new Set<string>(ERROR_CODES);

const percentFormats = new Map<string, boolean>();

/** A number format that shows the value as a percentage ("0.00%"), ignoring quoted literals. */
export function isPercentFormat(format: string | null): boolean {
  if (!format || format.indexOf('%') < 0) return false;
  let p = percentFormats.get(format);
  if (p === undefined) {
    p = format.split(';')[0].replace(/"[^"]*"|\\./g, '').includes('%');
    if (percentFormats.size < 1000) percentFormats.set(format, p);
  }
  return p;
}

/** Decimals shown for a value under a number format; formats repeat across a sheet, so they are read once. */
export function decimalsOf(value: number, format: string | null): number {
  const d = formatDecimals(format);
  return d >= 0 ? d : displayedDecimals(value, format);
}

/** Decimals a number format shows whatever the value, or -1 when they depend on the value (General, "@"). */
export function formatDecimals(format: string | null): number {
  if (!format || format === 'General') return -1;
  let d = formatDecimalsCache.get(format);
  if (d === undefined) {
    // displayedDecimals falls back to the value for formats without digits ("@"): keep that per value.
    d = /[0#?]/.test(format.split(';')[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, '')) ? displayedDecimals(1, format) : -1;
    if (formatDecimalsCache.size < 1000) formatDecimalsCache.set(format, d);
  }
  return d;
}

const formatDecimalsCache = new Map<string, number>();

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
  // One map per context, keyed by the cell's own string: no key to build and hash per cell.
  const slot = (options.integerUnit ? 1 : 0) + (options.percentUnit ? 2 : 0);
  let cache = textReadings[slot];
  let r = cache.get(value);
  if (!r) {
    r = readText(value, options);
    if (cache.size > 5000) cache = textReadings[slot] = new Map();
    cache.set(value, r);
  }
  return r;
}

const textReadings: Array<Map<string, Reading>> = [new Map(), new Map(), new Map(), new Map()];

function readText(value: string, options: ParseNumberOptions): Reading {
  const text = value.trim();
  if (!text) return BLANK_READING;
  if (ERROR_SET.has(text.toUpperCase())) return errorReading(text.toUpperCase());
  const n = parseViNumber(text, options);
  if (n) return numberReading(n.value, n.decimals, true, n.percent, text);
  const spec = parseTarget(text, options);
  if (spec.kind === 'text') return textReading(text);
  // "= 15", "Bằng 15": an exact target, written as an expression; only plain numbers are figures.
  return shaped({ kind: 'target', value: 0, decimals: 0, asText: false, percent: false, text, spec, code: '' });
}

export function isNumber(r: Reading): r is NumberReading {
  return r.kind === 'number';
}
