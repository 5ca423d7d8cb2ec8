/**
 * .xlsx → WorkbookSnapshot through ExcelJS (issue #2).
 *
 * Speed matters (issue #10 wants the whole CLI within 1.3× of a bare ExcelJS
 * read), so the conversion walks ExcelJS's own row/cell arrays once to find the
 * content bounds and once to fill the grids, caches per shared style object,
 * and allocates the formula/number-format grids only when a sheet has one.
 * It reads a few ExcelJS 4.4 internals (`_rows`, `_cells`, `_merges`:
 * ./worksheet-internals.ts; `definedNames.matrixMap`) because the public
 * iterators create missing rows or rebuild whole models; each is checked and
 * has a public fallback.
 *
 * Add-in sheets: a workbook defined name `PHULUC_<MARKER>_<n>` pointing at a
 * sheet sets that sheet's `addinMarker` (convention in src/core/sheet-marker.ts).
 * Dates become Excel serial numbers; errors `{error: '#REF!'}`; formula cells
 * carry their cached result as the value and "=" + formula (shared formulas
 * resolved to each cell's own text) in `formulas`. The add-in's settings saved
 * by Excel (webextension part, which ExcelJS skips) go to `settings`
 * (./addin-settings.ts).
 */
import ExcelJS from 'exceljs';
import { readFile } from 'fs/promises';
import { basename } from 'path';
import { toA1 } from '../../core/a1';
import { appendStyle, type CellStyle, type CellValue, type ExistingConditionalFormat, type SheetSnapshot, type WorkbookSnapshot } from '../../core/snapshot';
import { readAddinSettings } from './addin-settings';
import { colorToHex, fillToHex } from './colors';
import { ReadError, sniffWorkbookBytes } from './read-error';
import { cellsOf, hiddenColsOf, mergesOf, rowsOf, type XCell } from './worksheet-internals';
import { markerFromDefinedName, sheetOfReference } from '../../core/sheet-marker';

export { ReadError } from './read-error';
export type { ReadErrorCode } from './read-error';

// ExcelJS.ValueType, as numbers: the read loop compares every cell's type with them.
const T_NULL = 0;
const T_MERGE = 1;
const T_NUMBER = 2;
const T_STRING = 3;
const T_DATE = 4;
const T_HYPERLINK = 5;
const T_FORMULA = 6;
const T_SHARED_STRING = 7;
const T_RICH_TEXT = 8;
const T_BOOLEAN = 9;
const T_ERROR = 10;

const MS_PER_DAY = 86400000;
const EPOCH_1900 = 25569; // serial of 1970-01-01 in the 1900 date system
const EPOCH_1904 = 24107;

/** Read a workbook file; throws ReadError with a one-line Vietnamese/English message when it cannot. */
export async function readWorkbookFile(path: string): Promise<WorkbookSnapshot> {
  return readWorkbookBuffer(await readWorkbookBytes(path), basename(path), path);
}

/** The file's bytes, or a ReadError (missing, directory, unreadable). */
export async function readWorkbookBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new ReadError('missing', path);
    if (code === 'EISDIR') throw new ReadError('not-excel', path, 'directory');
    throw new ReadError('unreadable', path, (e as Error).message);
  }
}

/** Read workbook bytes; `name` goes into the snapshot, `label` (default name) into error messages. */
export async function readWorkbookBuffer(buf: Buffer, name: string, label: string = name): Promise<WorkbookSnapshot> {
  const wb = await loadWorkbookBuffer(buf, label);
  const snapshot = workbookToSnapshot(wb, name);
  const settings = readAddinSettings(buf);
  if (settings) snapshot.settings = settings;
  return snapshot;
}

/** Load bytes into an ExcelJS workbook, with the same ReadError classification as readWorkbookFile. */
export async function loadWorkbookBuffer(buf: Buffer, label: string): Promise<ExcelJS.Workbook> {
  const sniffed = sniffWorkbookBytes(buf, label);
  if (sniffed) throw sniffed;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new ReadError('corrupt', label, e instanceof Error ? e.message : String(e));
  }
  return wb;
}

/** Load a file into an ExcelJS workbook (the writer's input), classifying failures like readWorkbookFile. */
export async function loadWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  return loadWorkbookBuffer(await readWorkbookBytes(path), path);
}

export function workbookToSnapshot(wb: ExcelJS.Workbook, name?: string): WorkbookSnapshot {
  const markers = sheetMarkers(wb);
  const date1904 = !!(wb.properties as { date1904?: boolean } | undefined)?.date1904;
  const sheets: SheetSnapshot[] = [];
  for (const ws of wb.worksheets) sheets.push(sheetToSnapshot(ws, date1904, markers.get(ws.name)));
  return name === undefined ? { sheets } : { name, sheets };
}

