import { buildTable, findingsOf, said, type ColumnSpec, type RowSpec } from './test-table';

const COLS: ColumnSpec[] = ['stt', 'name', 'unit', 2026, 2027, 'avgGrowth', 'ratioPrevious'];
const HEADER = ['STT', 'Chỉ tiêu', 'Đơn vị tính', '2026', '2027', 'Tốc độ tăng bình quân 5 năm 2026-2030 (%)', 'KH 5 năm so với TH 2021-2025 (%)'];
const rows: RowSpec[] = [
  { kind: 'indicator', cells: ['1', 'Vốn đầu tư', 'Tỷ đồng', 100, 110, 10, 120] },
  { kind: 'indicator', cells: ['2', 'Số nhà ở', 'Căn', 50, 60, null, 130] },
];
const run = (cells: unknown[]) =>
  findingsOf('header-repeat-mismatch', buildTable({ columns: COLS, rows, repeatedHeaders: [{ before: 1, cells: cells as never }] }));

describe('header-repeat-mismatch', () => {
  it('is silent on a header repeated as it was', () => {
    expect(run(HEADER)).toEqual([]);
    expect(run(HEADER.map((h) => h.toUpperCase()))).toEqual([]);
  });

  it('finds the seed 000 swap of the last two columns', () => {
    const swapped = [...HEADER.slice(0, 5), 'KH 5 năm so với trước TH 2021-2025 (%)', 'Tốc độ tăng bình quân 5 năm 2026-2030 (%)'];
    const f = run(swapped);
    expect(f.map((x) => [x.cell, x.severity])).toEqual([
      ['F3', 'warning'],
      ['G3', 'warning'],
    ]);
    expect(said(f)[0]).toEqual([
      'F3',
      'moved',
      { row: 3, column: 'F', text: 'KH 5 năm so với trước TH 2021-2025 (%)', firstRow: 1, original: 'Tốc độ tăng bình quân 5 năm 2026-2030 (%)', from: 'G' },
    ]);
  });

  it('finds a renamed column', () => {
    const f = run([...HEADER.slice(0, 4), '2028', ...HEADER.slice(5)]);
    expect(said(f)).toEqual([['E3', 'differs', { row: 3, column: 'E', text: '2028', firstRow: 1, original: '2027' }]]);
  });

  it('names a blank repeated header cell as blank, in each language', () => {
    const f = run([...HEADER.slice(0, 4), '', ...HEADER.slice(5)]);
    expect(said(f)).toEqual([['E3', 'differs', { row: 3, column: 'E', text: { vi: '(trống)', en: '(blank)' }, firstRow: 1, original: '2027' }]]);
    expect(f[0].messageEn).toBe('Header repeated at row 3: column E reads "(blank)" but the first header (row 1) reads "2027"');
  });
});

describe('columns under repeated headers', () => {
  it('leaves moved columns unread below a swapped header, and reads them again below a header that matches', () => {
    const swapped = [...HEADER.slice(0, 5), 'KH 5 năm so với trước TH 2021-2025 (%)', 'Tốc độ tăng bình quân 5 năm 2026-2030 (%)'];
    const body: RowSpec[] = [
      { kind: 'indicator', cells: ['1', 'Tỷ lệ hộ dùng nước sạch', '%', 90, 95, null, null] },
      { kind: 'indicator', cells: ['2', 'Tỷ lệ hộ dùng nước sạch', '%', 90, 95, null, 'xem ghi chú'] },
      { kind: 'indicator', cells: ['3', 'Tỷ lệ hộ dùng nước sạch', '%', 90, 95, null, 'xem ghi chú'] },
    ];
    const t = buildTable({ columns: COLS, rows: body, repeatedHeaders: [{ before: 1, cells: swapped as never }, { before: 2, cells: HEADER as never }] });
    // Row 4 sits under the swapped header (G unread); row 6 under a matching one (G read again as the ratio column).
    expect(findingsOf('value-unparseable', t).map((f) => f.cell)).toEqual(['G6']);
  });
});
