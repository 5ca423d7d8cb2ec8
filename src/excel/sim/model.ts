/**
 * SIMULATION: the in-memory workbook behind the simulated Excel host. Plain
 * data plus the few rules Excel applies on its own (merging keeps the top-left
 * value, typed text is coerced, protected sheets refuse writes). It starts from
 * a WorkbookSnapshot and exports back to one. No Node APIs: it also runs in the
 * browser preview.
 *
 * Not simulated: the calculation engine. A formula cell keeps the value Excel
 * last computed for that same formula at that same cell (from the snapshot it
 * started from); a formula it has never seen reads as null.
 */
import { columnLetter, parseA1, quoteSheetName, RangeRef, toA1 } from '../../core/a1';
import { isAddinConditionFormula } from '../../core/plan';
import { appendStyle, CellStyle, forEachStyledCell, CellValue, ERROR_CODES, ExistingConditionalFormat, Merge, SheetSnapshot, WorkbookSnapshot } from '../../core/snapshot';
import { markerDefinedName, markerFromDefinedName } from '../../core/sheet-marker';
import { SimErrorCodes, SimulatedExcelError } from './errors';

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface SimCell {
  v: CellValue;
  f: string | null;
  nf: string | null;
  bold?: boolean;
  italic?: boolean;
  fill?: string;
  fontColor?: string;
  fontSize?: number;
  fontName?: string;
  wrap?: boolean;
  hAlign?: string;
  vAlign?: string;
  borders?: Record<string, string>;
}

export interface SimConditionalFormat {
  id: string;
  /** Areas as A1 without sheet, joined by " ". */
  range: string;
  type: 'Custom' | 'Other';
  formula: string | null;
  fill?: string;
  fontColor?: string;
  /** Set when deleted, so stale lookups notice. */
  deleted?: boolean;
  /**
   * A rule Office.js cannot read: with a duplicated or overlapping user rule on
   * the same cells, reading or deleting the rule through the API fails
   * ("RichApi.Error: Item Not Found." for getItemAt(0).delete(), office-js
   * #5222; reading rule and format of the second of two rules on one range
   * throws, #6827; the properties of a duplicated rule cannot be read, #6835).
   * The issues do not say that the count is affected, so getCount still counts it.
   */
  unreadable?: boolean;
}

export interface SimTable {
  name: string;
  address: string;
  style: string;
}

export interface SimChart {
  type: string;
  source: string;
  title: string;
  anchor?: string;
}

export interface SimPageLayout {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printTitleRows?: string;
  printTitleColumns?: string;
  printArea?: string;
  centerFooter?: string;
  topMargin?: number;
  bottomMargin?: number;
  leftMargin?: number;
  rightMargin?: number;
  headerMargin?: number;
  footerMargin?: number;
  centerHorizontally?: boolean;
}

export class SimSheet {
  readonly cells = new Map<number, SimCell>();
  merges: Merge[] = [];
  cfs: SimConditionalFormat[] = [];
  protected = false;
  hiddenRows = new Set<number>();
  hiddenCols = new Set<number>();
  freeze: { rows: number; cols: number } | null = null;
  tables: SimTable[] = [];
  charts: SimChart[] = [];
  pageLayout: SimPageLayout = {};
  colWidths = new Map<number, number>();
  /** Row heights in points, set through RangeFormat.rowHeight. */
  rowHeights = new Map<number, number>();
  notes = new Map<string, string>();
  /** Values Excel computed for formulas (key → formula, value): stands in for recalculation. */
  readonly calcCache = new Map<number, { f: string; v: CellValue }>();

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  static key(row: number, col: number): number {
    return row * 20000 + col;
  }

  cell(row: number, col: number): SimCell | undefined {
    return this.cells.get(SimSheet.key(row, col));
  }

  /** The cell, created empty when missing (for writes). */
  touch(row: number, col: number): SimCell {
    const k = SimSheet.key(row, col);
    let c = this.cells.get(k);
    if (!c) {
      c = { v: null, f: null, nf: null };
      this.cells.set(k, c);
    }
    return c;
  }

  setFormula(row: number, col: number, f: string): void {
    const c = this.touch(row, col);
    c.f = f;
    const cached = this.calcCache.get(SimSheet.key(row, col));
    c.v = cached && cached.f === f ? cached.v : null;
  }

  /** Bounds of cells with a value or formula (Excel's used range with valuesOnly), or null when there are none. */
  valueBounds(): RangeRef | null {
    return this.bounds(true);
  }

