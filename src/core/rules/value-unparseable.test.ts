import { buildTable, findingsOf, said, type RowSpec } from './test-table';

const COLS = ['stt', 'name', 'unit', 'planTotal', { role: 'year', year: 2026, series: 'plan' }, { role: 'year', year: 2026, series: 'actual' }] as const;
const run = (v: string) => findingsOf('value-unparseable', buildTable({ columns: [...COLS], rows: [{ kind: 'indicator', cells: ['1', 'Chỉ tiêu', '%', null, v, null] } as RowSpec] }));

describe('value-unparseable', () => {
  it.each([
    '68% trở lên',
    '≥ 15',
    '≥61,03%',
    'Trên 97,5',
    'Tối thiểu 99,5',
    'dưới 1%',
    'Khoảng 4',
    '14 - 15',
    '15-17%',
    'Tổng 1.064',
    '0',
    'Đạt',
    'Duy trì',
    'Giảm hàng năm',
    'Hàng năm',
    '2026 - 2027',
    'Không còn tệ nạn ma tuý',
    '100/ cơ sở giáo dục',
    '100 chuẩn mức độ 2',
    '≥ 95 gia đình, 100 tổ dân phố',
    'Ổn định Không có “điểm nóng”',
    'Chưa đạt',
    'Hoàn thành',
    'Chưa có số liệu',
    '-',
    'x',
    '1083,25',
  ])('reads "%s"', (v) => {
    expect(run(v)).toEqual([]);
  });

  it.each(['Theo kế hoạch của huyện', 'xem phụ lục kèm theo', '1.083,25,5', '12,,5'])('cannot read "%s"', (v) => {
    const f = run(v);
    expect(f.map((x) => [x.cell, x.severity, x.actual])).toEqual([['E2', 'error', v]]);
    expect(said(f)).toEqual([['E2', 'yearCell', { year: 2026, text: v }]]);
  });

  it('names the year only for a year column', () => {
    const t = buildTable({ columns: [...COLS], rows: [{ kind: 'indicator', cells: ['1', 'Chỉ tiêu', '%', 'xem báo cáo riêng', 90, null] }] });
    expect(said(findingsOf('value-unparseable', t))).toEqual([['D2', 'cell', { text: 'xem báo cáo riêng' }]]);
  });

  it('checks actual cells too', () => {
    const t = buildTable({ columns: [...COLS], rows: [{ kind: 'indicator', cells: ['1', 'Chỉ tiêu', '%', null, 90, 'xem báo cáo riêng'] }] });
    expect(findingsOf('value-unparseable', t).map((x) => x.cell)).toEqual(['F2']);
  });
});
