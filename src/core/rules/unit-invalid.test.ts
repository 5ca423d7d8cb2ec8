import { buildTable, findingsOf, said, type RowSpec } from './test-table';

const COLS = ['stt', 'name', 'unit', 2026, 2027] as const;
const row = (unit: string): RowSpec => ({ kind: 'indicator', cells: ['1', 'Chỉ tiêu', unit, 1, 2] });
const run = (unit: string) => findingsOf('unit-invalid', buildTable({ columns: [...COLS], rows: [row(unit)] }));

describe('unit-invalid', () => {
  it.each(['%', 'Tỷ đồng', 'Triệu đồng/người/năm', 'Lượt/năm', 'Người', 'Căn', 'Lần', 'Danh hiệu', 'Mô hình', 'Chuẩn', 'Cơ sở kinh doanh', 'Hộ gia đình', '100% kế hoạch', '% KH', 'Triệu đồng/ha', ''])(
    'silent on the unit "%s"',
    (unit) => {
      expect(run(unit)).toEqual([]);
    },
  );

  it.each<[string, string]>([
    ['Ổn định Không có “điểm nóng”', 'target'],
    ['1.766', 'figure'],
    ['≥ 90%', 'target'],
    ['14 - 15', 'target'],
    ['Đạt', 'target'],
    ['Phấn đấu hoàn thành, nâng cao chất lượng phục vụ', 'target'],
    ['Theo số liệu thống kê, cập nhật hằng quý', 'sentence'],
  ])('finds "%s" (%s)', (unit, messageId) => {
    const f = run(unit);
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    expect(said(f)).toEqual([['C2', messageId, { unit }]]);
  });

  it('quotes a long unit cut to 50 characters', () => {
    const unit = 'Theo số liệu thống kê của phường, cập nhật hằng quý';
    expect(said(run(unit))).toEqual([['C2', 'sentence', { unit: 'Theo số liệu thống kê của phường, cập nhật hằng q…' }]]);
  });
});
