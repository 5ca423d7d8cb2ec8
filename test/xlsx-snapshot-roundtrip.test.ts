import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { markedCondition } from '../src/core/plan';
import { expandStyles, parseSnapshot, sheetFromRows, SheetSnapshot, WorkbookSnapshot } from '../src/core/snapshot';
import { readWorkbookFile } from '../src/cli/xlsx/read';
import { writeSnapshotToFile } from '../src/cli/xlsx/write';

/**
 * Compare snapshots by content: styles are a set (ordered here, runs unfolded), and a
 * number-format row may end early (the cells past its end are General).
 */
function normalise(wb: WorkbookSnapshot): WorkbookSnapshot {
  const p = parseSnapshot(wb);
  for (const s of p.sheets) {
    s.numberFormats = s.numberFormats?.map((row) => {
      let n = row.length;
      while (n > 0 && row[n - 1] === null) n--;
      return row.slice(0, n);
    });
    s.styles = expandStyles(s.styles).sort((a, b) => a.row - b.row || a.col - b.col);
    s.merges.sort((a, b) => a.top - b.top || a.left - b.left);
  }
  delete p.name;
  return p;
}

const phuLuc: SheetSnapshot = {
  name: 'Phụ lục 1',
  origin: { row: 2, col: 1 },
  values: [
    ['PHỤ LỤC CHỈ TIÊU', null, null, null, null, null],
    ['STT', 'Chỉ tiêu', 'ĐVT', '2026', '2027', 'Tăng BQ (%)'],
    ['1', 'Tổng thu ngân sách', 'Tỷ đồng', 6620.54, 7000, 5.73],
    [null, 'Khu vực I', 'Tỷ đồng', 1766, { error: '#DIV/0!' }, null],
    [2, '=1+1', '%', 97.5, 99.5, true],
    [null, '+84', null, 46023, 0.25, false],
  ],
  formulas: [
    [null, null, null, null, null, null],
    [null, null, null, null, null, null],
    [null, null, null, null, '=D4*1.0573', "=(E4/D4-1)*100"],
    [null, null, null, null, '=1/0', null],
    [null, null, null, null, null, null],
    [null, null, null, null, null, null],
  ],
  numberFormats: [
    [null, null, null, null, null, null],
    [null, null, null, null, null, null],
    [null, null, null, '#,##0.00', '#,##0.00', '0.00'],
    [null, null, null, '#,##0', null, null],
    [null, null, '@', '0.0', '0.0', null],
    [null, null, null, 'dd/mm/yyyy', '0%', null],
  ],
  styles: [
    { row: 2, col: 1, bold: true, fontColor: '#C00000' },
    { row: 3, col: 1, bold: true, fill: '#D9E1F2' },
    { row: 3, col: 2, bold: true, fill: '#D9E1F2' },
    { row: 5, col: 2, italic: true },
    { row: 5, col: 4, fill: '#FFC7CE', fontColor: '#9C0006' },
  ],
  merges: [{ top: 2, left: 1, bottom: 2, right: 6 }],
  hiddenRows: [6, 9],
  hiddenCols: [3, 8],
  conditionalFormats: [
    { range: 'D4:E7', formula: '=D4<0', fill: '#FFEB9C' },
    { range: 'E4:E7', formula: markedCondition('missed', 'E4<D4'), fill: '#FFC7CE', fontColor: '#9C0006' },
  ],
  protected: true,
  notes: { B4: 'Số liệu ước thực hiện', H20: 'ghi chú ở ô trống' },
};

const summary = sheetFromRows(
  "It's Tổng hợp",
  [
    ['Tổng', 1],
    ['Cộng', 2],
  ],
  { formulas: [[null, null], [null, "='Phụ lục 1'!D4+1"]], addinMarker: 'summary' },
);

const tracking = sheetFromRows('TH2026', [], { addinMarker: 'tracking-2026' });

describe('snapshot → .xlsx → snapshot', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'phuluc-xlsx-snap-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives back an equal snapshot', async () => {
    const snap: WorkbookSnapshot = { name: 'x.xlsx', sheets: [phuLuc, summary, tracking] };
    const file = join(dir, 'roundtrip.xlsx');
    await writeSnapshotToFile(snap, file);
    const back = await readWorkbookFile(file);
    expect(back.name).toBe('roundtrip.xlsx');
    expect(normalise(back)).toEqual(normalise(snap));
  });

  it('keeps text that looks like a formula or a phone number as text', async () => {
    const file = join(dir, 'text.xlsx');
    await writeSnapshotToFile({ sheets: [{ ...tracking, addinMarker: undefined, values: [['=1+1', '+84', '=SUM(A1:A2)']] }] }, file);
    const back = await readWorkbookFile(file);
    expect(back.sheets[0].values).toEqual([['=1+1', '+84', '=SUM(A1:A2)']]);
    expect(back.sheets[0].formulas).toBeUndefined();
    // and ExcelJS sees string cells, not formulas
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.getWorksheet('TH2026')!.getCell('A1').type).toBe(ExcelJS.ValueType.String);
  });

  it('writes the add-in marker as a PHULUC_<MARKER>_<n> defined name', async () => {
    const file = join(dir, 'markers.xlsx');
    await writeSnapshotToFile({ sheets: [phuLuc, summary, tracking] }, file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const names = wb.definedNames.model.map((n) => [n.name, n.ranges]);
    expect(names).toEqual(
      expect.arrayContaining([
        ['PHULUC_SUMMARY_1', ["'It''s Tổng hợp'!$A$1"]],
        ['PHULUC_TRACKING.2026_1', ['TH2026!$A$1']],
      ]),
    );
  });

  it('reads a styled row as one run per style, as the snapshot contract allows (CellStyle.cols)', async () => {
    const file = join(dir, 'runs.xlsx');
    const header = ['STT', 'Chỉ tiêu', 'ĐVT', '2026', '2027'];
    const sheet = sheetFromRows('PL', [header, ['I', 'KINH TẾ', null, null, null]], {
      styles: [
        ...header.map((_, j) => ({ row: 1, col: j + 1, bold: true, fill: '#D9E1F2' })),
        { row: 2, col: 1, bold: true },
        { row: 2, col: 2, bold: true },
        { row: 2, col: 4, bold: true },
      ],
    });
    await writeSnapshotToFile({ sheets: [sheet] }, file);
    const back = await readWorkbookFile(file);
    expect(back.sheets[0].styles).toEqual([
      { row: 1, col: 1, cols: 5, bold: true, fill: '#D9E1F2' },
      { row: 2, col: 1, cols: 2, bold: true },
      { row: 2, col: 4, bold: true },
    ]);
  });

  it('reads number-format rows only as far as their last format', async () => {
    const file = join(dir, 'formats.xlsx');
    const sheet = sheetFromRows('PL', [['Chỉ tiêu', 1, 2, 'ghi chú'], ['Khác', 3, 4, null]], {
      numberFormats: [
        [null, '#,##0', '0.00', null],
        [null, null, null, null],
      ],
    });
    await writeSnapshotToFile({ sheets: [sheet] }, file);
    expect((await readWorkbookFile(file)).sheets[0].numberFormats).toEqual([[null, '#,##0', '0.00'], []]);
  });

  it('reads an empty sheet as origin A1 with no values', async () => {
    const file = join(dir, 'empty.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Trống');
    await wb.xlsx.writeFile(file);
    const back = await readWorkbookFile(file);
    expect(back.sheets[0]).toMatchObject({ name: 'Trống', origin: { row: 1, col: 1 }, values: [], styles: [], merges: [] });
  });
});