// ---- internals ---------------------------------------------------------

function isContent(c: XCell): boolean {
  const t = c.type;
  if (t === T_NULL || t === T_MERGE) return false;
  if (t === T_STRING) return (c.value as string).length > 0;
  return true;
}

function dateToSerial(d: Date, date1904: boolean): number {
  return d.getTime() / MS_PER_DAY + (date1904 ? EPOCH_1904 : EPOCH_1900);
}

function plainValue(v: unknown, date1904: boolean): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'number':
    case 'string':
    case 'boolean':
      return v;
    default:
  }
  if (v instanceof Date) return dateToSerial(v, date1904);
  const o = v as { error?: string; richText?: { text: string }[]; text?: unknown };
  if (typeof o.error === 'string') return { error: o.error };
  if (Array.isArray(o.richText)) return richText(o.richText);
  if (o.text !== undefined) return typeof o.text === 'string' ? o.text : plainValue(o.text, date1904);
  return null;
}

function richText(parts: { text: string }[]): string {
  let s = '';
  for (const p of parts) s += p.text;
  return s;
}

function cellValue(c: XCell, date1904: boolean): CellValue {
  switch (c.type) {
    case T_NUMBER:
    case T_STRING:
    case T_BOOLEAN:
      return c.value as CellValue;
    case T_NULL:
    case T_MERGE:
      return null;
    case T_FORMULA:
      return plainValue(c.result, date1904);
    case T_DATE:
      return dateToSerial(c.value as Date, date1904);
    case T_RICH_TEXT:
    case T_HYPERLINK:
    case T_SHARED_STRING:
    case T_ERROR:
    default:
      return plainValue(c.value, date1904);
  }
}

interface StyleBits {
  numFmt: string | null;
  bold: boolean;
  italic: boolean;
  fill?: string;
  fontColor?: string;
  any: boolean;
}

const NO_STYLE: StyleBits = { numFmt: null, bold: false, italic: false, any: false };

function isAutomaticColor(c: Partial<ExcelJS.Color> & { indexed?: number; auto?: boolean } | undefined): boolean {
  // theme 1 (dk1) and indexed 64 are the default text colour, not a choice.
  return !c || c.auto === true || (c.theme === 1 && !(c as { tint?: number }).tint) || c.indexed === 64;
}

function styleBits(style: Partial<ExcelJS.Style> | undefined, cache: Map<object, StyleBits>): StyleBits {
  // Unstyled cells each get their own empty object from ExcelJS: keep them out of the cache.
  if (!style || (style.numFmt === undefined && style.font === undefined && style.fill === undefined)) return NO_STYLE;
  let b = cache.get(style);
  if (b) return b;
  const nf = style.numFmt;
  const font = style.font;
  const color = font?.color as Partial<ExcelJS.Color> | undefined;
  b = {
    numFmt: nf && nf !== 'General' ? nf : null,
    bold: !!font?.bold,
    italic: !!font?.italic,
    fill: fillToHex(style.fill),
    fontColor: isAutomaticColor(color) ? undefined : colorToHex(color),
    any: false,
  };
  b.any = b.bold || b.italic || b.fill !== undefined || b.fontColor !== undefined;
  cache.set(style, b);
  return b;
}

function noteText(note: XCell['note']): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note === 'string') return note;
  return Array.isArray(note.texts) ? richText(note.texts) : undefined;
}

