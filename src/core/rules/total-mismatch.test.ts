import { figure, type MessageData } from '../messages';
import { buildTable, findingsOf, GRDP_COLUMNS, grdpRows, budgetRows, joinBlocks, said, withCell, type RowSpec } from './test-table';

const COLS = ['stt', 'name', 'unit', 'planTotal', 2026, 2027, 2028, 2029, 2030] as const;
const row = (name: string, unit: string, total: unknown, years: unknown[]): RowSpec => ({ kind: 'indicator', cells: ['1', name, unit, total, ...years] as never });

describe('total-mismatch', () => {
  it.each<[string, RowSpec]>([
    ['GRDP adds up', row('Tổng giá trị sản phẩm', 'Tỷ đồng', 281427, [44477, 49689, 55557, 62149, 69555])],
    ['houses 1.766 = 4 × 350 + 366', row('Số nhà ở xã hội hoàn thành đến 2030', 'Căn', 1766, [350, 350, 350, 350, 366])],
    ['jobs 20.000 = 5 × 4.000', row('Giải quyết việc làm hàng năm', 'Người', 20000, [4000, 4000, 4000, 4000, 4000])],
    ['budget typed as text adds up', row('Thu ngân sách', 'Tỷ đồng', 6620.54, ['1083,25', '1191,57', '1310,73', '1441,80', '1593,19'])],
    ['a level is not a sum (income per head)', row('Thu nhập bình quân đầu người', 'Triệu đồng', 143.33, [127, 130, 135, 140, 143.33])],
    ['a rate is not a sum', row('Tỷ lệ dân số sử dụng nước sạch', '%', 100, [100, 100, 100, 100, 100])],
    ['a target expression is not checked', row('Vốn đầu tư', 'Tỷ đồng', 'Tổng 1.064', [210, 213, 213, 214, 214])],
    ['a missing year makes the sum unknown', row('Vốn đầu tư', 'Tỷ đồng', 70603, [13103, null, 14309, 14653, 15085])],
    ['rounded money within the rounding slack', row('Vốn đầu tư', 'Tỷ đồng', 70605, [13103, 13453, 14309, 14653, 15085])],
  ])('silent: %s', (_name, r) => {
    expect(findingsOf('total-mismatch', buildTable({ columns: [...COLS], rows: [r] }))).toEqual([]);
  });

  it.each<[string, RowSpec, MessageData]>([
    ['GRDP off by 10', row('Tổng giá trị sản phẩm', 'Tỷ đồng', 281437, [44477, 49689, 55557, 62149, 69555]), { total: figure(281437), sum: figure(281427), diff: figure(10) }],
    ['houses off by 1 (whole counts are exact)', row('Số nhà ở xã hội', 'Căn', 1767, [350, 350, 350, 350, 366]), { total: figure(1767), sum: figure(1766), diff: figure(1) }],
    [
      'budget off by 0,10',
      row('Thu ngân sách', 'Tỷ đồng', 6620.64, ['1083,25', '1191,57', '1310,73', '1441,80', '1593,19']),
      { total: figure(6620.64, 2), sum: figure(6620.54, 2), diff: figure(0.1, 2) },
    ],
  ])('finds: %s', (_name, r, data) => {
    const t = buildTable({ columns: [...COLS], rows: [r] });
    const f = findingsOf('total-mismatch', t);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', cell: 'D2', row: 2, sheet: 'Phụ lục' });
    expect(said(f)).toEqual([['D2', 'differs', data]]);
  });

  it('reports expected and actual', () => {
    const t = buildTable({ columns: GRDP_COLUMNS, rows: withCell(grdpRows(), 0, 3, 281437) });
    expect(findingsOf('total-mismatch', t)[0]).toMatchObject({ expected: 281427, actual: 281437 });
  });

  it('is silent on the seed 000 GRDP and budget blocks', () => {
    expect(findingsOf('total-mismatch', buildTable({ columns: GRDP_COLUMNS, rows: joinBlocks(grdpRows(), budgetRows()) }))).toEqual([]);
  });

  it('keeps a base-year column out of the 5-year sum', () => {
    const t = buildTable({
      columns: ['stt', 'name', 'unit', 'planTotal', { role: 'year', year: 2025, series: 'actual' }, 2026, 2027, 2028, 2029, 2030],
      rows: [row('Vốn đầu tư', 'Tỷ đồng', 70603, [12000, 13103, 13453, 14309, 14653, 15085])],
    });
    expect(findingsOf('total-mismatch', t)).toEqual([]);
  });
});
