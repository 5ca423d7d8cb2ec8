import { parseTarget, type TargetSpec } from './target';

type Expected = Omit<TargetSpec, 'text'> extends infer T ? (T extends unknown ? Omit<T, 'text'> : never) : never;

function n(kind: 'number' | 'atLeast' | 'greaterThan' | 'atMost' | 'lessThan' | 'about' | 'total', value: number, decimals = 0, percent = false): Expected {
  return { kind, value, decimals, percent } as Expected;
}
function range(min: number, max: number, decimals = 0, percent = false): Expected {
  return { kind: 'range', min, max, decimals, percent } as Expected;
}
function q(word: string, direction?: 'up' | 'down', figure?: { value: number; percent: boolean; decimals: number }): Expected {
  const spec: Record<string, unknown> = { kind: 'qualitative', word };
  if (direction) spec.direction = direction;
  if (figure) Object.assign(spec, { figure: figure.value, percent: figure.percent, decimals: figure.decimals });
  return spec as Expected;
}
const text: Expected = { kind: 'text' } as Expected;
function period(from: number, to: number): Expected {
  return { kind: 'text', period: { from, to } } as Expected;
}

/** Every form listed in DOMAIN.md, then variants (no diacritics, case, spacing, unicode symbols). */
const cases: Array<[string, Expected]> = [
  // DOMAIN.md forms
  ['68% trở lên', n('atLeast', 68, 0, true)],
  ['≥ 15', n('atLeast', 15)],
  ['≥61,03%', n('atLeast', 61.03, 2, true)],
  ['>98', n('greaterThan', 98)],
  ['Trên 97,5', n('greaterThan', 97.5, 1)],
  ['Tối thiểu 99,5', n('atLeast', 99.5, 1)],
  ['dưới 1%', n('lessThan', 1, 0, true)],
  ['Dưới 3', n('lessThan', 3)],
  ['không quá 2', n('atMost', 2)],
  ['tối đa 2', n('atMost', 2)],
  ['≤ 2', n('atMost', 2)],
  ['Khoảng 4', n('about', 4)],
  ['14 - 15', range(14, 15)],
  ['15-17%', range(15, 17, 0, true)],
  ['170-200', range(170, 200)],
  ['50 - 100', range(50, 100)],
  ['10 - 12', range(10, 12)],
  ['Tổng 1.064', n('total', 1064)],
  ['0', n('number', 0)],
  ['100', n('number', 100)],
  ['100,0', n('number', 100, 1)],
  ['Đạt', q('dat')],
  ['Duy trì', q('duy-tri')],
  ['Ổn định', q('on-dinh')],
  ['Ổn định Không có “điểm nóng”', q('on-dinh')],
  ['Giảm hàng năm', q('giam', 'down')],
  ['Tăng hàng năm', q('tang', 'up')],
  ['Tăng dần qua các năm', q('tang', 'up')],
  ['Hàng năm', q('hang-nam')],
  ['Không còn tệ nạn ma tuý', q('khong-co', 'down')],
  ['Không có “điểm nóng”', q('khong-co', 'down')],
  ['2026 - 2027', period(2026, 2027)],
  ['100/ cơ sở giáo dục', text],
  ['Theo kế hoạch của huyện', text],

  // Without diacritics, other cases, extra spaces
  ['68% TRO LEN', n('atLeast', 68, 0, true)],
  ['68 %  trở   lên', n('atLeast', 68, 0, true)],
  ['Từ 68% trở lên', n('atLeast', 68, 0, true)],
  ['Tối thiểu 68% trở lên', n('atLeast', 68, 0, true)],
  ['5 trở xuống', n('atMost', 5)],
  ['TREN 97,5', n('greaterThan', 97.5, 1)],
  ['toi thieu 99,5', n('atLeast', 99.5, 1)],
  ['DUOI 1 %', n('lessThan', 1, 0, true)],
  ['Khong qua 2', n('atMost', 2)],
  ['KHÔNG VƯỢT QUÁ 2,5%', n('atMost', 2.5, 1, true)],
  ['Toi da 2', n('atMost', 2)],
  ['khoang 4', n('about', 4)],
  ['Khoảng 4,5', n('about', 4.5, 1)],
  ['Trên dưới 4', n('about', 4)],
  ['Xấp xỉ 12', n('about', 12)],
  ['~ 12', n('about', 12)],
  ['≈12', n('about', 12)],
  ['tong 1.064', n('total', 1064)],
  ['TỔNG: 1.064', n('total', 1064)],
  ['Tổng cộng 6.620,54', n('total', 6620.54, 2)],
  ['  100  ', n('number', 100)],
  ['100.', n('number', 100)],
  ['= 15', n('number', 15)],
  ['dat', q('dat')],
  ['ĐẠT', q('dat')],
  ['Đạt chuẩn', q('dat')],
  ['đạt.', q('dat')],
  ['DUY TRI', q('duy-tri')],
  ['Tiếp tục duy trì', q('duy-tri')],
  ['on dinh', q('on-dinh')],
  ['giam hang nam', q('giam', 'down')],
  ['GIẢM', q('giam', 'down')],
  ['tang', q('tang', 'up')],
  ['hang nam', q('hang-nam')],
  ['Hằng năm', q('hang-nam')],
  ['khong con te nan ma tuy', q('khong-co', 'down')],
  ['Không để xảy ra cháy nổ lớn', q('khong-co', 'down')],
  ['Hoàn thành', q('hoan-thanh')],

  // Unicode and ASCII comparison symbols
  ['≥15', n('atLeast', 15)],
  ['>= 15', n('atLeast', 15)],
  ['> = 15', n('atLeast', 15)],
  ['=> 15', n('atLeast', 15)],
  ['≧ 15', n('atLeast', 15)],
  ['<= 2', n('atMost', 2)],
  ['≤2%', n('atMost', 2, 0, true)],
  ['< 1%', n('lessThan', 1, 0, true)],
  ['≮ 5', n('atLeast', 5)],
  ['≯ 5', n('atMost', 5)],
  ['＞ 98', n('greaterThan', 98)],
  ['14 – 15', range(14, 15)],
  ['14—15', range(14, 15)],
  ['14 − 15', range(14, 15)],
  ['15% - 17%', range(15, 17, 0, true)],
  ['15 ÷ 17', range(15, 17)],
  ['Từ 15 đến 17', range(15, 17)],
  ['tu 15 den 17%', range(15, 17, 0, true)],
  ['Khoảng 14 - 15', range(14, 15)],
  ['1.500 - 2.000', range(1500, 2000)],
  ['97,5 - 98,25%', range(97.5, 98.25, 2, true)],
  ['97.5-98.5%', range(97.5, 98.5, 1, true)],
  ['20 - 10', range(10, 20)],
  ['-5 - -2', range(-5, -2)],
  ['170-200 người', range(170, 200)],

  // Signs and number forms
  ['−2,52', n('number', -2.52, 2)],
  ['-2,52', n('number', -2.52, 2)],
  ['+5', n('number', 5)],
  ['6.620,54', n('number', 6620.54, 2)],
  ['1.766', n('number', 1766)],
  ['68%', n('number', 68, 0, true)],

  // More comparator words
  ['Bằng 15', n('number', 15)],
  ['Chừng 4', n('about', 4)],
  ['Ít nhất 5', n('atLeast', 5)],
  ['Không thấp hơn 90%', n('atLeast', 90, 0, true)],
  ['Nhiều hơn 3', n('greaterThan', 3)],
  ['5 trở lại', n('atMost', 5)],
  ['<1', n('lessThan', 1)],
  ['TỔNG SỐ 20.000', n('total', 20000)],
  ['1.000%', n('number', 1, 3, true)],
  ['Mỗi năm giảm 2%', q('giam', 'down', { value: 2, percent: true, decimals: 0 })],
  ['2000 - 2010 người', range(2000, 2010)],

  // Comparators followed by a unit
  ['Dưới 3 vụ', n('lessThan', 3)],
  ['≥ 15 triệu đồng/người/năm', n('atLeast', 15)],
  ['Trên 90% số hộ', n('greaterThan', 90, 0, true)],
  ['≥ 15 (theo chuẩn mới)', n('atLeast', 15)],
  ['Từ 50', n('atLeast', 50)],

  // "Đạt" with a figure is that figure
  ['Đạt 100%', n('number', 100, 0, true)],
  ['Đạt ≥ 90%', n('atLeast', 90, 0, true)],
  ['Đạt từ 95% trở lên', n('atLeast', 95, 0, true)],
  ['Phấn đấu đạt 90%', n('number', 90, 0, true)],
  ['Hàng năm giảm 5%', q('giam', 'down', { value: 5, percent: true, decimals: 0 })],
  ['Duy trì 100%', q('duy-tri', undefined, { value: 100, percent: true, decimals: 0 })],
  ['Giảm 0,5%', q('giam', 'down', { value: 0.5, percent: true, decimals: 1 })],
  ['Tăng 10% so với năm 2025', q('tang', 'up')],
  ['Tăng cường kiểm tra vệ sinh môi trường', text],
  ['Hàng năm, giảm 5%', q('giam', 'down', { value: 5, percent: true, decimals: 0 })],
  ['100% kế hoạch', n('number', 100, 0, true)],
  ['90% số hộ', n('number', 90, 0, true)],
  ['100 kế hoạch', text],
  ['Hàng năm tổ chức hội nghị', q('hang-nam')],

  // Years are periods, not figures
  ['2026-2030', period(2026, 2030)],
  ['Giai đoạn 2026 - 2030', period(2026, 2030)],
  ['Từ năm 2026 đến năm 2028', period(2026, 2028)],
  ['Năm 2026', period(2026, 2026)],
  ['nam 2027', period(2027, 2027)],
  ['Quý II/2026', period(2026, 2026)],
  ['Tháng 6/2027', period(2027, 2027)],
  ['Quý I năm 2026', period(2026, 2026)],
  ['1500 - 2000', range(1500, 2000)],
  ['2027 - 2026', range(2026, 2027)],
  ['2026', n('number', 2026)],

  // False friends that fold to a known word
  ['Đất nông nghiệp', text],
  ['Đặt mục tiêu', text],
  ['Tầng 3', text],
  ['Giám sát', text],
  ['hong 5', text],

  // Unknown and malformed
  ['', text],
  ['   ', text],
  ['Theo kế hoạch', text],
  ['Dưới 5 trở lên', text],
  ['≥', text],
  ['≥ abc', text],
  ['14 - 15 - 16', text],
  ['1,2,3', text],
  ['x', text],
  ['Không đạt', text],
  ['6/2026', text],
  ['(Đạt)', text],
];

