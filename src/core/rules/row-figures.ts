/** What a row carries in its figure columns, shared by the presence rules. */
import type { TargetSpec } from '../target';
import type { Reading } from '../model/readings';
import { K_BLANK, K_NUMBER, K_TARGET, K_TEXT, type SheetModel } from '../model/sheet-model';

/** Dashes and crosses that mean "not applicable" in these tables, not a value. */
export function isPlaceholder(text: string): boolean {
  return /^[-–—x×/.…*]+$/i.test(text.trim());
}

/** A target that carries a figure ("≥ 15", "14 - 15", "Tổng 1.064"), as opposed to a word ("Đạt"). */
export function targetHasFigure(spec: TargetSpec): boolean {
  return spec.kind !== 'qualitative' && spec.kind !== 'text';
}

export function readingHasFigure(r: Reading): boolean {
  return r.kind === 'number' || (r.kind === 'target' && targetHasFigure(r.spec));
}

export function readingIsFilled(r: Reading): boolean {
  if (r.kind === 'blank') return false;
  if (r.kind === 'text') return !isPlaceholder(r.text);
  return true;
}

/** The row holds at least one figure (a number or a numeric target) in its figure columns. */
export function rowHasFigure(model: SheetModel, row: number): boolean {
  for (const c of model.cols(row).values) {
    const k = model.kind(row, c.col);
    if (k === K_NUMBER || (k === K_TARGET && readingHasFigure(model.read(row, c.col)))) return true;
  }
  return false;
}

/** The row holds anything at all in its figure columns. */
export function rowHasValues(model: SheetModel, row: number): boolean {
  for (const c of model.cols(row).values) {
    const k = model.kind(row, c.col);
    if (k === K_BLANK) continue;
    if (k !== K_TEXT || readingIsFilled(model.read(row, c.col))) return true;
  }
  return false;
}
