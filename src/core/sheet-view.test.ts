import { SheetView } from './sheet-view';
import { sheetFromRows } from './snapshot';

describe('SheetView.of', () => {
  it('gives every reader of a sheet the same view', () => {
    const sheet = sheetFromRows('PL1', [['STT', 'Chỉ tiêu']]);
    expect(SheetView.of(sheet)).toBe(SheetView.of(sheet));
    expect(SheetView.of(sheet).text(1, 2)).toBe('Chỉ tiêu');
  });

  it('leaves the snapshot as it was given: no property, hidden or not, is written onto it', () => {
    const sheet = sheetFromRows('PL1', [[1, 2]]);
    const before = JSON.stringify(sheet);
    const own = Reflect.ownKeys(sheet);
    SheetView.of(sheet);
    expect(Reflect.ownKeys(sheet)).toEqual(own);
    expect(JSON.stringify(sheet)).toBe(before);
    expect(Object.keys(sheet)).toEqual(Object.keys(sheetFromRows('PL1', [[1, 2]])));
    expect({ ...sheet }).toEqual(sheetFromRows('PL1', [[1, 2]]));
  });

  it('works on a frozen snapshot', () => {
    const sheet = Object.freeze(sheetFromRows('PL1', [['a']]));
    expect(SheetView.of(sheet)).toBe(SheetView.of(sheet));
    expect(SheetView.of(sheet).text(1, 1)).toBe('a');
  });
});

describe('SheetView styles', () => {
  const values = [
    ['STT', 'Chỉ tiêu', 'ĐVT', '2026'],
    ['I', 'KINH TẾ', null, null],
    [null, 'Khu vực I', 'Tỷ đồng', 10],
  ];

  it('reads a run of cells (CellStyle.cols) as each of its cells, and nothing beyond it', () => {
    const view = new SheetView(
      sheetFromRows('PL', values, {
        styles: [
          { row: 1, col: 1, cols: 4, bold: true, fill: '#D9E1F2' },
          { row: 3, col: 2, cols: 2, italic: true },
        ],
      }),
    );
    for (let c = 1; c <= 4; c++) expect([view.isBold(1, c), view.fill(1, c)]).toEqual([true, '#D9E1F2']);
    expect([view.isItalic(3, 1), view.isItalic(3, 2), view.isItalic(3, 3), view.isItalic(3, 4)]).toEqual([false, true, true, false]);
    expect(view.isBold(2, 2)).toBe(false);
  });

  it('gives a cell the last entry that covers it, inside or outside the used range', () => {
    const view = new SheetView(
      sheetFromRows('PL', values, {
        styles: [
          { row: 2, col: 1, cols: 6, bold: true },
          { row: 2, col: 2, italic: true },
          { row: 2, col: 6, italic: true, fill: '#FFFF00' },
        ],
      }),
    );
    expect([view.isBold(2, 1), view.isBold(2, 2), view.isItalic(2, 2), view.isBold(2, 5)]).toEqual([true, false, true, true]);
    // Column 6 lies outside the 4-column used range.
    expect([view.isBold(2, 6), view.isItalic(2, 6), view.fill(2, 6)]).toEqual([false, true, '#FFFF00']);
  });
});
