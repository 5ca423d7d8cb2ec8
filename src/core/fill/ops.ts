/**
 * Turning the decided writes of one sheet into edit-plan operations, with
 * neighbouring cells of a row batched into one operation (hundreds of sheets
 * must not become tens of thousands of calls in Office.js).
 */
import { toA1 } from '../a1';
import type { EditOp } from '../plan';

export interface CellWrite<T> {
  row: number;
  col: number;
  value: T;
}

/** Runs of horizontally adjacent cells holding equal-keyed values. */
function runs<T>(cells: CellWrite<T>[], sameRun: (a: T, b: T) => boolean): CellWrite<T>[][] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const out: CellWrite<T>[][] = [];
  for (const c of sorted) {
    const cur = out[out.length - 1];
    const prev = cur?.[cur.length - 1];
    if (prev && prev.row === c.row && prev.col + 1 === c.col && sameRun(prev.value, c.value)) cur.push(c);
    else out.push([c]);
  }
  return out;
}

function rangeOf<T>(run: CellWrite<T>[]): string {
  const a = toA1(run[0].row, run[0].col);
  return run.length === 1 ? a : `${a}:${toA1(run[run.length - 1].row, run[run.length - 1].col)}`;
}

export function formulaOps(sheet: string, cells: CellWrite<string>[]): EditOp[] {
  return runs(cells, () => true).map((run) => ({ op: 'setFormulas', sheet, address: toA1(run[0].row, run[0].col), formulas: [run.map((c) => c.value)] }));
}

export function valueOps(sheet: string, cells: CellWrite<number>[]): EditOp[] {
  return runs(cells, () => true).map((run) => ({ op: 'setValues', sheet, address: toA1(run[0].row, run[0].col), values: [run.map((c) => c.value)] }));
}

export function numberFormatOps(sheet: string, cells: CellWrite<string>[]): EditOp[] {
  return runs(cells, (a, b) => a === b).map((run) => ({ op: 'setNumberFormat', sheet, range: rangeOf(run), format: run[0].value }));
}

export function noteOps(sheet: string, cells: CellWrite<string>[]): EditOp[] {
  return [...cells].sort((a, b) => a.row - b.row || a.col - b.col).map((c) => ({ op: 'setNote', sheet, cell: toA1(c.row, c.col), text: c.value }));
}
