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
      text: string;
    }
  | { kind: 'target'; spec: TargetSpec; text: string }
  | { kind: 'text'; text: string };

export type NumberReading = Extract<Reading, { kind: 'number' }>;

const ERROR_SET = new Set<string>(ERROR_CODES);

/** A number format that shows the value as a percentage ("0.00%"), ignoring quoted literals. */
export function isPercentFormat(format: string | null): boolean {
  if (!format) return false;
  return format.split(';')[0].replace(/"[^"]*"|\\./g, '').includes('%');
}

export function readCell(value: CellValue, numberFormat: string | null, options: ParseNumberOptions): Reading {
  if (value === null || value === undefined) return { kind: 'blank' };
  if (isCellError(value)) return { kind: 'error', code: value.error };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'text', text: String(value) };
    const percent = isPercentFormat(numberFormat);
    return {
      kind: 'number',
      value: percent ? value * 100 : value,
      decimals: displayedDecimals(percent ? value * 100 : value, numberFormat),
      asText: false,
      percent,
      text: String(value),
    };
  }
  if (typeof value === 'boolean') return { kind: 'text', text: String(value) };
  const text = value.trim();
  if (!text) return { kind: 'blank' };
  if (ERROR_SET.has(text.toUpperCase())) return { kind: 'error', code: text.toUpperCase() };
  const n = parseViNumber(text, options);
  if (n) return { kind: 'number', value: n.value, decimals: n.decimals, asText: true, percent: n.percent, text };
  const spec = parseTarget(text, options);
  if (spec.kind === 'text') return { kind: 'text', text };
  if (spec.kind === 'number') {
    const decimals = spec.decimals ?? displayedDecimals(spec.value);
    return { kind: 'number', value: spec.value, decimals, asText: true, percent: spec.percent === true, text };
  }
  return { kind: 'target', spec, text };
}

export function isNumber(r: Reading): r is NumberReading {
  return r.kind === 'number';
}
