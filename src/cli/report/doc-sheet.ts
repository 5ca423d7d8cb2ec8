/**
 * One printed sheet of the city's report on ExcelJS's streaming writer: rows
 * go out in order, every cell in Times New Roman with wrapped text and a row
 * height worked out from its text (core/print/text-fit), the document header
 * and signature block of an administrative document, A4 page setup.
 */
import type ExcelJS from 'exceljs';
import { HEAD, Issuer, NATIONAL_MOTTO, NATIONAL_NAME, placeDateLine, PREPARER, UNKNOWN_ISSUER } from '../../core/print/document';
import { BODY_SIZE, DOCUMENT_FONT, footerFont, Orientation, PAGE_MARGINS } from '../../core/print/page';
import { columnTextPoints, rowHeight, wrappedLines } from '../../core/print/text-fit';
import { columnLetter } from '../../core/a1';
import { VERDICTS } from '../../core/evaluation';
import { verdictMark } from '../../core/print/verdict-marks';
import { LEGEND_TEXT, type CellStyle } from '../../core/summary';

/** A cell of the next row: where, what, and the same style fields as the summary's cells. */
export interface Cell extends CellStyle {
  col: number;
  value: ExcelJS.CellValue;
  numFmt?: string;
}

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const argb = (hex: string) => ({ argb: `FF${hex.slice(1).toUpperCase()}` });
const POINTS_PER_INCH = 72;

export interface DocSheetOptions {
  orientation: Orientation;
  /** Column widths in characters; the first `printCols` print, the rest are internal. */
  widths: number[];
  printCols: number;
  footer: string;
  /** The row of the table header: frozen, repeated on every page. */
  headerRow: number;
  /** Columns repeated on every page when the sheet is wider than one (the matrix). */
  titleColumns?: string;
  /** Fit the print area to one page wide (false: pages across, with title columns). */
  fitToWidth?: boolean;
}

export class DocSheet {
  readonly ws: ExcelJS.Worksheet;
  private next = 1;

