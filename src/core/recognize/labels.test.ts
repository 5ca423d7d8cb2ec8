import { foldGeneral, normalizeVi } from '../text';
import { classifyLabel, seriesOf, yearOf } from './labels';

describe('normalizeVi', () => {
  it.each([
    ['Đơn vị tính', 'don vi tinh'],
    ['ĐVT', 'dvt'],
    ['  Kế hoạch 5 năm\n giai đoạn 2026-2030 ', 'ke hoach 5 nam giai doan 2026-2030'],
    ['Ước TH\u00a02025', 'uoc th 2025'],
    ['Tỷ lệ hộ nghèo', 'ty le ho ngheo'],
    ['Kế hoạch'.normalize('NFD'), 'ke hoach'],
    ['≥ 15 – 17%', '≥ 15 – 17%'],
  ])('%j → %j', (input, out) => {
    expect(normalizeVi(input)).toBe(out);
  });

  it('agrees with the general (Unicode) folding on every Vietnamese letter', () => {
    const letters = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';
    const all = letters + letters.toUpperCase();
    expect(normalizeVi(all)).toBe(foldGeneral(all));
  });
});

describe('yearOf and seriesOf', () => {
  it.each([
    ['2026', 2026],
    ['nam 2026', 2026],
    ['kh 2026', 2026],
    ['2030 (muc tieu)', 2030],
    ['uoc th 2025', 2025],
    ['ke hoach nam 2027', 2027],
    ['2026-2030', undefined],
    ['den nam 2030', undefined],
    ['ke hoach 5 nam giai doan 2026-2030', undefined],
    ['so voi 2025', undefined],
  ])('yearOf(%j) = %j', (t, y) => {
    expect(yearOf(t)).toBe(y);
  });

  it.each([
    ['kh', 'plan'],
    ['ke hoach', 'plan'],
    ['chi tieu ke hoach 5 nam giai doan 2026-2030', 'plan'],
    ['muc tieu', 'plan'],
    ['th', 'actual'],
    ['thuc hien', 'actual'],
    ['uoc th', 'actual'],
    ['uoc thuc hien nam 2025', 'actual'],
    ['ket qua', 'actual'],
    ['thuc hien so voi ke hoach', 'actual'],
    ['nam 2026', undefined],
  ])('seriesOf(%j) = %j', (t, s) => {
    expect(seriesOf(t)).toBe(s);
  });
});

describe('classifyLabel', () => {
  it.each([
    ['STT', 'stt'],
    ['TT', 'stt'],
    ['Số TT', 'stt'],
    ['Chỉ tiêu', 'name'],
    ['Các chỉ tiêu chủ yếu', 'name'],
    ['Nội dung', 'name'],
    ['Nhiệm vụ', 'name'],
    ['Tên chỉ tiêu', 'name'],
    ['Đơn vị tính', 'unit'],
    ['ĐVT', 'unit'],
    ['Đơn vị', 'unit'],
    ['Đ.V.T', 'unit'],
    ['ĐV tính', 'unit'],
    ['Đơn vị\ntính', 'unit'],
    ['Đơn vị chủ trì', 'lead'],
    ['Đơn vị phối hợp', 'partners'],
    ['Số thứ tự', 'stt'],
    ['Nội dung chỉ tiêu', 'name'],
    ['Mục tiêu đến 2030', 'target2030'],
    ['Giai đoạn 2026 - 2030', 'planTotal'],
    ['Đơn vị tham mưu thực hiện', 'lead'],
    ['Phân công đơn vị tham mưu, thực hiện', 'lead'],
    ['Cơ quan chủ trì', 'lead'],
    ['Cơ quan chủ trì tham mưu', 'lead'],
    ['Cơ quan phối hợp', 'partners'],
    ['Cơ quan phối hợp thực hiện', 'partners'],
    ['Lãnh đạo UBND phường chỉ đạo', 'leader'],
    ['Kế hoạch 5 năm giai đoạn 2026-2030', 'planTotal'],
    ['Kế hoạch 05 năm 2026 - 2030', 'planTotal'],
    ['KH 5 năm', 'planTotal'],
    ['Đến năm 2030', 'target2030'],
    ['Mục tiêu đến năm 2030', 'target2030'],
    ['Bình quân năm', 'annualAverage'],
    ['Bình quân hằng năm', 'annualAverage'],
    ['Tốc độ tăng bình quân 5 năm 2026-2030 (%)', 'avgGrowth'],
    ['KH 5 năm giai đoạn 2026-2030 so với mức TH 2021-2025 (%)', 'ratioPrevious'],
    ['Ghi chú', 'notes'],
    ['Thời gian thực hiện/hoàn thành', 'deadline'],
    ['Kết quả/sản phẩm', 'output'],
  ])('%j is the %s column', (text, role) => {
    expect(classifyLabel(text)).toEqual({ kind: 'role', role });
  });

  it.each([
    ['2026', { kind: 'year', year: 2026 }],
    ['Năm 2026', { kind: 'year', year: 2026 }],
    ['2030 (mục tiêu)', { kind: 'year', year: 2030, series: 'plan' }],
    ['KH 2027', { kind: 'year', year: 2027, series: 'plan' }],
    ['TH năm 2026', { kind: 'year', year: 2026, series: 'actual' }],
    ['Ước TH 2025', { kind: 'year', year: 2025, series: 'actual' }],
    ['Năm 2026 (KH)', { kind: 'year', year: 2026, series: 'plan' }],
    ['KH giao năm 2026', { kind: 'year', year: 2026, series: 'plan' }],
    ['Dự kiến 2027', { kind: 'year', year: 2027, series: 'plan' }],
    ['Kết quả thực hiện năm 2026', { kind: 'year', year: 2026, series: 'actual' }],
    ['KH', { kind: 'series', series: 'plan' }],
    ['Thực hiện', { kind: 'series', series: 'actual' }],
    ['Ước thực hiện', { kind: 'series', series: 'actual' }],
  ])('%j is %j', (text, label) => {
    expect(classifyLabel(text)).toEqual(label);
  });

  it.each(['Họ và tên', 'Chức vụ', 'Số điện thoại', 'Địa điểm', 'Thành phần tham dự', 'Dự toán năm 2026'])(
    '%j belongs to another kind of table',
    (text) => {
      expect(classifyLabel(text)).toEqual({ kind: 'foreign' });
    },
  );

  it.each(['', 'Tổng giá trị sản phẩm trên địa bàn', 'CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU', '44477', 'A'])('%j names nothing', (text) => {
    expect(classifyLabel(text)).toBeUndefined();
  });
});
