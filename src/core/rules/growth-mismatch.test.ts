import { figure } from '../messages';
import { buildTable, findingsOf, GRDP_COLUMNS, grdpRows, budgetRows, joinBlocks, said, withCell, type ColumnSpec, type RowSpec } from './test-table';

const t = (rows: RowSpec[], columns = GRDP_COLUMNS) => buildTable({ columns, rows });

describe('growth-mismatch', () => {
  it('is silent on the seed 000 growth rows (11,72; 11,81; 11,87; 11,92 and the budget 10,00 ... 10,50)', () => {
    expect(findingsOf('growth-mismatch', t(joinBlocks(grdpRows(), budgetRows())))).toEqual([]);
  });

  it('never checks the first year without a base column (14,20 and 17,00 need 2025)', () => {
    const rows = withCell(grdpRows(), 4, 4, 99);
    expect(findingsOf('growth-mismatch', t(rows))).toEqual([]);
  });

  const year = (y: number) => ({ vi: `Năm ${y}`, en: String(y) });
  it.each<[string, RowSpec[], ReturnType<typeof said>[number]]>([
    [
      'GRDP 2027 typed 11,80',
      withCell(grdpRows(), 4, 5, 11.8),
      ['F6', 'differs', { column: year(2027), stated: figure(11.8, 2), computed: figure(11.72, 2), current: figure(49689), previous: figure(44477), diff: figure(0.08, 2) }],
    ],
    [
      'GRDP 2029 typed 11,78',
      withCell(grdpRows(), 4, 7, 11.78),
      ['H6', 'differs', { column: year(2029), stated: figure(11.78, 2), computed: figure(11.87, 2), current: figure(62149), previous: figure(55557), diff: figure(0.09, 2) }],
    ],
    [
      'budget 2030 typed 10,00 (from text figures)',
      withCell(budgetRows(), 2, 8, 10),
      ['I4', 'differs', { column: year(2030), stated: figure(10, 2), computed: figure(10.5, 2), current: figure(1593.19, 2), previous: figure(1441.8, 2), diff: figure(0.5, 2) }],
    ],
  ])('finds %s', (_n, rows, expected) => {
    const f = findingsOf('growth-mismatch', t(rows));
    expect(f.map((x) => x.severity)).toEqual(['error']);
    expect(said(f)).toEqual([expected]);
  });

  it('tolerates the last shown decimal: 11,72 stands for 11,7184', () => {
    expect(findingsOf('growth-mismatch', t(withCell(grdpRows(), 4, 5, 11.72)))).toEqual([]);
    expect(findingsOf('growth-mismatch', t(withCell(grdpRows(), 4, 5, 11.73)))).toHaveLength(1);
  });

  it('tolerates one decimal shown as 11,7', () => {
    const rows = grdpRows();
    rows[4] = { ...rows[4], formats: { 5: '0.0' } };
    expect(findingsOf('growth-mismatch', t(withCell(rows, 4, 5, 11.7)))).toEqual([]);
  });

  it('checks the first year when the table shows the base year', () => {
    const columns = [...GRDP_COLUMNS.slice(0, 4), { role: 'year' as const, year: 2025, series: 'actual' as const, header: 'TH 2025' }, ...GRDP_COLUMNS.slice(4)];
    const rows: RowSpec[] = grdpRows().map((r) => ({ ...r, cells: [...r.cells.slice(0, 4), r.kind === 'growth' ? null : 0, ...r.cells.slice(4)], formats: r.formats ? { 5: '0.00', 6: '0.00' } : undefined }));
    rows[0].cells[4] = 38947; // 44.477 / 1,142
    expect(findingsOf('growth-mismatch', t(rows, columns))).toEqual([]);
    rows[0].cells[4] = 40000;
    const f = findingsOf('growth-mismatch', t(rows, columns));
    expect(f.map((x) => x.cell)).toEqual(['F6']);
    expect(f[0].data).toMatchObject({ column: { vi: 'Năm 2026', en: '2026' }, stated: figure(14.2, 2), computed: figure(11.19, 2) });
  });

  it('reads growth formatted as a percentage (0,1172 shown 11,72%)', () => {
    const rows = grdpRows().map((r) => (r.kind === 'growth' ? { ...r, cells: ['', r.cells[1], '%', null, 0.142, 0.1172, 0.1181, 0.1187, 0.118], formats: { 4: '0.00%', 5: '0.00%', 6: '0.00%', 7: '0.00%', 8: '0.00%' } } : r));
    const f = findingsOf('growth-mismatch', t(rows));
    expect(f.map((x) => x.cell)).toEqual(['I6']);
  });
});

describe('growth-mismatch and the index form', () => {
  it('accepts 111,72 for +11,72 % (previous year = 100)', () => {
    expect(findingsOf('growth-mismatch', t(withCell(grdpRows(), 4, 5, 111.72)))).toEqual([]);
    expect(findingsOf('growth-mismatch', t(withCell(grdpRows(), 4, 5, 111.9)))).toHaveLength(1);
  });
});

describe('growth-mismatch with plan and actual columns', () => {
  const columns: ColumnSpec[] = [
    'stt',
    'name',
    'unit',
    { role: 'year' as const, year: 2025, series: 'actual' as const, header: 'TH 2025' },
    { role: 'year' as const, year: 2026, series: 'plan' as const, header: 'KH 2026' },
    { role: 'year' as const, year: 2026, series: 'actual' as const, header: 'TH 2026' },
    { role: 'year' as const, year: 2027, series: 'plan' as const, header: 'KH 2027' },
    { role: 'year' as const, year: 2027, series: 'actual' as const, header: 'TH 2027' },
  ];
  const rows = (g: unknown[]): RowSpec[] => [
    { kind: 'indicator', cells: ['1', 'Thu ngân sách', 'Tỷ đồng', 1000, 1100, 1120, 1210, 1200] },
    { kind: 'growth', parent: 0, cells: ['', 'Tốc độ tăng thu ngân sách', '%', null, ...g] as never, formats: { 4: '0.00', 5: '0.00', 6: '0.00', 7: '0.00' } },
  ];

  it('compares plan with plan, actual with actual, and the first year with the base-year actual', () => {
    // KH 2026 = 1100 / 1000, TH 2026 = 1120 / 1000, KH 2027 = 1210 / 1100, TH 2027 = 1200 / 1120.
    expect(findingsOf('growth-mismatch', buildTable({ columns, rows: rows([10, 12, 10, 7.14]) }))).toEqual([]);
    const f = findingsOf('growth-mismatch', buildTable({ columns, rows: rows([10, 12, 10, 10]) }));
    expect(said(f).map(([cell, id, data]) => [cell, id, data.column])).toEqual([['H3', 'differs', { vi: 'TH 2027', en: 'Actual 2027' }]]);
    expect(f[0].data).toMatchObject({ computed: figure(7.14, 2), current: figure(1200), previous: figure(1120) });
  });
});