  constructor(
    wb: ExcelJS.stream.xlsx.WorkbookWriter,
    name: string,
    private readonly o: DocSheetOptions,
  ) {
    const m = PAGE_MARGINS;
    const inch = (pt: number) => Math.round((pt / POINTS_PER_INCH) * 1000) / 1000;
    const fit = o.fitToWidth ?? true;
    const footer = `${footerFont()}${o.footer}`;
    // The streaming writer puts <sheetPr><pageSetUpPr fitToPage> out with the first row: the page setup goes in now.
    this.ws = wb.addWorksheet(name, {
      views: [{ state: 'frozen', ySplit: o.headerRow }],
      pageSetup: {
        paperSize: 9 as ExcelJS.PaperSize,
        orientation: o.orientation,
        ...(fit ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false, scale: 100 }),
        margins: { top: inch(m.top), bottom: inch(m.bottom), left: inch(m.left), right: inch(m.right), header: inch(m.header), footer: inch(m.footer) },
        horizontalCentered: true,
      },
      headerFooter: { oddFooter: footer, evenFooter: footer },
    });
    this.ws.columns = o.widths.map((width) => ({ width }));
  }

  get row(): number {
    return this.next;
  }

  widthPt(from: number, to = from): number {
    let chars = 0;
    for (let c = from; c <= to; c++) chars += this.o.widths[c - 1] ?? 8.43;
    return columnTextPoints(chars + (to - from) * (5 / 7));
  }

  /** Writes the next row; `minHeight` for empty spacer rows. */
  add(cells: Cell[], minHeight = rowHeight(1, BODY_SIZE)): void {
    const row = this.ws.getRow(this.next);
    let height = minHeight;
    for (const c of cells) {
      const cell = row.getCell(c.col);
      cell.value = c.value;
      const size = c.size ?? BODY_SIZE;
      cell.font = { name: DOCUMENT_FONT, size, bold: !!c.bold, italic: !!c.italic, ...(c.fontColor ? { color: argb(c.fontColor) } : {}) };
      cell.alignment = { wrapText: true, vertical: 'middle', ...(c.align ? { horizontal: c.align } : {}) };
      if (c.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: argb(c.fill), bgColor: argb(c.fill) };
      if (c.numFmt) cell.numFmt = c.numFmt;
      const span = c.to && c.to > c.col ? c.to : c.col;
      if (c.border) {
        for (let k = c.col; k <= span; k++) row.getCell(k).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
      }
      if (span > c.col) this.ws.mergeCells(this.next, c.col, this.next, span);
      const text = typeof c.value === 'string' ? c.value : typeof c.value === 'number' ? c.value.toLocaleString('vi-VN', { maximumFractionDigits: 2, minimumFractionDigits: 2 }) : '';
      if (text) height = Math.max(height, rowHeight(wrappedLines(text, this.widthPt(c.col, span), size, c.bold), size));
    }
    row.height = height;
    row.commit();
    this.next++;
  }

  /** Issuing body and national motto, place and date, title, subtitle, note; then a spacer row. */
  header(issuer: Issuer | undefined, date: string, title: string, subtitle: string, note: string, leftCols: number): void {
    const who = issuer ?? UNKNOWN_ISSUER;
    const right = this.rightStart(leftCols + 1);
    const p = this.o.printCols;
    const c = { align: 'center' as const, size: 12 };
    this.add([{ col: 1, value: who.parent, to: leftCols, ...c }, { col: right, value: NATIONAL_NAME, to: p, ...c, bold: true }]);
    this.add([{ col: 1, value: who.unit, to: leftCols, ...c, bold: true }, { col: right, value: NATIONAL_MOTTO, to: p, ...c, size: 13, bold: true }]);
    this.add([{ col: right, value: placeDateLine(who.place, date), to: p, ...c, italic: true }]);
    this.add([], rowHeight(1, 8));
    this.add([{ col: 1, value: title, to: p, align: 'center', size: 14, bold: true }]);
    this.add([{ col: 1, value: subtitle, to: p, ...c, italic: true }]);
    this.add([{ col: 1, value: note, to: p, align: 'center', italic: true }]);
    this.add([], rowHeight(1, 6));
  }

  /** What the verdict marks mean: the mark in its colours, then the words. */
  legend(col: number, to: number): void {
    this.add([{ col: 1, value: 'Chú thích đánh giá', to, bold: true }]);
    for (const v of VERDICTS) {
      const m = verdictMark(v);
      this.add([
        { col, value: m.text, fill: m.fill, fontColor: m.font, border: true },
        { col: col + 1, value: LEGEND_TEXT[v], to },
      ]);
    }
  }

  /** The preparer on the left, the head of the unit on the right, room to sign and stamp below. */
  signature(issuer: Issuer | undefined, date: string, leftCols: number): void {
    const right = this.rightStart(leftCols + 1);
    const p = this.o.printCols;
    const c = { align: 'center' as const, size: 12 };
    this.add([]);
    this.add([{ col: right, value: placeDateLine((issuer ?? UNKNOWN_ISSUER).place, date), to: p, ...c, italic: true }]);
    this.add([{ col: 1, value: PREPARER.title, to: leftCols, ...c, bold: true }, { col: right, value: HEAD.title, to: p, ...c, bold: true }]);
    this.add([{ col: 1, value: PREPARER.note, to: leftCols, ...c, italic: true }, { col: right, value: HEAD.note, to: p, ...c, italic: true }]);
    for (let i = 0; i < 5; i++) this.add([]);
  }

  /** Print area and titles (workbook defined names, written with the workbook), then the sheet is written out. */
  commit(autoFilterCols?: number): void {
    const last = this.next - 1;
    this.ws.pageSetup.printTitlesRow = `${this.o.headerRow}:${this.o.headerRow}`;
    if (this.o.titleColumns) this.ws.pageSetup.printTitlesColumn = this.o.titleColumns;
    this.ws.pageSetup.printArea = exceljsPrintArea(`A1:${columnLetter(this.o.printCols)}${last}`);
    if (autoFilterCols) this.ws.autoFilter = { from: { row: this.o.headerRow, column: 1 }, to: { row: this.o.headerRow, column: autoFilterCols } };
    this.ws.commit();
  }

  private rightStart(minCol: number): number {
    let col = this.o.printCols;
    while (col > minCol && this.widthPt(col, this.o.printCols) < 250) col--;
    return col;
  }
}

/**
 * "A1:N60" as ExcelJS wants it for pageSetup.printArea: it writes "$" + each end
 * as given, so the rows need their "$" too, or _xlnm.Print_Area becomes a
 * relative reference ($A1) that LibreOffice does not take as a print area.
 */
function exceljsPrintArea(a1: string): string {
  return a1.replace(/([A-Z]+)(\d+)/g, '$1$$$2');
}
