/**
 * A user's corrections (SheetOverride), validated by zod as the task pane
 * stores them, applied on top of what the recogniser reads.
 */
import { OverridesSchema } from '../src/core/layout';
import { recognizeSheet, recognizeWorkbook } from '../src/core/recognize';
import { CellValue, sheetFromRows } from '../src/core/snapshot';
import { rachGiaTable, render } from './fixtures/variants';

/** A table in a house style the recogniser cannot read on its own: no header words it knows. */
const ODD: CellValue[][] = [
  ['Số', 'Tên', 'ĐV đo', 'Mức 2026', 'Mức 2027'],
  [1, 'Thu nhập bình quân đầu người', 'Triệu đồng', 127, 130],
  [null, 'Khu vực nông thôn', 'Triệu đồng', 98, 102],
  [2, 'Tỷ lệ hộ nghèo', '%', 1, 0.8],
];

describe('user corrections', () => {
  it('"this sheet is not a phụ lục" wins over the recogniser', () => {
    const { sheet } = render(rachGiaTable());
    const l = recognizeSheet(sheet, { sheet: sheet.name, kind: 'none' });
    expect(l).toMatchObject({ kind: 'none', header: null, columns: [], rows: [] });
    expect(l.reasons.join(' ')).toMatch(/Người dùng/);
  });

  it('an odd table is unread without help, and read once the user names its header and columns', () => {
    const sheet = sheetFromRows('Sheet1', ODD);
    expect(recognizeSheet(sheet).kind).toBe('none');

    const l = recognizeSheet(sheet, {
      sheet: 'Sheet1',
      kind: 'indicators',
      header: { firstRow: 1, lastRow: 1 },
      columns: [
        { col: 1, role: 'stt' },
        { col: 2, role: 'name' },
        { col: 3, role: 'unit' },
        { col: 4, role: 'year', year: 2026, series: 'plan' },
        { col: 5, role: 'year', year: 2027, series: 'plan' },
      ],
    });
    expect(l.kind).toBe('indicators');
    expect(l.header).toEqual({ firstRow: 1, lastRow: 1 });
    expect(l.columns.map((c) => [c.col, c.role, c.year, c.series, c.header])).toEqual([
      [1, 'stt', undefined, undefined, 'Số'],
      [2, 'name', undefined, undefined, 'Tên'],
      [3, 'unit', undefined, undefined, 'ĐV đo'],
      [4, 'year', 2026, 'plan', 'Mức 2026'],
      [5, 'year', 2027, 'plan', 'Mức 2027'],
    ]);
    expect(l.rows.map((r) => [r.row, r.kind, r.stt, r.parent, r.direction])).toEqual([
      [2, 'indicator', '1', undefined, 'up'],
      [3, 'component', '', 2, 'up'],
      [4, 'indicator', '2', undefined, 'down'],
    ]);
    expect(l.reasons[0]).toMatch(/chỉnh sửa của người dùng/);
  });

  it('"this sheet is a phụ lục" without a readable header says what is missing', () => {
    const l = recognizeSheet(sheetFromRows('Sheet1', ODD), { sheet: 'Sheet1', kind: 'indicators' });
    expect(l.kind).toBe('indicators');
    expect(l.header).toBeNull();
    expect(l.reasons.join(' ')).toMatch(/chỉ định các dòng tiêu đề/);
  });

  it('a column role removed, another set, a year corrected', () => {
    const { sheet } = render(rachGiaTable());
    const l = recognizeSheet(sheet, {
      sheet: sheet.name,
      columns: [
        { col: 5, role: null },
        { col: 13, role: 'notes' },
        { col: 11, role: 'year', year: 2030, series: 'actual' },
      ],
    });
    expect(l.columns.find((c) => c.col === 5)).toBeUndefined();
    expect(l.columns.find((c) => c.col === 13)).toMatchObject({ role: 'notes', header: expect.stringMatching(/so với/) });
    expect(l.columns.find((c) => c.col === 11)).toMatchObject({ role: 'year', year: 2030, series: 'actual' });
    // The other columns keep what the recogniser read.
    expect(l.columns.find((c) => c.col === 3)).toMatchObject({ role: 'unit' });
  });

  it('the header rows set by the user are used as given', () => {
    const { sheet, expected } = render(rachGiaTable());
    const l = recognizeSheet(sheet, { sheet: sheet.name, header: { firstRow: 5, lastRow: 6 } });
    expect(l.header).toEqual({ firstRow: 5, lastRow: 6 });
    expect(l.columns.map((c) => c.role)).toEqual(expected.columns.map((c) => c.role));
    // Claiming only the first header row loses the years below it: the user's word stands.
    const top = recognizeSheet(sheet, { sheet: sheet.name, header: { firstRow: 5, lastRow: 5 } });
    expect(top.header).toEqual({ firstRow: 5, lastRow: 5 });
    expect(top.columns.some((c) => c.role === 'year')).toBe(false);
  });

  it("a row's kind, parent and direction", () => {
    const { sheet } = render(rachGiaTable());
    const base = recognizeSheet(sheet);
    const khuVuc1 = base.rows.find((r) => r.name.startsWith('Khu vực I ('))!;
    const growth = base.rows.find((r) => r.kind === 'growth')!;
    const l = recognizeSheet(sheet, {
      sheet: sheet.name,
      rows: [
        { row: khuVuc1.row, kind: 'indicator', parent: null },
        { row: growth.row, kind: null },
        { row: 9, direction: 'down' },
      ],
    });
    const byRow = new Map(l.rows.map((r) => [r.row, r]));
    expect(byRow.get(khuVuc1.row)).toMatchObject({ kind: 'indicator', direction: 'up' });
    expect(byRow.get(khuVuc1.row)?.parent).toBeUndefined();
    expect(byRow.has(growth.row)).toBe(false);
    expect(byRow.get(9)?.direction).toBe('down');
    expect(l.rows.length).toBe(base.rows.length - 1);
  });

  it('a row the recogniser skipped can be added as a component of a chosen row', () => {
    const rows: CellValue[][] = [
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 2026],
      [1, 'Tổng giá trị sản phẩm', 'Tỷ đồng', 44477],
      ['Nơi nhận:', null, null, null],
    ];
    const sheet = sheetFromRows('PL', rows);
    expect(recognizeSheet(sheet).rows.map((r) => r.row)).toEqual([2]);
    const l = recognizeSheet(sheet, { sheet: 'PL', rows: [{ row: 3, kind: 'component', parent: 2 }] });
    expect(l.rows.map((r) => [r.row, r.kind, r.parent])).toEqual([
      [2, 'indicator', undefined],
      [3, 'component', 2],
    ]);
  });

  it('stored overrides are validated by zod and applied by sheet name', () => {
    const stored = JSON.parse(
      JSON.stringify({
        version: 1,
        sheets: [
          { sheet: 'Sheet1', kind: 'none' },
          {
            sheet: 'Odd',
            kind: 'indicators',
            header: { firstRow: 1, lastRow: 1 },
            columns: [
              { col: 2, role: 'name' },
              { col: 3, role: 'unit' },
            ],
          },
        ],
      }),
    );
    const overrides = OverridesSchema.parse(stored);
    const { sheet } = render(rachGiaTable(), { sheetName: 'Sheet1' });
    const l = recognizeWorkbook({ sheets: [sheet, sheetFromRows('Odd', ODD), { ...sheet, name: 'Untouched' }] }, overrides);
    expect(l.sheets.map((s) => [s.name, s.kind])).toEqual([
      ['Sheet1', 'none'],
      ['Odd', 'indicators'],
      ['Untouched', 'indicators'],
    ]);
    expect(() => OverridesSchema.parse({ version: 1, sheets: [{ sheet: 'X', columns: [{ col: 0, role: 'unit' }] }] })).toThrow();
    expect(() => OverridesSchema.parse({ version: 1, sheets: [{ sheet: 'X', kind: 'maybe' }] })).toThrow();
  });
});
