import ExcelJS from 'exceljs';
import { existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'fs';
import { tmpdir } from 'os';
import { inflateRawSync } from 'zlib';
import { join } from 'path';
import { EditOp, EditPlan, markedCondition } from '../src/core/plan';
import { CellValue, expandStyles, sheetFromRows, SheetSnapshot, WorkbookSnapshot } from '../src/core/snapshot';
import { readWorkbookFile } from '../src/cli/xlsx/read';
import { applyPlanToBytes, applyPlanToFile, PlanApplyError, writeSnapshotToFile } from '../src/cli/xlsx/write';
import { recalculate } from './helpers/libreoffice';

/** One entry of a zip, through its central directory (ExcelJS writes sizes only there). */
function zipEntry(zip: Buffer, name: string): string {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = zip.readUInt32LE(eocd + 16);
  const count = zip.readUInt16LE(eocd + 10);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nlen = zip.readUInt16LE(p + 28);
    const skip = zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    if (zip.toString('utf8', p + 46, p + 46 + nlen) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    p += 46 + nlen + skip;
  }
  throw new Error(`no ${name} in zip`);
}

const plan = (ops: EditOp[]): EditPlan => ({ version: 1, action: 'test', ops });

function sheetOf(wb: WorkbookSnapshot, name: string): SheetSnapshot {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name} in ${wb.sheets.map((x) => x.name).join(', ')}`);
  return s;
}
function valueAt(s: SheetSnapshot, row: number, col: number): CellValue {
  return s.values[row - s.origin.row]?.[col - s.origin.col] ?? null;
}
function formulaAt(s: SheetSnapshot, row: number, col: number): string | null {
  return s.formulas?.[row - s.origin.row]?.[col - s.origin.col] ?? null;
}
function formatAt(s: SheetSnapshot, row: number, col: number): string | null {
  return s.numberFormats?.[row - s.origin.row]?.[col - s.origin.col] ?? null;
}
function styleAt(s: SheetSnapshot, row: number, col: number) {
  const { row: _r, col: _c, ...rest } = expandStyles(s.styles).find((x) => x.row === row && x.col === col) ?? { row, col };
  void _r;
  void _c;
  return rest;
}

const USER_CF = { range: 'D4:E6', formula: '=D4<0', fill: '#FFEB9C' };
const OLD_ADDIN_CF = { range: 'E4:E6', formula: markedCondition('missed', 'E4<D4'), fill: '#FFC7CE' };

const base: WorkbookSnapshot = {
  sheets: [
    {
      name: 'Phụ lục 1',
      origin: { row: 1, col: 1 },
      values: [
        ['KẾ HOẠCH', null, null, null, null, null],
        [null, null, null, null, null, null],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2026', 'TH 2026', 'Tỷ lệ'],
        [1, 'Thu ngân sách', 'Tỷ đồng', 100, 110, null],
        [2, 'Hộ nghèo', 'Hộ', 40, 35, null],
        [3, 'Tỷ lệ BHYT', '%', 97.5, 98, null],
      ],
      // B4 and B5 share one style in the file, so ExcelJS loads them with one shared style object
      styles: [
        { row: 4, col: 2, fill: '#EEEEEE' },
        { row: 5, col: 2, fill: '#EEEEEE' },
      ],
      merges: [],
      hiddenRows: [],
      hiddenCols: [],
      conditionalFormats: [USER_CF, OLD_ADDIN_CF],
      protected: false,
    },
    sheetFromRows('Tổng hợp cũ', [['cũ']], { addinMarker: 'summary' }),
    sheetFromRows('Ghi chép', [['của người dùng']]),
  ],
};

describe('EditPlan → .xlsx → snapshot', () => {
  let dir: string;
  let input: string;
  let inputBytes: Buffer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'phuluc-xlsx-plan-'));
    input = join(dir, 'input.xlsx');
    await writeSnapshotToFile(base, input);
    inputBytes = readFileSync(input);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => {
    // the input is never touched, whatever the test did
    expect(readFileSync(input).equals(inputBytes)).toBe(true);
    // and no temp file is ever left behind
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  async function apply(ops: EditOp[], name: string) {
    const out = join(dir, name);
    const result = await applyPlanToFile(input, plan(ops), out);
    return { out, result, snap: await readWorkbookFile(out) };
  }

  it('setValues writes strings as text, numbers, booleans, and null clears', async () => {
    const { snap, result } = await apply(
      [{ op: 'setValues', sheet: 'Phụ lục 1', address: 'B4', values: [['=SUM(A1)', '+84', 12.5, true, null]] }],
      'values.xlsx',
    );
    expect(result).toMatchObject({ applied: 1, skipped: [] });
    const s = sheetOf(snap, 'Phụ lục 1');
    expect([2, 3, 4, 5, 6].map((c) => valueAt(s, 4, c))).toEqual(['=SUM(A1)', '+84', 12.5, true, null]);
    expect(formulaAt(s, 4, 2)).toBeNull();
  });

  it('setFormulas writes formulas without cached results and asks for a full recalculation', async () => {
    const { out, snap } = await apply(
      [{ op: 'setFormulas', sheet: 'Phụ lục 1', address: 'F4', formulas: [['=E4/D4*100'], [null], ["=E6-'Phụ lục 1'!D6"]] }],
      'formulas.xlsx',
    );
    const s = sheetOf(snap, 'Phụ lục 1');
    expect(formulaAt(s, 4, 6)).toBe('=E4/D4*100');
    expect(valueAt(s, 4, 6)).toBeNull();
    expect(formulaAt(s, 5, 6)).toBeNull();
    expect(formulaAt(s, 6, 6)).toBe("=E6-'Phụ lục 1'!D6");
    // ExcelJS does not read calcPr back, so look at the XML
    expect(zipEntry(readFileSync(out), 'xl/workbook.xml')).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
    // LibreOffice computes them on open
    const calc = sheetOf(await recalculate(out), 'Phụ lục 1');
    expect(valueAt(calc, 4, 6)).toBeCloseTo(110, 10);
    expect(valueAt(calc, 6, 6)).toBeCloseTo(0.5, 10);
  });

  it('setNumberFormat, setStyle, mergeCells, setNote', async () => {
    const { snap, out } = await apply(
      [
        { op: 'setNumberFormat', sheet: 'Phụ lục 1', range: 'D4:E5', format: '#,##0.00' },
        { op: 'setStyle', sheet: 'Phụ lục 1', range: 'A3:C3', bold: true, fill: '#D9E1F2', fontColor: '#1F3864', wrap: true, horizontalAlignment: 'center', verticalAlignment: 'center', border: true, fontSize: 12 },
        { op: 'setStyle', sheet: 'Phụ lục 1', range: 'B5', italic: true },
        { op: 'setStyle', sheet: 'Phụ lục 1', range: 'C3', fill: null },
        { op: 'mergeCells', sheet: 'Phụ lục 1', range: 'A1:F1' },
        { op: 'mergeCells', sheet: 'Phụ lục 1', range: 'A1:F1' },
        { op: 'setNote', sheet: 'Phụ lục 1', cell: 'E5', text: 'Ước thực hiện' },
        { op: 'setNote', sheet: 'Phụ lục 1', cell: 'H9', text: 'ô trống' },
      ],
      'styles.xlsx',
    );
    const s = sheetOf(snap, 'Phụ lục 1');
    expect(formatAt(s, 4, 4)).toBe('#,##0.00');
    expect(formatAt(s, 5, 5)).toBe('#,##0.00');
    expect(formatAt(s, 6, 4)).toBeNull();
    expect(styleAt(s, 3, 1)).toEqual({ bold: true, fill: '#D9E1F2', fontColor: '#1F3864' });
    expect(styleAt(s, 3, 3)).toEqual({ bold: true, fontColor: '#1F3864' });
    expect(styleAt(s, 5, 2)).toEqual({ italic: true, fill: '#EEEEEE' });
    // the edit stays on its own cell although B4 shared B5's style object
    expect(styleAt(s, 4, 2)).toEqual({ fill: '#EEEEEE' });
    expect(s.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 6 }]);
    expect(valueAt(s, 1, 1)).toBe('KẾ HOẠCH');
    expect(s.notes).toEqual({ E5: 'Ước thực hiện', H9: 'ô trống' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const a3 = wb.getWorksheet('Phụ lục 1')!.getCell('A3');
    expect(a3.alignment).toMatchObject({ wrapText: true, horizontal: 'center', vertical: 'middle' });
    expect(a3.border.top).toMatchObject({ style: 'thin' });
    expect(a3.font.size).toBe(12);
  });

  it('removing add-in conditional formats keeps the user’s, and new ones carry the fill', async () => {
    const { snap, out } = await apply(
      [
        { op: 'removeAddinConditionalFormats', sheet: 'Phụ lục 1' },
        { op: 'addConditionalFormat', sheet: 'Phụ lục 1', range: 'E4:E6', formula: markedCondition('met', 'E4>=D4'), fill: '#C6EFCE', fontColor: '#006100', tag: 'met' },
        { op: 'addConditionalFormat', sheet: 'Phụ lục 1', range: 'B4:B6,D4', formula: markedCondition('missed', 'B4=""'), fill: '#FFC7CE', tag: 'missed' },
      ],
      'cf.xlsx',
    );
    const s = sheetOf(snap, 'Phụ lục 1');
    expect(s.conditionalFormats).toEqual([
      USER_CF,
      { range: 'E4:E6', formula: '=AND(N("phuluc:met")=0,E4>=D4)', fill: '#C6EFCE', fontColor: '#006100' },
      { range: 'B4:B6 D4', formula: '=AND(N("phuluc:missed")=0,B4="")', fill: '#FFC7CE' },
    ]);
    // LibreOffice reads our dxf fill (it writes the same colour back)
    const lo = sheetOf(await recalculate(out), 'Phụ lục 1');
    expect(lo.conditionalFormats.find((c) => c.formula?.includes('phuluc:met'))).toMatchObject({ fill: '#C6EFCE' });
  });

  it('addSheet marks and activates the sheet; deleteSheet removes only a sheet with that marker', async () => {
    const { snap, out } = await apply(
      [
        { op: 'deleteSheet', sheet: 'Tổng hợp cũ', marker: 'summary' },
        { op: 'addSheet', name: 'Tổng hợp', marker: 'summary', activate: true },
        { op: 'setValues', sheet: 'Tổng hợp', address: 'A1', values: [['TỔNG HỢP']] },
        { op: 'addSheet', name: "It's TH", marker: 'tracking-2026' },
      ],
      'sheets.xlsx',
    );
    expect(snap.sheets.map((s) => [s.name, s.addinMarker])).toEqual([
      ['Phụ lục 1', undefined],
      ['Ghi chép', undefined],
      ['Tổng hợp', 'summary'],
      ["It's TH", 'tracking-2026'],
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.views[0].activeTab).toBe(2);
    expect(wb.definedNames.model.map((n) => n.name).sort()).toEqual(['PHULUC_SUMMARY_1', 'PHULUC_TRACKING.2026_1']);
  });

  it('refuses to delete a user sheet or one with another marker, and then writes nothing', async () => {
    const out = join(dir, 'refused.xlsx');
    await expect(applyPlanToFile(input, plan([{ op: 'deleteSheet', sheet: 'Ghi chép', marker: 'summary' }]), out)).rejects.toThrow(
      /Thao tác #1 \(deleteSheet\): Không xóa trang tính "Ghi chép": đây không phải trang do Phụ lục tạo.*Chưa ghi tệp nào/,
    );
    await expect(applyPlanToFile(input, plan([{ op: 'setValues', sheet: 'Ghi chép', address: 'A1', values: [[1]] }, { op: 'deleteSheet', sheet: 'Tổng hợp cũ', marker: 'tracking' }]), out)).rejects.toThrow(
      /#2 \(deleteSheet\).*thiếu dấu "tracking"/,
    );
    await expect(applyPlanToFile(input, plan([{ op: 'addSheet', name: 'Ghi chép', marker: 'summary' }]), out)).rejects.toThrow(/Đã có trang tính tên "Ghi chép".*already exists/);
    await expect(applyPlanToFile(input, plan([{ op: 'setValues', sheet: 'Nowhere', address: 'A1', values: [[1]] }]), out)).rejects.toThrow(/Không tìm thấy trang tính "Nowhere".*was not found/);
    // As in Excel (src/core/plan-check.ts), deleting a sheet that is not there refuses the plan.
    await expect(applyPlanToFile(input, plan([{ op: 'deleteSheet', sheet: 'Không có', marker: 'summary' }]), out)).rejects.toThrow(/#1 \(deleteSheet\): Không tìm thấy trang tính "Không có"/);
    expect(existsSync(out)).toBe(false);
  });

  it('createTable over written cells keeps header, body and formulas', async () => {
    const { snap, out } = await apply(
      [
        { op: 'setFormulas', sheet: 'Phụ lục 1', address: 'F4', formulas: [['=E4/D4*100'], ['=E5/D5*100'], ['=E6/D6*100']] },
        { op: 'createTable', sheet: 'Phụ lục 1', range: 'A3:F6', name: 'ChiTieu', style: 'TableStyleMedium2' },
      ],
      'table.xlsx',
    );
    const s = sheetOf(snap, 'Phụ lục 1');
    expect([1, 2, 3, 4, 5, 6].map((c) => valueAt(s, 3, c))).toEqual(['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2026', 'TH 2026', 'Tỷ lệ']);
    expect(valueAt(s, 5, 2)).toBe('Hộ nghèo');
    expect(formulaAt(s, 6, 6)).toBe('=E6/D6*100');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const t = wb.getWorksheet('Phụ lục 1')!.getTable('ChiTieu') as unknown as { table: { ref: string; tableRef?: string; style: { theme: string }; columns: { name: string }[] } };
    expect(t.table.tableRef ?? t.table.ref).toMatch(/^A3(:F6)?$/);
    expect(t.table.style.theme).toBe('TableStyleMedium2');
    expect(t.table.columns.map((c) => c.name)).toEqual(['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2026', 'TH 2026', 'Tỷ lệ']);
    const calc = sheetOf(await recalculate(out), 'Phụ lục 1');
    expect(valueAt(calc, 5, 6)).toBeCloseTo(87.5, 10);
  });

  it('freezePanes, setColumnWidths, setPageLayout; addChart is skipped and reported', async () => {
    const { out, result } = await apply(
      [
        { op: 'freezePanes', sheet: 'Phụ lục 1', rows: 3, cols: 2 },
        { op: 'setColumnWidths', sheet: 'Phụ lục 1', widths: [{ col: 'B', width: 42 }, { col: 'F', width: 9.5 }] },
        { op: 'setPageLayout', sheet: 'Phụ lục 1', orientation: 'landscape', paperSize: 'A4', fitToWidth: true, printTitleRows: '3:3', footer: 'Trang &P / &N' },
        { op: 'addChart', sheet: 'Phụ lục 1', type: 'columnClustered', dataRange: 'B3:E6', anchor: 'H3', title: 'KH và TH' },
      ],
      'layout.xlsx',
    );
    expect(result.applied).toBe(3);
    expect(result.skipped).toEqual([{ index: 3, op: 'addChart', reason: expect.stringMatching(/biểu đồ.*cannot write charts/) }]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Phụ lục 1')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 3, topLeftCell: 'C4' });
    const unfrozen = join(dir, 'unfrozen.xlsx');
    await applyPlanToFile(out, plan([{ op: 'freezePanes', sheet: 'Phụ lục 1', rows: 0, cols: 0 }]), unfrozen);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(unfrozen);
    expect(wb2.getWorksheet('Phụ lục 1')!.views[0].state).toBe('normal');
    expect(ws.getColumn('B').width).toBe(42);
    expect(ws.getColumn('F').width).toBe(9.5);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
    expect(zipEntry(readFileSync(out), 'xl/workbook.xml')).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="0">(&apos;|')Phụ lục 1(&apos;|')!\$3:\$3<\/definedName>/);
    expect(zipEntry(readFileSync(out), 'xl/worksheets/sheet1.xml')).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/);
    expect(ws.headerFooter.oddFooter).toBe('Trang &P / &N');
  });

  it('refuses output == input, including through a link, and leaves no output on failure', async () => {
    await expect(applyPlanToFile(input, plan([]), input)).rejects.toThrow(/tệp nguồn không bao giờ bị ghi đè/);
    const link = join(dir, 'link.xlsx');
    symlinkSync(input, link);
    await expect(applyPlanToFile(input, plan([]), link)).rejects.toThrow(/output must differ from the input/);
    const hard = join(dir, 'hard.xlsx');
    linkSync(input, hard);
    await expect(applyPlanToFile(hard, plan([{ op: 'setValues', sheet: 'Ghi chép', address: 'A1', values: [[1]] }]), input)).rejects.toThrow(/must differ/);
    rmSync(link);
    rmSync(hard);
    const nowhere = join(dir, 'no-such-dir', 'out.xlsx');
    await expect(applyPlanToFile(input, plan([]), nowhere)).rejects.toThrow(/Không ghi được tệp/);
    expect(existsSync(join(dir, 'no-such-dir'))).toBe(false);
  });

  it('rejects an invalid plan before writing anything', async () => {
    const out = join(dir, 'invalid.xlsx');
    const bad = { version: 1, action: 'x', ops: [{ op: 'addConditionalFormat', sheet: 'Phụ lục 1', range: 'A1', formula: '=A1>0', fill: '#FF0000', tag: 'x' }] } as unknown as EditPlan;
    await expect(applyPlanToFile(input, bad, out)).rejects.toThrow(/phuluc: marker/);
    expect(existsSync(out)).toBe(false);
  });

  it('overwriting the master of a shared formula leaves the other cells their own formulas', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    for (let r = 1; r <= 4; r++) ws.getCell(r, 1).value = r;
    ws.getCell('B1').value = { formula: 'A1*2', result: 2, shareType: 'shared', ref: 'B1:B4' } as ExcelJS.CellFormulaValue;
    for (let r = 2; r <= 4; r++) ws.getCell(r, 2).value = { sharedFormula: 'B1', result: r * 2 } as ExcelJS.CellSharedFormulaValue;
    const shared = join(dir, 'shared.xlsx');
    await wb.xlsx.writeFile(shared);
    expect(zipEntry(readFileSync(shared), 'xl/worksheets/sheet1.xml')).toMatch(/<f t="shared" si="0"\/>/);
    const out = join(dir, 'shared-out.xlsx');
    await applyPlanToFile(shared, plan([{ op: 'setFormulas', sheet: 'S', address: 'B1', formulas: [['=A1*3']] }, { op: 'setValues', sheet: 'S', address: 'B3', values: [[7]] }]), out);
    const s = sheetOf(await readWorkbookFile(out), 'S');
    expect(s.formulas?.map((r) => r[1])).toEqual(['=A1*3', '=A2*2', null, '=A4*2']);
    const calc = sheetOf(await recalculate(out), 'S');
    expect(calc.values.map((r) => r[1])).toEqual([3, 4, 7, 8]);
  });

  it('applyPlanToBytes edits a package in memory', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S');
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const { result, bytes: edited } = await applyPlanToBytes(bytes, plan([{ op: 'setValues', sheet: 'S', address: 'C2', values: [[1, 2], [3, 4]] }]));
    expect(result).toEqual({ applied: 1, skipped: [] });
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(edited as unknown as ArrayBuffer);
    expect(back.getWorksheet('S')!.getCell('D3').value).toBe(4);
    await expect(applyPlanToBytes(bytes, plan([{ op: 'setValues', sheet: 'S', address: 'nope', values: [[1]] }]))).rejects.toThrow(PlanApplyError);
  });
});
