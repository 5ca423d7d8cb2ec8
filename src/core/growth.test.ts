import { averageGrowth, baseFromFirstGrowth, displayedDecimals, matchesDisplayed, yoyGrowth } from './growth';
import { classifyUnit, isFlowIndicator } from './units';

describe('growth arithmetic on the seed 000 oracles', () => {
  it.each([
    [49689, 44477, 11.72],
    [55557, 49689, 11.81],
    [62149, 55557, 11.87],
    [69555, 62149, 11.92],
  ])('yoy %d / %d → %d', (cur, prev, shown) => {
    expect(matchesDisplayed(shown, yoyGrowth(cur, prev)!, 2)).toBe(true);
  });

  it('average growth 12,30 from the base implied by 14,20 first-year growth', () => {
    const base = baseFromFirstGrowth(44477, 14.2)!;
    expect(matchesDisplayed(12.3, averageGrowth(base, 69555, 5)!, 2)).toBe(true);
  });

  it('budget average 11,47 from 17,00 first-year growth', () => {
    const base = baseFromFirstGrowth(1083.25, 17)!;
    expect(matchesDisplayed(11.47, averageGrowth(base, 1593.19, 5)!, 2)).toBe(true);
  });

  it('a real difference is not a rounding difference', () => {
    expect(matchesDisplayed(11.8, yoyGrowth(49689, 44477)!, 2)).toBe(false);
    expect(matchesDisplayed(281437, 281427, 0)).toBe(false);
  });

  it('reads displayed decimals from formats and values', () => {
    expect(displayedDecimals(1, '#,##0.00')).toBe(2);
    expect(displayedDecimals(1, '#,##0')).toBe(0);
    expect(displayedDecimals(1, '0.0%')).toBe(1);
    expect(displayedDecimals(11.72, null)).toBe(2);
    expect(displayedDecimals(281427, 'General')).toBe(0);
  });
});

describe('units', () => {
  it.each([
    ['%', 'percent'],
    ['Tỷ đồng', 'money'],
    ['Triệu đồng/người/năm', 'perUnit'],
    ['Căn', 'count'],
    ['Người', 'count'],
    ['Lần', 'times'],
    ['', 'none'],
  ])('%s is %s', (u, kind) => expect(classifyUnit(u).kind).toBe(kind));

  it('tells flows from levels', () => {
    expect(isFlowIndicator('Tổng giá trị sản phẩm trên địa bàn (Giá so sánh 2010)', 'Tỷ đồng')).toBe(true);
    expect(isFlowIndicator('Giải quyết việc làm hàng năm', 'Người')).toBe(true);
    expect(isFlowIndicator('Số nhà ở xã hội hoàn thành đến 2030', 'Căn')).toBe(true);
    expect(isFlowIndicator('Thu nhập bình quân đầu người', 'Triệu đồng')).toBe(false);
    expect(isFlowIndicator('Tỷ lệ hộ nghèo', '%')).toBe(false);
  });
});