  /** Bounds of cells with a value, formula or format (Excel's used range without valuesOnly). */
  usedBounds(): RangeRef | null {
    return this.bounds(false);
  }

  private bounds(valuesOnly: boolean): RangeRef | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    for (const [k, c] of this.cells) {
      if (valuesOnly && !hasContent(c)) continue;
      const row = Math.floor(k / 20000);
      const col = k % 20000;
      if (row < top) top = row;
      if (row > bottom) bottom = row;
      if (col < left) left = col;
      if (col > right) right = col;
    }
    return top === Infinity ? null : { top, left, bottom, right };
  }

  private cfIndex: { of: SimConditionalFormat[]; length: number; byId: Map<string, SimConditionalFormat> } | null = null;

  /** A rule by id; the index is rebuilt when the list changed under it (deleted rules are flagged). */
  cfById(id: string): SimConditionalFormat | undefined {
    const idx = this.cfIndex;
    const hit = idx && idx.of === this.cfs && idx.length === this.cfs.length ? idx.byId.get(id) : undefined;
    if (hit && !hit.deleted) return hit;
    this.cfIndex = { of: this.cfs, length: this.cfs.length, byId: new Map(this.cfs.map((c) => [c.id, c])) };
    return this.cfIndex.byId.get(id);
  }

  /**
   * What the user does in Conditional Formatting → Manage Rules → Duplicate
   * Rule: a copy on the same cells, which Office.js then cannot read (office-js
   * #6835; see SimConditionalFormat.unreadable).
   */
  duplicateCfAsUser(index: number, newId: string): SimConditionalFormat {
    const copy: SimConditionalFormat = { ...this.cfs[index], id: newId, unreadable: true };
    this.cfs.splice(index + 1, 0, copy);
    return copy;
  }

  assertWritable(): void {
    if (this.protected) {
      throw new SimulatedExcelError(SimErrorCodes.accessDenied, `The cell or chart you're trying to change is on a protected sheet ('${this.name}').`);
    }
  }
}

function hasContent(c: SimCell): boolean {
  return c.f !== null || (c.v !== null && c.v !== '');
}

export interface SimName {
  /** Sheet the name points at (by id, so renames follow), or null once that sheet is gone (#REF!). */
  sheetId: string | null;
  address: string;
}

export class SimWorkbookModel {
  name?: string;
  sheets: SimSheet[] = [];
  readonly names = new Map<string, SimName>();
  /** Workbook settings (Excel.SettingCollection): key → JSON-able value. */
  readonly settings = new Map<string, unknown>();
  activeSheetId: string | null = null;
  selection: { sheetId: string; address: string } | null = null;
  private nextId = 1;

  newId(kind: string): string {
    const n = this.nextId++;
    return `{SIM-${kind}-${String(n).padStart(8, '0')}}`;
  }

  sheetByName(name: string): SimSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetByKey(key: string): SimSheet | undefined {
    return this.sheets.find((s) => s.id === key) ?? this.sheetByName(key);
  }

  nameFormula(n: SimName): string {
    const s = n.sheetId === null ? undefined : this.sheets.find((x) => x.id === n.sheetId);
    return s ? `=${quoteSheetName(s.name)}!${n.address}` : `=#REF!${n.address}`;
  }

  addSheet(name: string): SimSheet {
    validateSheetName(name);
    if (this.sheetByName(name)) throw new SimulatedExcelError(SimErrorCodes.itemAlreadyExists, `A sheet named '${name}' already exists.`);
    const s = new SimSheet(this.newId('sheet'), name);
    this.sheets.push(s);
    return s;
  }

  deleteSheet(sheet: SimSheet): void {
    if (this.sheets.length <= 1) throw new SimulatedExcelError(SimErrorCodes.invalidOperation, 'A workbook must contain at least one visible worksheet.');
    this.sheets = this.sheets.filter((s) => s !== sheet);
    for (const n of this.names.values()) if (n.sheetId === sheet.id) n.sheetId = null;
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0]?.id ?? null;
  }
}

export function validateSheetName(name: string): void {
  if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name)) {
    throw new SimulatedExcelError(SimErrorCodes.invalidArgument, `'${name}' is not a valid worksheet name.`);
  }
}

// ---- snapshot ↔ model -------------------------------------------------------

const SETTING_PREFIX = 'phuluc.';