function sheetToSnapshot(ws: ExcelJS.Worksheet, date1904: boolean, marker: string | undefined): SheetSnapshot {
  const rows = rowsOf(ws);

  // Pass 1: content bounds, and hidden rows (which may hold no cells at all).
  let top = Infinity;
  let bottom = 0;
  let left = Infinity;
  let right = 0;
  const hiddenRows: number[] = [];
  let notes: Record<string, string> | undefined;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    if (row.hidden) hiddenRows.push(r + 1);
    const cells = cellsOf(row);
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (!cell) continue;
      // Notes may sit on empty cells, inside or outside the content range.
      if (cell.note !== undefined) {
        const n = noteText(cell.note);
        if (n !== undefined) (notes ??= {})[toA1(r + 1, c + 1)] = n;
      }
      if (isContent(cell)) {
        if (r < top) top = r;
        bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      }
    }
  }

  const values: CellValue[][] = [];
  let formulas: (string | null)[][] | undefined;
  let numberFormats: (string | null)[][] | undefined;
  const styles: CellStyle[] = [];
  const styleCache = new Map<object, StyleBits>();
  const empty = top === Infinity;
  const width = empty ? 0 : right - left + 1;

  // Pass 2: fill the grids.
  if (!empty) {
    for (let r = top; r <= bottom; r++) {
      const vals: CellValue[] = new Array(width).fill(null);
      values.push(vals);
      const row = rows[r];
      if (!row) continue;
      const cells = cellsOf(row);
      const end = Math.min(cells.length - 1, right);
      for (let c = left; c <= end; c++) {
        const cell = cells[c];
        if (!cell) continue;
        const j = c - left;
        vals[j] = cellValue(cell, date1904);
        if (cell.type === T_FORMULA) {
          const f = cell.formula;
          if (f) {
            if (!formulas) formulas = grid(bottom - top + 1, width);
            formulas[r - top][j] = f.charCodeAt(0) === 61 ? f : '=' + f;
          }
        }
        const bits = styleBits(cell.style, styleCache);
        if (bits.numFmt !== null) {
          if (!numberFormats) numberFormats = grid(bottom - top + 1, width);
          numberFormats[r - top][j] = bits.numFmt;
        }
        if (bits.any) appendStyle(styles, r + 1, c + 1, bits.bold, bits.italic, bits.fill, bits.fontColor);
      }
    }
  }
  const sheet: SheetSnapshot = {
    name: ws.name,
    origin: empty ? { row: 1, col: 1 } : { row: top + 1, col: left + 1 },
    values,
    styles,
    merges: mergesOf(ws),
    hiddenRows,
    hiddenCols: hiddenColsOf(ws),
    conditionalFormats: conditionalFormatsOf(ws),
    protected: sheetProtected(ws),
  };
  if (formulas) sheet.formulas = formulas;
  if (numberFormats) sheet.numberFormats = withoutTrailingNulls(numberFormats);
  if (marker !== undefined) sheet.addinMarker = marker;
  if (notes) sheet.notes = notes;
  return sheet;
}

function grid(h: number, w: number): (string | null)[][] {
  const g: (string | null)[][] = new Array(h);
  for (let i = 0; i < h; i++) g[i] = new Array(w).fill(null);
  return g;
}

/** Rows cut after their last format (the snapshot contract allows it): a third less JSON for a ward file's formats. */
function withoutTrailingNulls(g: (string | null)[][]): (string | null)[][] {
  for (const row of g) {
    let n = row.length;
    while (n > 0 && row[n - 1] === null) n--;
    row.length = n;
  }
  return g;
}

interface XCfRule {
  type?: string;
  formulae?: unknown[];
  style?: Partial<ExcelJS.Style>;
}

function conditionalFormatsOf(ws: ExcelJS.Worksheet): ExistingConditionalFormat[] {
  const cfs = (ws as unknown as { conditionalFormattings?: { ref: string; rules: XCfRule[] }[] }).conditionalFormattings;
  const out: ExistingConditionalFormat[] = [];
  if (!Array.isArray(cfs)) return out;
  for (const cf of cfs) {
    for (const rule of cf.rules ?? []) {
      const f0 = rule.type === 'expression' && rule.formulae && rule.formulae.length > 0 ? String(rule.formulae[0]) : null;
      const item: ExistingConditionalFormat = { range: cf.ref, formula: f0 === null ? null : f0.startsWith('=') ? f0 : '=' + f0 };
      const fill = fillToHex(rule.style?.fill, true);
      if (fill) item.fill = fill;
      const fc = rule.style?.font?.color as Partial<ExcelJS.Color> | undefined;
      const fontColor = isAutomaticColor(fc) ? undefined : colorToHex(fc);
      if (fontColor) item.fontColor = fontColor;
      out.push(item);
    }
  }
  return out;
}

/** Sheet name → add-in marker, from `PHULUC_<MARKER>_<n>` defined names. */
/** Is the sheet protected (Review → Protect Sheet)? */
export function sheetProtected(ws: ExcelJS.Worksheet): boolean {
  return !!(ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet;
}

export function sheetMarkers(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  const dn = wb.definedNames as unknown as {
    matrixMap?: Record<string, unknown>;
    getRanges?: (name: string) => { name: string; ranges: string[] };
    model: { name: string; ranges: string[] }[];
  };
  const entries: { name: string; ranges: string[] }[] = [];
  if (dn.matrixMap && typeof dn.getRanges === 'function') {
    // Only our names: the full `.model` getter re-explores every name's cells.
    for (const name of Object.keys(dn.matrixMap)) if (markerFromDefinedName(name) !== null) entries.push(dn.getRanges(name));
  } else {
    entries.push(...dn.model);
  }
  for (const e of entries) {
    const marker = markerFromDefinedName(e.name);
    if (marker === null) continue;
    for (const ref of e.ranges) {
      const sheet = sheetOfReference(ref);
      if (sheet !== null && !out.has(sheet)) out.set(sheet, marker);
    }
  }
  return out;
}
