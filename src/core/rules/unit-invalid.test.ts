import { buildTable, findingsOf, type RowSpec } from './test-table';

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
    ['Ổn định Không có “điểm nóng”', 'một chỉ tiêu/mục tiêu'],
    ['1.766', 'một con số'],
    ['≥ 90%', 'một chỉ tiêu/mục tiêu'],
    ['14 - 15', 'một chỉ tiêu/mục tiêu'],
    ['Đạt', 'một chỉ tiêu/mục tiêu'],
    ['Phấn đấu hoàn thành, nâng cao chất lượng phục vụ', 'một chỉ tiêu/mục tiêu'],
    ['Theo số liệu thống kê của phường, cập nhật hằng quý', 'một câu'],
  ])('finds "%s" (%s)', (unit, why) => {
    const f = run(unit);
    expect(f.map((x) => [x.cell, x.severity])).toEqual([['C2', 'warning']]);
    expect(f[0].message).toContain(`đây là ${why}, không phải đơn vị tính`);
  });
});
