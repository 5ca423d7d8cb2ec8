import { buildTable, findingsOf, said, type ColumnSpec, type RowSpec } from './test-table';

const COLS: ColumnSpec[] = ['stt', 'name', 'unit', 'planTotal', 2026, 2027, 2028, { role: 'year', year: 2026, series: 'actual' }];
const run = (rows: RowSpec[]) => findingsOf('values-missing', buildTable({ columns: COLS, rows }));

describe('values-missing', () => {
  it.each<[string, RowSpec[]]>([
    ['every year filled (actuals may wait)', [{ kind: 'indicator', cells: ['1', 'Chỉ tiêu', '%', 90, 88, 89, 90, null] }]],
    ['targets and words count as filled', [{ kind: 'indicator', cells: ['1', 'Chỉ tiêu', '%', 'dưới 1%', 'dưới 1%', 'Duy trì', '≥ 90', null] }]],
    [
      'a heading whose figures live in its component',
      [
        { kind: 'indicator', cells: ['2', 'Ngân sách Nhà nước', '', null, null, null, null, null] },
        { kind: 'component', parent: 0, cells: ['', 'Thu ngân sách', 'Tỷ đồng', 3000, 1000, 1000, 1000, null] },
      ],
    ],
    ['growth rows (no base for the first year)', [{ kind: 'growth', cells: ['', 'Tốc độ tăng', '%', null, null, 11.7, 11.8, null] }]],
  ])('silent: %s', (_n, rows) => {
    expect(run(rows)).toEqual([]);
  });

  it.each<[string, RowSpec, ReturnType<typeof said>[number]]>([
    [
      'one year blank',
      { kind: 'indicator', cells: ['20', 'Xã đạt chuẩn "Chính quyền thân thiện"', '', null, null, 'Đạt', 'Duy trì', null] },
      ['E2', 'someYears', { name: 'Xã đạt chuẩn "Chính quyền thân thiện"', years: '2026' }],
    ],
    [
      'two years blank',
      { kind: 'indicator', cells: ['21', 'Chỉ tiêu', '%', null, null, 'Đạt', null, null] },
      ['E2', 'someYears', { name: 'Chỉ tiêu', years: '2026, 2028' }],
    ],
    [
      'all years blank',
      { kind: 'component', cells: ['', 'Tỷ lệ điều tra khám phá án', '%', '75% trở lên', null, null, null, null] },
      ['E2', 'allYears', { name: 'Tỷ lệ điều tra khám phá án', years: '2026, 2027, 2028' }],
    ],
  ])('finds %s', (_n, row, expected) => {
    const f = run([row]);
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    expect(said(f)).toEqual([expected]);
  });
});

describe('values-missing and formulas', () => {
  it('counts a formula without a cached result as filled', () => {
    const t = buildTable({ columns: COLS, rows: [{ kind: 'indicator', cells: ['1', 'Vốn đầu tư', 'Tỷ đồng', 300, 100, null, 100, null], formulas: { 5: '=E2' } }] });
    expect(findingsOf('values-missing', t)).toEqual([]);
  });
});
