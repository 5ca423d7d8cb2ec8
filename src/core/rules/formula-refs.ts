/** The cells a formula reads, for comparing a formula's range with the cells it should cover. */
import { columnNumber } from '../a1';

export interface FormulaRefs {
  /** Cells as row*16384+col keys. */
  cells: Set<number>;
  /** The formula also reads other sheets, whole columns or names: its cells are not all known. */
  opaque: boolean;
}

const REF = /('(?:[^']|'')+'|[A-Za-z_][\w.]*)?(!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g;
const MAX_AREA = 20000;

export function cellKey(row: number, col: number): number {
  return row * 16384 + col;
}

export function formulaRefs(formula: string): FormulaRefs {
  const cells = new Set<number>();
  let opaque = false;
  // String literals can hold anything that looks like a reference.
  const body = formula.replace(/"(?:[^"]|"")*"/g, '""');
  REF.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REF.exec(body))) {
    const before = m.index > 0 ? body[m.index - 1] : '';
    if (/[A-Za-z0-9_.$]/.test(before)) continue;
    if (m[2]) {
      opaque = true;
      continue;
    }
    if (m[1]) {
      // A function name or a defined name directly followed by letters: not a cell reference.
      REF.lastIndex = m.index + m[1].length;
      if (/^[A-Za-z_][\w.]*$/.test(m[1]) && !/^[A-Z]{1,3}$/.test(m[1])) {
        if (body[m.index + m[1].length] !== '(') opaque = true;
      }
      continue;
    }
    const c1 = columnNumber(m[3]);
    const r1 = Number(m[4]);
    const c2 = m[5] ? columnNumber(m[5]) : c1;
    const r2 = m[6] ? Number(m[6]) : r1;
    const top = Math.min(r1, r2);
    const bottom = Math.max(r1, r2);
    const left = Math.min(c1, c2);
    const right = Math.max(c1, c2);
    if ((bottom - top + 1) * (right - left + 1) > MAX_AREA) {
      opaque = true;
      continue;
    }
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) cells.add(cellKey(r, c));
  }
  return { cells, opaque };
}

/** A SUM, or references joined by "+": a total formula. */
export function isSumFormula(formula: string): boolean {
  const f = formula.replace(/^=/, '').replace(/\s+/g, '');
  if (/^SUM\(/i.test(f)) return true;
  return /^\$?[A-Z]{1,3}\$?\d+(\+\$?[A-Z]{1,3}\$?\d+)+$/i.test(f);
}
