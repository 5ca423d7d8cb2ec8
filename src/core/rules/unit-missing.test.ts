import { buildTable, findingsOf, said, type RowSpec } from './test-table';

const COLS = ['stt', 'name', 'unit', 'planTotal', 2026, 2027] as const;
const run = (rows: RowSpec[]) => findingsOf('unit-missing', buildTable({ columns: [...COLS], rows }));

describe('unit-missing', () => {
  it.each<[string, RowSpec[]]>([
    ['a unit is there', [{ kind: 'indicator', cells: ['1', 'Thu ngân sách', 'Tỷ đồng', 2000, 1000, 1000] }]],
    ['a heading without figures (Ngân sách Nhà nước)', [{ kind: 'indicator', cells: ['2', 'Ngân sách Nhà nước', '', null, null, null] }]],
    ['qualitative targets need no unit', [{ kind: 'indicator', cells: ['20', 'Xã đạt chuẩn "Chính quyền thân thiện"', '', null, 'Đạt', 'Duy trì'] }]],
    ['growth rows are not indicators', [{ kind: 'growth', cells: ['', 'Tốc độ tăng', '', null, 10, 11] }]],
  ])('silent: %s', (_n, rows) => {
    expect(run(rows)).toEqual([]);
  });

  it.each<[string, RowSpec, string]>([
    ['figures and no unit', { kind: 'indicator', cells: ['1', 'Thu ngân sách', '', 2000, 1000, 1000] }, 'Thu ngân sách'],
    ['a numeric target and no unit', { kind: 'component', cells: ['', 'Tỷ lệ trẻ đến trường', null, '99% trở lên', null, null] }, 'Tỷ lệ trẻ đến trường'],
  ])('finds %s', (_n, row, name) => {
    const f = run([row]);
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    expect(said(f)).toEqual([['C2', 'missing', { name }]]);
  });
});
