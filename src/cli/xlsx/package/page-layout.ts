/**
 * The setPageLayout op in the package: the worksheet's <pageSetup>,
 * <pageMargins>, <printOptions> and <headerFooter>, and the sheet's print
 * titles and print area, which are the workbook's defined names
 * _xlnm.Print_Titles / _xlnm.Print_Area scoped to the sheet (localSheetId =
 * its index).
 */
import type { EditOp } from '../../../core/plan';
import { sheetAnchor, type WorkbookXml } from './workbook';
import type { Worksheet } from './worksheet';

type SetPageLayout = Extract<EditOp, { op: 'setPageLayout' }>;

/** <pageSetup paperSize="9">: A4 in the OOXML paper size table (ECMA-376 Part 1, §18.3.1.63). */
const A4 = '9';
/** The plan speaks points (as Office.js does); <pageMargins> is in inches. */
const POINTS_PER_INCH = 72;

const ROWS = /^\$?(\d+)(?::\$?(\d+))?$/;
const COLUMNS = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/;

export function setPageLayout(ws: Worksheet, wb: WorkbookXml, op: SetPageLayout): void {
  const attrs: Record<string, string> = { paperSize: A4, orientation: op.orientation };
  // fitToHeight 0 = as many pages tall as needed.
  if (op.fitToWidth) Object.assign(attrs, { fitToWidth: '1', fitToHeight: '0' });
  ws.setPageSetup(attrs, op.fitToWidth);
  if (op.margins) {
    const inch = (pt: number) => Math.round((pt / POINTS_PER_INCH) * 1000) / 1000;
    const m = op.margins;
    ws.setMargins({ top: inch(m.top), bottom: inch(m.bottom), left: inch(m.left), right: inch(m.right), header: inch(m.header), footer: inch(m.footer) });
  }
  if (op.centerHorizontally !== undefined) ws.setHorizontalCentered(op.centerHorizontally);
  // <oddFooter> and <evenFooter> with the same text (&P page, &N pages).
  if (op.footer !== undefined) ws.setFooter(op.footer);
  const index = wb.indexOf(op.sheet);
  if (op.printTitleRows !== undefined || op.printTitleColumns !== undefined) {
    wb.addDefinedName('_xlnm.Print_Titles', printTitles(op, wb.definedName('_xlnm.Print_Titles', index)), index);
  }
  if (op.printArea !== undefined) {
    // Absolute on both ends: LibreOffice does not take a relative reference ($A1) as a print area.
    wb.addDefinedName('_xlnm.Print_Area', sheetAnchor(op.sheet, op.printArea.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')), index);
  }
}

/**
 * `'S'!$A:$C,'S'!$9:$9`: the columns come first, as Excel writes them. A part
 * the op does not give keeps what the sheet already had.
 */
function printTitles(op: SetPageLayout, existing: string | undefined): string {
  const old = (existing ?? '').split(',').map((ref) => ref.slice(ref.lastIndexOf('!') + 1).trim());
  let rows = old.find((r) => ROWS.test(r) && r.includes(':'));
  let cols = old.find((r) => COLUMNS.test(r));
  if (op.printTitleRows !== undefined) {
    const m = ROWS.exec(op.printTitleRows.trim());
    if (!m) throw new Error(`dòng tiêu đề in không hợp lệ "${op.printTitleRows}" / bad print title rows "${op.printTitleRows}"`);
    rows = `$${m[1]}:$${m[2] ?? m[1]}`;
  }
  if (op.printTitleColumns !== undefined) {
    const m = COLUMNS.exec(op.printTitleColumns);
    if (!m) throw new Error(`cột tiêu đề in không hợp lệ "${op.printTitleColumns}" / bad print title columns "${op.printTitleColumns}"`);
    cols = `$${m[1]}:$${m[2]}`;
  }
  return [cols, rows].filter((r): r is string => !!r).map((r) => sheetAnchor(op.sheet, r)).join(',');
}
