import { appendStyle, CellStyle, expandStyles, forEachStyledCell, parseSnapshot, sheetFromRows } from './snapshot';

describe('styles as runs along a row', () => {
  it('appendStyle extends the last entry with the next cell of its row styled the same, and starts an entry otherwise', () => {
    const styles: CellStyle[] = [];
    for (const col of [2, 3, 4]) appendStyle(styles, 5, col, true, false, undefined, undefined);
    appendStyle(styles, 5, 5, true, false, '#FFFF00', undefined); // same row, next cell, another fill
    appendStyle(styles, 5, 7, true, false, '#FFFF00', undefined); // a gap
    appendStyle(styles, 6, 8, true, false, '#FFFF00', undefined); // the next row
    appendStyle(styles, 6, 9, false, true, '#FFFF00', undefined); // italic, not bold
    expect(styles).toEqual([
      { row: 5, col: 2, cols: 3, bold: true },
      { row: 5, col: 5, bold: true, fill: '#FFFF00' },
      { row: 5, col: 7, bold: true, fill: '#FFFF00' },
      { row: 6, col: 8, bold: true, fill: '#FFFF00' },
      { row: 6, col: 9, italic: true, fill: '#FFFF00' },
    ]);
  });

  it('forEachStyledCell and expandStyles unfold runs cell by cell, in list order', () => {
    const styles: CellStyle[] = [
      { row: 2, col: 3, cols: 3, italic: true },
      { row: 4, col: 1, fontColor: '#FF0000' },
    ];
    const seen: string[] = [];
    forEachStyledCell(styles, (row, col, s) => seen.push(`${row}:${col}:${s.italic ? 'i' : s.fontColor}`));
    expect(seen).toEqual(['2:3:i', '2:4:i', '2:5:i', '4:1:#FF0000']);
    expect(expandStyles(styles)).toEqual([
      { row: 2, col: 3, italic: true },
      { row: 2, col: 4, italic: true },
      { row: 2, col: 5, italic: true },
      { row: 4, col: 1, fontColor: '#FF0000' },
    ]);
    expect(expandStyles(undefined)).toEqual([]);
  });

  it('the schema takes a run and refuses a run of no cells', () => {
    const sheet = sheetFromRows('PL', [[1]], { styles: [{ row: 1, col: 1, cols: 4, bold: true }] });
    expect(parseSnapshot({ sheets: [sheet] }).sheets[0].styles).toEqual([{ row: 1, col: 1, cols: 4, bold: true }]);
    expect(() => parseSnapshot({ sheets: [{ ...sheet, styles: [{ row: 1, col: 1, cols: 0 }] }] })).toThrow();
  });
});
