/**
 * Small ExcelJS helpers for the seed workbooks: the look of a ward office's
 * sheet (Times New Roman, thin borders, wrapped headers, vi-VN number
 * formats) in one place, and fixed metadata so every build is identical.
 */
import ExcelJS from 'exceljs';
import type { SeedValue, SignatureBlock } from '../data/types';

/** Fixed so that rebuilding gives the same workbook. */
export const SEED_CREATOR = 'UBND phường (mẫu Phụ lục)';
export const SEED_DATE = new Date(Date.UTC(2026, 1, 27, 8, 0, 0));

export const FONT_NAME = 'Times New Roman';

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = SEED_CREATOR;
  wb.lastModifiedBy = SEED_CREATOR;
  wb.created = SEED_DATE;
  wb.modified = SEED_DATE;
  wb.lastPrinted = SEED_DATE;
  return wb;
}

/** Excel format codes are locale-neutral; a vi-VN Excel shows #,##0.00 as 6.620,54. */
export function numberFormat(decimals: number): string {
  return decimals <= 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
}

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** Number format decimals for a figure; leave unset for years, STT and column numbers (General). */
  decimals?: number;
  /** Horizontal alignment; numbers default to right, text to left. */
  align?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  border?: boolean;
}

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export function put(ws: ExcelJS.Worksheet, row: number, col: number, value: SeedValue, style: CellStyle = {}): ExcelJS.Cell {
  const cell = ws.getCell(row, col);
  if (value !== null && value !== '') cell.value = value;
  cell.font = { name: FONT_NAME, size: style.size ?? 12, bold: style.bold || undefined, italic: style.italic || undefined };
  // Figures get a grouped format; years, STT and column numbers stay General (no "2.026").
  if (typeof value === 'number' && style.decimals !== undefined) cell.numFmt = numberFormat(style.decimals);
  cell.alignment = {
    horizontal: style.align ?? (typeof value === 'number' ? 'right' : 'left'),
    vertical: style.vertical ?? 'middle',
    wrapText: style.wrap ?? true,
  };
  if (style.border) cell.border = THIN;
  return cell;
}

/** Ordinals typed into Excel: "1" becomes a number, "I", "1.1" and "" stay as they are. */
export function sttValue(stt: string): SeedValue {
  if (stt === '') return null;
  return /^\d+$/.test(stt) ? Number(stt) : stt;
}

/** Merge and style the merged block's cells (borders must be on every cell or Excel draws gaps). */
export function mergeWith(
  ws: ExcelJS.Worksheet,
  top: number,
  left: number,
  bottom: number,
  right: number,
  value: SeedValue,
  style: CellStyle = {},
): void {
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) put(ws, r, c, r === top && c === left ? value : null, style);
  if (bottom > top || right > left) ws.mergeCells(top, left, bottom, right);
}

export function setWidths(ws: ExcelJS.Worksheet, widths: Record<number, number>): void {
  for (const [col, width] of Object.entries(widths)) ws.getColumn(Number(col)).width = width;
}

/**
 * "Nơi nhận:" on the left, the committee's signature on the right, as every
 * plan ends. Returns the last row used.
 */
export function signatureBlock(
  ws: ExcelJS.Worksheet,
  firstRow: number,
  leftCol: number,
  right: { from: number; to: number },
  sig: SignatureBlock,
): number {
  put(ws, firstRow, leftCol, 'Nơi nhận:', { bold: true, italic: true, wrap: false });
  sig.recipients.forEach((line, i) => put(ws, firstRow + 1 + i, leftCol, `- ${line}`, { size: 11, wrap: false }));
  sig.titleLines.forEach((line, i) => {
    mergeWith(ws, firstRow + i, right.from, firstRow + i, right.to, line, { bold: true, align: 'center', wrap: false });
  });
  const nameRow = firstRow + sig.titleLines.length + 4;
  mergeWith(ws, nameRow, right.from, nameRow, right.to, sig.name, { bold: true, align: 'center', wrap: false });
  return Math.max(nameRow, firstRow + sig.recipients.length);
}
