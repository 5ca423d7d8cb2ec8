/**
 * The print ops (setPageLayout with print area, margins and title columns;
 * setRowHeights; setStyle's fontName) in both adapters: the .xlsx writer puts
 * them in the package, the simulated Excel host takes them through the
 * Office.js calls the add-in makes, and undo reports what it cannot restore.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parsePlan, type EditOp, type EditPlan } from '../src/core/plan';
import { sheetFromRows, type WorkbookSnapshot } from '../src/core/snapshot';
import { applyPlanToFile, writeSnapshotToFile } from '../src/cli/xlsx/write';
import { ExcelService } from '../src/excel/service';
import { SimulatedExcelHost } from '../src/excel/sim/host';
import { readZipEntries } from '../src/cli/xlsx/zip-entries';

const zipEntry = (zip: Buffer, name: string): string => readZipEntries(zip, (n) => n === name).get(name) ?? '';

const SHEET = 'Phụ lục 1';
const snapshot = (): WorkbookSnapshot => ({
  sheets: [sheetFromRows(SHEET, [['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2026', 'Ghi chú'], [1, 'Hộ nghèo', '%', 1.2, 'nội bộ']])],
});

const OPS: EditOp[] = [
  { op: 'setStyle', sheet: SHEET, range: 'A1:E2', fontName: 'Times New Roman', fontSize: 11 },
  { op: 'setRowHeights', sheet: SHEET, heights: [{ row: 1, height: 30.5 }, { row: 2, height: 18 }] },
  {
    op: 'setPageLayout',
    sheet: SHEET,
    orientation: 'landscape',
    paperSize: 'A4',
    fitToWidth: true,
    printTitleRows: '1:1',
    printTitleColumns: 'A:B',
    printArea: 'A1:D2',
    margins: { top: 42.5, bottom: 42.5, left: 42.5, right: 28.3, header: 22.7, footer: 22.7 },
    centerHorizontally: true,
    footer: 'Trang &P / &N',
  },
];
const plan = (ops: EditOp[]): EditPlan => ({ version: 1, action: 'print', ops });

describe('print ops in the .xlsx writer', () => {
  it('writes fonts, row heights, print area, title columns, margins in inches and horizontal centring', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'phuluc-print-ops-'));
    const input = join(dir, 'in.xlsx');
    const out = join(dir, 'out.xlsx');
    await writeSnapshotToFile(snapshot(), input);
    const result = await applyPlanToFile(input, plan(OPS), out);
    expect(result.applied).toBe(3);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet(SHEET)!;
    expect(ws.getCell('B2').font).toMatchObject({ name: 'Times New Roman', size: 11 });
    expect(ws.getRow(1).height).toBe(30.5);
    expect(ws.getRow(2).height).toBe(18);
    expect(ws.pageSetup).toMatchObject({ horizontalCentered: true, printTitlesColumn: 'A:B' });
    expect(ws.pageSetup.margins).toEqual({ top: 0.59, bottom: 0.59, left: 0.59, right: 0.393, header: 0.315, footer: 0.315 });
    const book = zipEntry(readFileSync(out), 'xl/workbook.xml');
    // Absolute on both ends: LibreOffice ignores a relative print area ($A1). A quote in element text may be escaped or not.
    expect(book).toMatch(/<definedName name="_xlnm.Print_Area" localSheetId="0">(&apos;|')Phụ lục 1(&apos;|')!\$A\$1:\$D\$2<\/definedName>/);
    expect(book).toMatch(/_xlnm.Print_Titles[^<]*>(&apos;|')Phụ lục 1(&apos;|')!\$A:\$B,(&apos;|')Phụ lục 1(&apos;|')!\$1:\$1</);
  });
});

describe('print ops in the Office.js adapter (simulated host)', () => {
  it('sets the same layout through PageLayout and RangeFormat, and says undo cannot restore it', async () => {
    const host = new SimulatedExcelHost(snapshot());
    const service = new ExcelService(host);
    await service.scan();
    await service.apply(plan(OPS));
    const s = host.model.sheetByName(SHEET)!;
    expect(s.cell(2, 2)?.fontName).toBe('Times New Roman');
    expect([s.rowHeights.get(1), s.rowHeights.get(2)]).toEqual([30.5, 18]);
    expect(s.pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      printTitleRows: '$1:$1',
      printTitleColumns: '$A:$B',
      printArea: 'A1:D2',
      topMargin: 42.5,
      leftMargin: 42.5,
      rightMargin: 28.3,
      footerMargin: 22.7,
      centerHorizontally: true,
      centerFooter: 'Trang &P / &N',
    });
    const undo = await service.undo();
    expect(undo.unrestorable.join(' ')).toMatch(/phông chữ.*độ cao hàng.*thiết lập trang in|độ cao hàng/);
  });

  it('refuses a row height over 409 points, as Excel does: the plan schema first, then the simulated host', async () => {
    expect(() => parsePlan(plan([{ op: 'setRowHeights', sheet: SHEET, heights: [{ row: 1, height: 500 }] }]))).toThrow();
    const host = new SimulatedExcelHost(snapshot());
    await expect(
      host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(SHEET).getRange('1:1').format.rowHeight = 500;
        await ctx.sync();
      }),
    ).rejects.toThrow(/409/);
  });
});
