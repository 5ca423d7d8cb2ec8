import { figure } from '../messages';
import { buildTable, findingsOf, GRDP_COLUMNS, grdpRows, budgetRows, joinBlocks, said, withCell, type RowSpec } from './test-table';

const t = (rows: RowSpec[], columns = GRDP_COLUMNS) => buildTable({ columns, rows });

describe('avg-growth-mismatch', () => {
  it('is silent on seed 000: 12,30 and 11,47 hold from the implied 2025 base', () => {
    expect(findingsOf('avg-growth-mismatch', t(joinBlocks(grdpRows(), budgetRows())))).toEqual([]);
  });

  it('cannot check the sectors (-2,52; 11,60; 14,94): no base, so any figure is silent', () => {
    const rows = withCell(withCell(withCell(grdpRows(), 1, 9, 50), 2, 9, -7), 3, 9, 0);
    expect(findingsOf('avg-growth-mismatch', t(rows))).toEqual([]);
  });

  it('cannot check income per head 5,33 over the years shown: no base year, no growth row', () => {
    const rows: RowSpec[] = [{ kind: 'indicator', cells: ['4', 'Thu nhập bình quân đầu người', 'Triệu đồng', null, 127, 130, 135, 140, 143.33, 5.33] }];
    expect(findingsOf('avg-growth-mismatch', t(rows))).toEqual([]);
  });

  it.each<[string, RowSpec[], string, string, Record<string, unknown>]>([
    ['GRDP average typed 12,80', withCell(grdpRows(), 0, 9, 12.8), 'J2', 'differsFromImpliedBase', { stated: figure(12.8, 2), computed: figure(12.3, 2), baseYear: 2025, lastYear: 2030, last: figure(69555) }],
    ['budget average typed 10,47', withCell(budgetRows(), 1, 9, 10.47), 'J3', 'differsFromImpliedBase', { stated: figure(10.47, 2), computed: figure(11.47, 2), baseYear: 2025, lastYear: 2030 }],
    [
      'first-year growth that implies another base',
      withCell(grdpRows(), 4, 4, 10),
      'J2',
      'differsFromImpliedBase',
      { stated: figure(12.3, 2), baseYear: 2025, firstGrowth: figure(10, 2), firstYear: 2026, base: figure(40433.64, 2) },
    ],
  ])('finds %s', (_n, rows, cell, messageId, data) => {
    const f = findingsOf('avg-growth-mismatch', t(rows));
    expect(f.map((x) => [x.cell, x.severity, x.messageId])).toEqual([[cell, 'error', messageId]]);
    expect(f[0].data).toMatchObject(data);
  });

  it('uses a base-year column when there is one', () => {
    const columns = [...GRDP_COLUMNS.slice(0, 4), { role: 'year' as const, year: 2025, series: 'actual' as const, header: 'TH 2025' }, ...GRDP_COLUMNS.slice(4)];
    const base = (v: number, avg: number): RowSpec[] => [{ kind: 'indicator', cells: ['1', 'Tổng vốn đầu tư', 'Tỷ đồng', null, v, 13103, 13453, 14309, 14653, 15085, avg], formats: { 10: '0.00' } }];
    // (15.085 / 12.000)^(1/5) - 1 = 4,68 %
    expect(findingsOf('avg-growth-mismatch', t(base(12000, 4.68), columns))).toEqual([]);
    expect(said(findingsOf('avg-growth-mismatch', t(base(12000, 5.2), columns)))).toEqual([
      ['K2', 'differs', { stated: figure(5.2, 2), baseYear: 2025, lastYear: 2030, computed: figure(4.68, 2), last: figure(15085), diff: figure(0.52, 2) }],
    ]);
  });
});
