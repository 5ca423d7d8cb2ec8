import { columnTextPoints, rowHeight, rowHeightFor, textWidth, wrappedLines } from './text-fit';
import { fitColumns, printableWidth } from './page';

describe('text room estimates', () => {
  it('wraps words greedily and breaks a word longer than the line', () => {
    const width = columnTextPoints(24);
    expect(wrappedLines('Hộ nghèo', width, 11)).toBe(1);
    expect(wrappedLines('Tổng giá trị sản phẩm trên địa bàn tăng bình quân', width, 11)).toBe(2);
    expect(wrappedLines('a\nb', width, 11)).toBe(2);
    expect(wrappedLines('x'.repeat(200), width, 11)).toBeGreaterThanOrEqual(Math.ceil(textWidth('x'.repeat(200), 11) / width));
  });

  it('gives bold text more room and a row the height of its tallest cell', () => {
    expect(textWidth('KH 2026', 11, true)).toBeGreaterThan(textWidth('KH 2026', 11));
    const long = 'Văn phòng HĐND và UBND và các phòng, đơn vị chuyên môn';
    expect(wrappedLines(long, 100, 11)).toBeGreaterThan(1);
    expect(rowHeightFor([{ text: 'Một', widthPt: 100, size: 11 }, { text: long, widthPt: 100, size: 11 }], 11)).toBe(rowHeight(wrappedLines(long, 100, 11), 11));
    expect(rowHeight(1000, 11)).toBe(409);
  });
});

describe('column fitting', () => {
  it('grows the flexible columns to the page and shrinks them, not below their minimum, when the fixed ones need it', () => {
    const wide = fitColumns([{ width: 10 }, { width: 20, flex: 1, min: 10, max: 200 }], 'landscape');
    expect(wide.scale).toBe(1);
    expect(wide.widths[1]).toBeGreaterThan(100);
    const tight = fitColumns([{ width: 140 }, { width: 40, flex: 1, min: 24 }], 'landscape');
    expect(tight.widths[1]).toBe(24);
    expect(tight.scale).toBeLessThan(1);
    expect(printableWidth('portrait')).toBeLessThan(printableWidth('landscape'));
  });
});