/** Build a simulated workbook from a snapshot (e.g. from the .xlsx reader). */
export function modelFromSnapshot(wb: WorkbookSnapshot): SimWorkbookModel {
  const m = new SimWorkbookModel();
  m.name = wb.name;
  const markerCount = new Map<string, number>();
  for (const s of wb.sheets) {
    const sheet = new SimSheet(m.newId('sheet'), s.name);
    m.sheets.push(sheet);
    const { row: r0, col: c0 } = s.origin;
    s.values.forEach((rowVals, i) =>
      rowVals.forEach((v, j) => {
        const f = s.formulas?.[i]?.[j] ?? null;
        const nf = s.numberFormats?.[i]?.[j] ?? null;
        if ((v === null || v === '') && f === null && nf === null) return;
        const c = sheet.touch(r0 + i, c0 + j);
        c.v = v;
        c.f = f;
        c.nf = nf;
        if (f !== null) sheet.calcCache.set(SimSheet.key(r0 + i, c0 + j), { f, v });
      }),
    );
    forEachStyledCell(s.styles, (row, col, st) => {
      const c = sheet.touch(row, col);
      if (st.bold) c.bold = true;
      if (st.italic) c.italic = true;
      if (st.fill) c.fill = st.fill.toUpperCase();
      if (st.fontColor) c.fontColor = st.fontColor.toUpperCase();
    });
    sheet.merges = (s.merges ?? []).map((x) => ({ ...x }));
    sheet.cfs = (s.conditionalFormats ?? []).map((cf) => ({
      id: m.newId('cf'),
      range: cf.range,
      type: cf.formula === null ? 'Other' : 'Custom',
      formula: cf.formula,
      ...(cf.fill ? { fill: cf.fill.toUpperCase() } : {}),
      ...(cf.fontColor ? { fontColor: cf.fontColor.toUpperCase() } : {}),
    }));
    sheet.protected = !!s.protected;
    sheet.hiddenRows = new Set(s.hiddenRows ?? []);
    sheet.hiddenCols = new Set(s.hiddenCols ?? []);
    for (const [a1, text] of Object.entries(s.notes ?? {})) sheet.notes.set(a1, text);
    if (s.addinMarker) {
      const n = (markerCount.get(s.addinMarker) ?? 0) + 1;
      markerCount.set(s.addinMarker, n);
      m.names.set(markerDefinedName(s.addinMarker, n), { sheetId: sheet.id, address: '$A$1' });
    }
  }
  for (const [k, v] of Object.entries(wb.settings ?? {})) m.settings.set(SETTING_PREFIX + k, JSON.stringify(v));
  m.activeSheetId = m.sheets[0]?.id ?? null;
  return m;
}

/** Export the simulated workbook as a snapshot, in the .xlsx reader's conventions (content bounds, sparse styles). */
export function modelToSnapshot(m: SimWorkbookModel): WorkbookSnapshot {
  const markers = new Map<string, string>();
  for (const [name, n] of m.names) {
    const marker = markerFromDefinedName(name);
    if (marker !== null && n.sheetId !== null && !markers.has(n.sheetId)) markers.set(n.sheetId, marker);
  }
  const sheets: SheetSnapshot[] = m.sheets.map((sheet) => {
    const b = sheet.valueBounds();
    const values: CellValue[][] = [];
    let formulas: (string | null)[][] | undefined;
    let numberFormats: (string | null)[][] | undefined;
    const styles: CellStyle[] = [];
    if (b) {
      const h = b.bottom - b.top + 1;
      const w = b.right - b.left + 1;
      for (let i = 0; i < h; i++) {
        const rowVals: CellValue[] = new Array(w).fill(null);
        values.push(rowVals);
        for (let j = 0; j < w; j++) {
          const c = sheet.cell(b.top + i, b.left + j);
          if (!c) continue;
          rowVals[j] = c.v === '' ? null : c.v;
          if (c.f !== null) (formulas ??= grid(h, w))[i][j] = c.f;
          if (c.nf !== null && c.nf !== 'General') (numberFormats ??= grid(h, w))[i][j] = c.nf;
          if (c.bold || c.italic || c.fill || c.fontColor) appendStyle(styles, b.top + i, b.left + j, !!c.bold, !!c.italic, c.fill || undefined, c.fontColor || undefined);
        }
      }
    }
    const out: SheetSnapshot = {
      name: sheet.name,
      origin: b ? { row: b.top, col: b.left } : { row: 1, col: 1 },
      values,
      styles,
      merges: [...sheet.merges].sort((a, c) => a.top - c.top || a.left - c.left),
      hiddenRows: [...sheet.hiddenRows].sort((a, c) => a - c),
      hiddenCols: [...sheet.hiddenCols].sort((a, c) => a - c),
      conditionalFormats: sheet.cfs.map((cf) => {
        const e: ExistingConditionalFormat = { range: cf.range, formula: cf.formula };
        if (cf.fill) e.fill = cf.fill;
        if (cf.fontColor) e.fontColor = cf.fontColor;
        return e;
      }),
      protected: sheet.protected,
    };
    if (formulas) out.formulas = formulas;
    if (numberFormats) out.numberFormats = numberFormats;
    const marker = markers.get(sheet.id);
    if (marker) out.addinMarker = marker;
    if (sheet.notes.size > 0) out.notes = Object.fromEntries(sheet.notes);
    return out;
  });
  const settings: Record<string, unknown> = {};
  for (const [k, v] of m.settings) {
    if (!k.startsWith(SETTING_PREFIX)) continue;
    try {
      settings[k.slice(SETTING_PREFIX.length)] = typeof v === 'string' ? JSON.parse(v) : v;
    } catch {
      settings[k.slice(SETTING_PREFIX.length)] = v;
    }
  }
  const wb: WorkbookSnapshot = { sheets };
  if (m.name !== undefined) wb.name = m.name;
  if (Object.keys(settings).length > 0) wb.settings = settings;
  return wb;
}

