/**
 * Evaluate conditional-format formulas in LibreOffice: each rule's formula,
 * moved to every cell of its range (relative references shifted as Excel
 * does), is written into a scratch cell of a copy of the workbook, the copy is
 * recalculated, and the scratch results say which rules hold for which cell.
 */
import ExcelJS from 'exceljs';
import { columnLetter, columnNumber, parseRange } from '../src/core/a1';
import type { CellValue, WorkbookSnapshot } from '../src/core/snapshot';
import { isCellError } from '../src/core/snapshot';
import { recalculate } from './helpers/libreoffice';

/** Shift the relative A1 references of a formula by (dr, dc); string literals and $-anchored parts stay. */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts
    .map((p, i) =>
      i % 2 === 1
        ? p
        : p.replace(/(^|[^A-Za-z0-9_.!$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g, (_m, pre: string, dcol: string, col: string, drow: string, row: string) => {
            const c = dcol ? col : columnLetter(columnNumber(col) + dc);
            const r = drow ? row : String(Number(row) + dr);
            return `${pre}${dcol}${c}${drow}${r}`;
          }),
    )
    .join('');
}

export interface RuleToEvaluate {
  sheet: string;
  range: string;
  formula: string;
  tag: string;
}

export interface CellRuleResult {
  sheet: string;
  row: number;
  col: number;
  tag: string;
  value: CellValue;
}

const SCRATCH_FIRST_COL = 40;

function toExcelValue(v: CellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (isCellError(v)) return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

/**
 * Write `wb` (values and number formats only) with every rule copied into
 * scratch cells, recalculate it in LibreOffice, and return each rule's value
 * at each cell of its range.
 */
export async function evaluateRulesInLibreOffice(wb: WorkbookSnapshot, rules: RuleToEvaluate[], path: string): Promise<CellRuleResult[]> {
  const book = new ExcelJS.Workbook();
  const placed: { sheet: string; row: number; col: number; tag: string; at: { row: number; col: number } }[] = [];
  for (const s of wb.sheets) {
    const ws = book.addWorksheet(s.name);
    s.values.forEach((r, i) =>
      r.forEach((v, j) => {
        if (v === null) return;
        const cell = ws.getCell(s.origin.row + i, s.origin.col + j);
        cell.value = toExcelValue(v);
        const nf = s.numberFormats?.[i]?.[j];
        if (nf) cell.numFmt = nf;
      }),
    );
    let scratchCol = SCRATCH_FIRST_COL;
    for (const rule of rules.filter((r) => r.sheet === s.name)) {
      const body = rule.formula.startsWith('=') ? rule.formula.slice(1) : rule.formula;
      for (const area of rule.range.split(/[ ,]+/).filter(Boolean)) {
        const g = parseRange(area);
        for (let row = g.top; row <= g.bottom; row++) {
          for (let col = g.left; col <= g.right; col++) {
            const f = shiftFormula(body, row - g.top, col - g.left);
            const at = { row, col: scratchCol };
            ws.getCell(at.row, at.col).value = { formula: f } as ExcelJS.CellFormulaValue;
            placed.push({ sheet: s.name, row, col, tag: rule.tag, at });
          }
        }
      }
      scratchCol++;
    }
  }
  await book.xlsx.writeFile(path);
  const recalculated = await recalculate(path);
  return placed.map((p) => {
    const s = recalculated.sheets.find((x) => x.name === p.sheet)!;
    const v = s.values[p.at.row - s.origin.row]?.[p.at.col - s.origin.col] ?? null;
    return { sheet: p.sheet, row: p.row, col: p.col, tag: p.tag, value: v };
  });
}

/** Tags whose rule is TRUE at (sheet,row,col); throws on a rule LibreOffice could not compute. */
export function trueTags(results: CellRuleResult[], sheet: string, row: number, col: number): string[] {
  const here = results.filter((r) => r.sheet === sheet && r.row === row && r.col === col);
  for (const r of here) {
    if (typeof r.value !== 'boolean' && r.value !== 0 && r.value !== 1) {
      throw new Error(`rule ${r.tag} at ${sheet}!${columnLetter(col)}${row} gave ${JSON.stringify(r.value)}, not TRUE/FALSE`);
    }
  }
  return here.filter((r) => r.value === true || r.value === 1).map((r) => r.tag).sort();
}
