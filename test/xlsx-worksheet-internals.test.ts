/**
 * The reader walks ExcelJS internals for speed (src/cli/xlsx/worksheet-internals.ts);
 * a worksheet or row without them, or with them in another shape, must read the same
 * through the public API.
 */
import ExcelJS from 'exceljs';
import { cellsOf, hiddenColsOf, mergesOf, rowsOf } from '../src/cli/xlsx/worksheet-internals';
import { workbookToSnapshot } from '../src/cli/xlsx/read';

function sample(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('PL1');
  ws.getCell('A1').value = 'STT';
  ws.getCell('B1').value = 'Chỉ tiêu';
  ws.getCell('C3').value = 44477;
  ws.getCell('E5').value = { formula: 'C3*2', result: 88954 };
  ws.mergeCells('A7:B8');
  ws.mergeCells('D1:F1');
  ws.getColumn(4).hidden = true;
  ws.getRow(6).hidden = true;
  return wb;
}

/** The object with the named fields hidden, or replaced by another shape; its own methods still see the real ones. */
function without<T extends object>(target: T, fields: Record<string, unknown>): T {
  return new Proxy(target, {
    get(t, prop) {
      if (typeof prop === 'string' && prop in fields) return fields[prop];
      const v = Reflect.get(t, prop, t);
      return typeof v === 'function' ? v.bind(t) : v;
    },
  });
}

describe('ExcelJS internals behind checked fallbacks', () => {
  it('reads the same merges from a worksheet without _merges, or with them as a Map', () => {
    const ws = sample().getWorksheet('PL1')!;
    const direct = mergesOf(ws);
    expect(direct).toEqual([
      { top: 1, left: 4, bottom: 1, right: 6 },
      { top: 7, left: 1, bottom: 8, right: 2 },
    ]);
    expect(mergesOf(without(ws, { _merges: undefined }))).toEqual(direct);
    expect(mergesOf(without(ws, { _merges: new Map([['D1', { top: 1 }]]) }))).toEqual(direct);
  });

  it('reads the same rows and cells without _rows and _cells', () => {
    const ws = sample().getWorksheet('PL1')!;
    const cellsAt = (rows: ReturnType<typeof rowsOf>) => Array.from(rows, (r) => (r ? Array.from(cellsOf(r), (c) => c?.value ?? null) : []));
    const direct = cellsAt(rowsOf(ws));
    expect(direct[2]).toEqual([null, null, 44477]);
    const rows = rowsOf(without(ws, { _rows: undefined }));
    expect(cellsAt(Array.from(rows, (r) => (r ? without(r, { _cells: undefined }) : r)))).toEqual(direct);
  });

  it('reads hidden columns through the public columns list', () => {
    expect(hiddenColsOf(sample().getWorksheet('PL1')!)).toEqual([4]);
  });

  it('gives the same snapshot when the worksheet hides every internal the reader uses', () => {
    const wb = sample();
    const plain = workbookToSnapshot(wb, 'a.xlsx');
    const ws = wb.getWorksheet('PL1')!;
    const bare = without(wb, { worksheets: [without(ws, { _rows: undefined, _merges: undefined, _columns: undefined })] });
    expect(workbookToSnapshot(bare, 'a.xlsx')).toEqual(plain);
    expect(plain.sheets[0].merges).toHaveLength(2);
    expect(plain.sheets[0].hiddenRows).toEqual([6]);
  });
});
