/**
 * WorkbookSnapshot → ExcelJS workbook: the inverse of ./read.ts, so that
 * `readWorkbookFile(write(snapshot))` gives the snapshot back. Formula cells
 * keep the snapshot value as their cached result (so a reader without a
 * calculation engine sees the same numbers). Conditional formats without a
 * formula (rule types the snapshot does not describe) cannot be rebuilt and
 * are left out. Add-in markers become `PHULUC_<MARKER>_<n>` defined names.
 */
import ExcelJS from 'exceljs';
import { CellValue, forEachStyledCell, isCellError, parseSnapshot, SheetSnapshot, WorkbookSnapshot } from '../../core/snapshot';
import { hexToArgb } from './colors';
import { markerDefinedName } from '../../core/sheet-marker';

function excelValue(v: CellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === 'object') return isCellError(v) ? ({ error: v.error } as ExcelJS.CellErrorValue) : null;
  return v;
}

export function snapshotToWorkbook(input: WorkbookSnapshot): ExcelJS.Workbook {
  const snapshot = parseSnapshot(input);
  const wb = new ExcelJS.Workbook();
  const markerCount = new Map<string, number>();
  for (const s of snapshot.sheets) {
    const ws = wb.addWorksheet(s.name);
    fillSheet(wb, ws, s);
    if (s.addinMarker !== undefined) {
      const n = (markerCount.get(s.addinMarker) ?? 0) + 1;
      markerCount.set(s.addinMarker, n);
      wb.definedNames.add(`'${s.name.replace(/'/g, "''")}'!$A$1`, markerDefinedName(s.addinMarker, n));
    }
  }
  return wb;
}

function fillSheet(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, s: SheetSnapshot): void {
  const { row: r0, col: c0 } = s.origin;
  let anyFormula = false;
  for (let i = 0; i < s.values.length; i++) {
    const line = s.values[i];
    const fline = s.formulas?.[i];
    const nline = s.numberFormats?.[i];
    const width = Math.max(line.length, fline?.length ?? 0, nline?.length ?? 0);
    if (width === 0) continue;
    const xr = ws.getRow(r0 + i);
    for (let j = 0; j < width; j++) {
      const v = line[j] ?? null;
      const f = fline?.[j] ?? null;
      const nf = nline?.[j] ?? null;
      if (v === null && f === null && nf === null) continue;
      const c = xr.getCell(c0 + j);
      if (f !== null) {
        const result = excelValue(v);
        c.value = (result === null ? { formula: f.replace(/^=/, '') } : { formula: f.replace(/^=/, ''), result }) as ExcelJS.CellFormulaValue;
        anyFormula = true;
      } else {
        c.value = excelValue(v);
      }
      if (nf !== null) c.numFmt = nf;
    }
  }
  if (anyFormula) markFullCalc(wb);

  forEachStyledCell(s.styles, (row, col, st) => {
    const c = ws.getCell(row, col);
    if (st.bold || st.italic || st.fontColor) {
      c.font = {
        ...(c.font ?? {}),
        ...(st.bold ? { bold: true } : {}),
        ...(st.italic ? { italic: true } : {}),
        ...(st.fontColor ? { color: hexToArgb(st.fontColor) } : {}),
      };
    }
    if (st.fill) c.fill = { type: 'pattern', pattern: 'solid', fgColor: hexToArgb(st.fill), bgColor: hexToArgb(st.fill) };
  });

  for (const m of s.merges) {
    if (m.top === m.bottom && m.left === m.right) continue;
    // Without style: the snapshot says exactly which cells carry which style.
    ws.mergeCellsWithoutStyle(m.top, m.left, m.bottom, m.right);
  }

  for (const r of s.hiddenRows) {
    const row = ws.getRow(r);
    row.hidden = true;
    // ExcelJS drops a row element that has neither cells nor a height, and with it the hidden flag.
    if (row.cellCount === 0 && row.height === undefined) row.height = 15;
  }
  for (const c of s.hiddenCols) ws.getColumn(c).hidden = true;

  let priority = 1;
  for (const cf of s.conditionalFormats) {
    if (cf.formula === null) continue;
    const style: Partial<ExcelJS.Style> = {};
    if (cf.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: hexToArgb(cf.fill), bgColor: hexToArgb(cf.fill) };
    if (cf.fontColor) style.font = { color: hexToArgb(cf.fontColor) };
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [{ type: 'expression', priority: priority++, formulae: [cf.formula.replace(/^=/, '')], style } as ExcelJS.ConditionalFormattingRule],
    });
  }

  if (s.protected) (ws as unknown as { sheetProtection: object }).sheetProtection = { sheet: true };

  for (const [a1, text] of Object.entries(s.notes ?? {})) {
    const c = ws.getCell(a1);
    c.note = text;
    keepEmptyCell(c);
  }
}

/** Formulas are written with the snapshot's value as cached result; Excel and LibreOffice still recompute on open. */
function markFullCalc(wb: ExcelJS.Workbook): void {
  wb.calcProperties = { ...(wb.calcProperties ?? {}), fullCalcOnLoad: true };
}

/**
 * ExcelJS writes no <c> element for an empty, unstyled cell, and its reader
 * attaches notes only to cells present in the sheet data. An explicit
 * "locked" (Excel's default, so nothing visible changes) gives the cell a style
 * of its own and keeps it, and so its note, on a round trip.
 */
function keepEmptyCell(c: ExcelJS.Cell): void {
  if (c.type === ExcelJS.ValueType.Null && Object.keys(c.style ?? {}).length === 0) c.style = { ...(c.style ?? {}), protection: { locked: true } } as ExcelJS.Style;
}