function grid(h: number, w: number): (string | null)[][] {
  return Array.from({ length: h }, () => new Array(w).fill(null));
}

// ---- addresses ---------------------------------------------------------------

/** Parse "A1", "$A$1:B2", "A:C" (whole columns), "5:6" (whole rows); an optional "Sheet!" prefix is returned apart. */
export function parseAddress(address: string): { sheet?: string; rect: RangeRef } {
  let a = address.trim();
  if (a.startsWith('=')) a = a.slice(1);
  let sheet: string | undefined;
  const bang = a.lastIndexOf('!');
  if (bang >= 0) {
    sheet = a.slice(0, bang);
    if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    a = a.slice(bang + 1);
  }
  a = a.replace(/\$/g, '');
  const [p, q = p] = a.split(':');
  const part = (s: string, end: boolean): { row: number; col: number } => {
    if (/^[A-Za-z]{1,3}$/.test(s)) return { row: end ? MAX_ROWS : 1, col: parseA1(`${s}1`).col };
    if (/^\d+$/.test(s)) return { row: Number(s), col: end ? MAX_COLS : 1 };
    return parseA1(s);
  };
  let x: { row: number; col: number };
  let y: { row: number; col: number };
  try {
    x = part(p, false);
    y = part(q, true);
  } catch {
    throw new SimulatedExcelError(SimErrorCodes.invalidArgument, `The argument is invalid or missing or has an incorrect format: '${address}'.`);
  }
  return {
    sheet,
    rect: { top: Math.min(x.row, y.row), left: Math.min(x.col, y.col), bottom: Math.max(x.row, y.row), right: Math.max(x.col, y.col) },
  };
}

export function rectAddress(r: RangeRef): string {
  if (r.top === 1 && r.bottom === MAX_ROWS) return r.left === 1 && r.right === MAX_COLS ? '1:1048576' : `${columnLetter(r.left)}:${columnLetter(r.right)}`;
  const a = toA1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${toA1(r.bottom, r.right)}`;
}

export function intersects(a: RangeRef, b: RangeRef): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Excel's typing coercion for a string written through Range.values. */
export function coerceTyped(s: string): { value: CellValue; formula: string | null } {
  if (s.startsWith("'")) return { value: s.slice(1), formula: null };
  if (s.startsWith('=') && s.length > 1) return { value: null, formula: s };
  const t = s.trim();
  if ((ERROR_CODES as readonly string[]).includes(t.toUpperCase())) return { value: { error: t.toUpperCase() }, formula: null };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true', formula: null };
  const num = /^([+-]?)(\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)(?:[eE]([+-]?\d+))?\s*(%?)$/.exec(t);
  if (num) {
    const n = Number(`${num[1]}${num[2].replace(/,/g, '')}${num[3] ? `e${num[3]}` : ''}`);
    return { value: num[4] ? n / 100 : n, formula: null };
  }
  const date = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2,4})$/.exec(t);
  if (date) {
    const y = Number(date[3]) < 100 ? 2000 + Number(date[3]) : Number(date[3]);
    return { value: Date.UTC(y, Number(date[1]) - 1, Number(date[2])) / 86400000 + 25569, formula: null };
  }
  if (/^[+-]/.test(t) && t.length > 1) return { value: null, formula: `=${t}` };
  return { value: s, formula: null };
}

export function isAddinCf(cf: SimConditionalFormat): boolean {
  return isAddinConditionFormula(cf.formula);
}
