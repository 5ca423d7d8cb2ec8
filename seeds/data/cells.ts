/**
 * Turns a cell as printed in a source document into what the ward office's
 * cell holds. Transcribing the printed text once (instead of typing the number
 * and its display separately) keeps the value and the shown decimals in step.
 *
 * Only plain vi-VN numbers become numbers: "1.500" (grouping), "4,5", "-2,52",
 * "0". Anything else ("≥19%", "Tổng 1.064", "15-17%", "Duy trì") stays text.
 * The seed tables never use "." as a decimal mark, so a dot always groups.
 */
import type { SeedValue } from './types';

const VI_NUMBER = /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;

export interface SourceCell {
  value: SeedValue;
  /** Decimals as printed, for the number format ("4,5" → 1, "1.500" → 0). */
  decimals: number;
}

export function fromSource(text: string): SourceCell {
  const t = text.trim();
  if (t === '') return { value: null, decimals: 0 };
  if (!VI_NUMBER.test(t)) return { value: t, decimals: 0 };
  const [int, frac = ''] = t.split(',');
  return { value: Number(`${int.replace(/\./g, '')}${frac ? `.${frac}` : ''}`), decimals: frac.length };
}