describe('parseTarget', () => {
  test.each(cases)('%j', (input, expected) => {
    expect(parseTarget(input)).toEqual({ ...expected, text: input });
  });

  test('JS numbers are plain figures with the decimals JS prints', () => {
    expect(parseTarget(97.5)).toEqual({ kind: 'number', value: 97.5, percent: false, decimals: 1, text: '97.5' });
    expect(parseTarget(0)).toEqual({ kind: 'number', value: 0, percent: false, decimals: 0, text: '0' });
    expect(parseTarget(281427)).toEqual({ kind: 'number', value: 281427, percent: false, decimals: 0, text: '281427' });
    expect(parseTarget(1e-7)).toEqual({ kind: 'number', value: 1e-7, percent: false, text: '1e-7' });
    expect(parseTarget(NaN)).toEqual({ kind: 'text', text: 'NaN' });
    expect(parseTarget(Infinity)).toEqual({ kind: 'text', text: 'Infinity' });
  });

  test('null is empty text', () => {
    expect(parseTarget(null)).toEqual({ kind: 'text', text: '' });
  });

  test('the row unit decides a lone dot', () => {
    expect(parseTarget('≥ 97.500', { percentUnit: true })).toMatchObject({ kind: 'atLeast', value: 97.5, decimals: 3 });
    expect(parseTarget('≥ 1.766')).toMatchObject({ kind: 'atLeast', value: 1766, decimals: 0 });
    expect(parseTarget('≥ 1.766', { integerUnit: true })).toMatchObject({ kind: 'atLeast', value: 1766 });
    // A "%" is context enough.
    expect(parseTarget('Trên 97.5%')).toMatchObject({ kind: 'greaterThan', value: 97.5, percent: true });
  });

  test('the original text is kept as typed', () => {
    expect(parseTarget('  Trên   97,5 ').text).toBe('  Trên   97,5 ');
    expect(parseTarget('  Trên   97,5 ')).toMatchObject({ kind: 'greaterThan', value: 97.5 });
  });

  test('decomposed (NFD) Vietnamese reads the same as composed', () => {
    for (const s of ['Đạt', 'Tối thiểu 99,5', 'Giảm hàng năm', 'Không còn tệ nạn ma tuý']) {
      expect({ ...parseTarget(s.normalize('NFD')), text: s }).toEqual(parseTarget(s));
    }
  });

  test('very long text is text, quickly', () => {
    const long = 'Dưới ' + '1'.repeat(5000);
    expect(parseTarget(long).kind).toBe('text');
    const sentence = 'Không còn ' + 'tệ nạn '.repeat(2000);
    expect(parseTarget(sentence)).toMatchObject({ kind: 'qualitative', word: 'khong-co' });
  });
});
