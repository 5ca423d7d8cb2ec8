import { buildTable, GRDP_COLUMNS, type RowSpec } from '../rules/test-table';
import { SheetView } from '../sheet-view';
import { SheetModel } from './sheet-model';
import { isSumOf, sumTolerance } from './sum-tolerance';

/** One row: 5-year total in column 4, years 2026-2030 in columns 5-9. */
function modelOf(cells: RowSpec['cells'], formats?: Record<number, string>): SheetModel {
  const t = buildTable({ columns: GRDP_COLUMNS, rows: [{ kind: 'indicator', cells, formats }] });
  return new SheetModel(SheetView.of(t.sheet), t.layout.sheets[0]);
}

const years = [5, 6, 7, 8, 9].map((col) => ({ row: 2, col }));

describe('sumTolerance and isSumOf', () => {
  it('holds for the seed budget: 6.620,54 = 1.083,25 + 1.191,57 + 1.310,73 + 1.441,80 + 1.593,19', () => {
    const m = modelOf(['2', 'Thu ngân sách', 'Tỷ đồng', 6620.54, 1083.25, 1191.57, 1310.73, 1441.8, 1593.19], { 3: '#,##0.00', 4: '#,##0.00', 5: '#,##0.00', 6: '#,##0.00', 7: '#,##0.00', 8: '#,##0.00' });
    expect(isSumOf(m, 2, 4, years, false)).toBe(true);
  });

  it('lets each rounded part add its half unit, but not whole counts', () => {
    // 1.766 houses = 4 × 350 + 366 exactly; 1.767 is no rounding of it.
    const houses = modelOf(['3', 'Nhà ở xã hội', 'Căn', 1767, 350, 350, 350, 350, 366]);
    expect(sumTolerance(houses, 2, 4, years, true)).toBeCloseTo(0.5, 6);
    expect(isSumOf(houses, 2, 4, years, true)).toBe(false);
    // Money shown in whole units: five parts and the total each stand for ±0,5.
    const money = modelOf(['4', 'Vốn', 'Tỷ đồng', 1767, 350, 350, 350, 350, 366]);
    expect(sumTolerance(money, 2, 4, years, false)).toBeCloseTo(3, 6);
    expect(isSumOf(money, 2, 4, years, false)).toBe(true);
  });

  it('is no sum when a part or the total holds no number', () => {
    expect(isSumOf(modelOf(['5', 'Vốn', 'Tỷ đồng', 100, 20, 20, 'x', 20, 20]), 2, 4, years, false)).toBe(false);
    expect(isSumOf(modelOf(['5', 'Vốn', 'Tỷ đồng', 'Tổng', 20, 20, 20, 20, 20]), 2, 4, years, false)).toBe(false);
  });
});
