import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { sheetRef } from '../src/core/a1';
import { SheetSnapshot, WorkbookSnapshot } from '../src/core/snapshot';
import { sheetFromRows } from '../src/core/snapshot';
import { applyAndRecalculate, recalculate, recalculateFile, recalculateSnapshot } from './helpers/libreoffice';

function cell(wb: WorkbookSnapshot, sheet: string, row: number, col: number) {
  const s = wb.sheets.find((x) => x.name === sheet) as SheetSnapshot;
  expect(s).toBeDefined();
  return s.values[row - s.origin.row]?.[col - s.origin.col] ?? null;
}

describe('LibreOffice recalculation helper', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'phuluc-lo-test-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('recomputes formulas written without cached results, including quoted sheet names', async () => {
    const wb = new ExcelJS.Workbook();
    const main = wb.addWorksheet('Tính');
    const pl = wb.addWorksheet('Phụ lục 1');
    const its = wb.addWorksheet("It's");
    pl.getCell('B2').value = 1083.25;
    its.getCell('A1').value = 41;
    main.getCell('A1').value = 80;
    main.getCell('B1').value = 100;
    main.getCell('B2').value = 20;
    main.getCell('B3').value = 30;
    main.getCell('C1').value = { formula: 'SUM(B1:B3)' } as ExcelJS.CellFormulaValue;
    main.getCell('C2').value = { formula: '(B1/A1-1)*100' } as ExcelJS.CellFormulaValue;
    main.getCell('C3').value = { formula: 'POWER(B1/A1,1/5)-1' } as ExcelJS.CellFormulaValue;
    main.getCell('C4').value = { formula: `${sheetRef('Phụ lục 1', 'B2')}*2` } as ExcelJS.CellFormulaValue;
    main.getCell('C5').value = { formula: `${sheetRef("It's", 'A1')}+1` } as ExcelJS.CellFormulaValue;
    // A stale cached result must be replaced by the real one.
    main.getCell('C6').value = { formula: 'B2+B3', result: 999 } as ExcelJS.CellFormulaValue;
    const file = join(dir, 'formulas.xlsx');
    await wb.xlsx.writeFile(file);
    const before = readFileSync(file);

    const snap = await recalculate(file);

    expect(cell(snap, 'Tính', 1, 3)).toBe(150);
    expect(cell(snap, 'Tính', 2, 3)).toBeCloseTo(25, 10);
    expect(cell(snap, 'Tính', 3, 3)).toBeCloseTo(Math.pow(1.25, 0.2) - 1, 12);
    expect(cell(snap, 'Tính', 4, 3)).toBeCloseTo(2166.5, 10);
    expect(cell(snap, 'Tính', 5, 3)).toBe(42);
    expect(cell(snap, 'Tính', 6, 3)).toBe(50);
    // formulas survive the round trip through LibreOffice
    const tinh = snap.sheets.find((s) => s.name === 'Tính')!;
    expect(tinh.formulas?.[3 - tinh.origin.row][3 - tinh.origin.col]).toBe('=POWER(B1/A1,1/5)-1');
    expect(tinh.formulas?.[4 - tinh.origin.row][3 - tinh.origin.col]).toBe("='Phụ lục 1'!B2*2");
    // the input is untouched
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('returns a recalculated copy elsewhere and reports errors clearly', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').getCell('A1').value = { formula: '1/0' } as ExcelJS.CellFormulaValue;
    const file = join(dir, 'err.xlsx');
    await wb.xlsx.writeFile(file);
    const out = await recalculateFile(file);
    expect(out).not.toBe(file);
    expect(statSync(out).size).toBeGreaterThan(0);
    rmSync(join(out, '..'), { recursive: true, force: true });
    const snap = await recalculate(file);
    expect(cell(snap, 'S', 1, 1)).toEqual({ error: '#DIV/0!' });
    await expect(recalculate(join(dir, 'missing.xlsx'))).rejects.toThrow(/no such file/);
  });

  it('recalculates a snapshot, and a snapshot with a plan applied', async () => {
    const base = { sheets: [sheetFromRows('Phụ lục 1', [['KH', 'TH', null], [200, 230, null]], { formulas: [[null, null, null], [null, null, '=B2/A2*100']] })] };
    const snap = await recalculateSnapshot(base);
    expect(cell(snap, 'Phụ lục 1', 2, 3)).toBeCloseTo(115, 10);
    const { snapshot, result } = await applyAndRecalculate(base, {
      version: 1,
      action: 'fill',
      ops: [
        { op: 'setValues', sheet: 'Phụ lục 1', address: 'A2', values: [[250]] },
        { op: 'setFormulas', sheet: 'Phụ lục 1', address: 'D2', formulas: [["=POWER(B2/A2,1/5)-1"]] },
      ],
    });
    expect(result.skipped).toEqual([]);
    expect(cell(snapshot, 'Phụ lục 1', 2, 3)).toBeCloseTo(92, 10);
    expect(cell(snapshot, 'Phụ lục 1', 2, 4)).toBeCloseTo(Math.pow(230 / 250, 1 / 5) - 1, 12);
  });
});
