/**
 * The print ops (setPageLayout, setRowHeights) on an ExcelJS worksheet. Kept
 * apart from apply-plan.ts so that any .xlsx writer can call them: what each
 * field must become in the package is spelled out next to it.
 */
import type ExcelJS from 'exceljs';
import type { EditOp } from '../../core/plan';

type SetPageLayout = Extract<EditOp, { op: 'setPageLayout' }>;
type SetRowHeights = Extract<EditOp, { op: 'setRowHeights' }>;

/** <pageSetup paperSize="9">: A4 in the OOXML paper size table (ECMA-376 Part 1, 18.3.1.63). */
const A4 = 9;
/** The plan speaks points (as Office.js does); <pageMargins> is in inches. */
const POINTS_PER_INCH = 72;

export function setPageLayout(ws: ExcelJS.Worksheet, op: SetPageLayout): void {
  const setup: Partial<ExcelJS.PageSetup> = {
    ...ws.pageSetup,
    paperSize: A4 as ExcelJS.PaperSize,
    orientation: op.orientation,
  };
  if (op.fitToWidth) {
    // <sheetPr><pageSetUpPr fitToPage="1"/> with fitToWidth 1, fitToHeight 0 = as many pages tall as needed.
    Object.assign(setup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  } else {
    Object.assign(setup, { fitToPage: false, scale: setup.scale ?? 100 });
  }
  // Print titles and the print area are the defined names _xlnm.Print_Titles / _xlnm.Print_Area of the sheet.
  if (op.printTitleRows !== undefined) {
    const m = /^\$?(\d+)(?::\$?(\d+))?$/.exec(op.printTitleRows.trim());
    if (!m) throw new Error(`dòng tiêu đề in không hợp lệ "${op.printTitleRows}" / bad print title rows "${op.printTitleRows}"`);
    setup.printTitlesRow = `${m[1]}:${m[2] ?? m[1]}`;
  }
  if (op.printTitleColumns !== undefined) setup.printTitlesColumn = op.printTitleColumns;
  if (op.printArea !== undefined) setup.printArea = exceljsPrintArea(op.printArea);
  if (op.margins) {
    const inch = (pt: number) => Math.round((pt / POINTS_PER_INCH) * 1000) / 1000;
    const m = op.margins;
    setup.margins = { top: inch(m.top), bottom: inch(m.bottom), left: inch(m.left), right: inch(m.right), header: inch(m.header), footer: inch(m.footer) };
  }
  if (op.centerHorizontally !== undefined) setup.horizontalCentered = op.centerHorizontally;
  ws.pageSetup = setup as ExcelJS.PageSetup;
  if (op.footer !== undefined) {
    // <headerFooter><oddFooter>: &P page, &N pages; the same text on even pages.
    ws.headerFooter = { ...(ws.headerFooter ?? {}), oddFooter: op.footer, evenFooter: op.footer } as ExcelJS.HeaderFooter;
  }
}

/**
 * "A1:N60" as ExcelJS wants it for pageSetup.printArea: it writes "$" + each end
 * as given, so the rows need their "$" too, or _xlnm.Print_Area becomes a
 * relative reference ($A1) that LibreOffice does not take as a print area.
 */
export function exceljsPrintArea(a1: string): string {
  return a1.replace(/([A-Z]+)(\d+)/g, '$1$$$2');
}

/** <row r=".." ht=".." customHeight="1">: a fixed height in points, so wrapped text has the room it needs. */
export function setRowHeights(ws: ExcelJS.Worksheet, op: SetRowHeights): void {
  for (const h of op.heights) ws.getRow(h.row).height = h.height;
}
