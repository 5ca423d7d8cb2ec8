import { SheetView } from './sheet-view';
import { sheetFromRows } from './snapshot';

describe('SheetView.of', () => {
  it('gives every reader of a sheet the same view', () => {
    const sheet = sheetFromRows('PL1', [['STT', 'Chỉ tiêu']]);
    expect(SheetView.of(sheet)).toBe(SheetView.of(sheet));
    expect(SheetView.of(sheet).text(1, 2)).toBe('Chỉ tiêu');
  });

  it('leaves the snapshot as its readers see it: JSON, keys and copies do not carry the view', () => {
    const sheet = sheetFromRows('PL1', [[1, 2]]);
    const before = JSON.stringify(sheet);
    SheetView.of(sheet);
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
