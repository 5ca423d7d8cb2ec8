/**
 * One recognised sheet, built once from the recogniser's layout, as the rules,
 * the fill and the targets read it: the view, the layout, the columns by role
 * (following a repeated header that reorders them), the plan period's year
 * columns, the parent/child links between rows, the row's unit and name, and
 * each value cell read once (readings.ts: rates in percent points).
 */
import type { ParseNumberOptions } from '../numbers';
import { yearColumns, type ColumnInfo, type RowInfo, type SheetLayout } from '../layout';
import type { SheetView } from '../sheet-view';
import { normalizeVi } from '../text';
import { boundedMemo } from '../memo';
import { classifyUnit, isFlowIndicator, type UnitInfo } from '../units';
import { displayedDecimals } from '../growth';
import { BLANK_READING, formatDecimals, isPercentFormat, numberReading, readCell, type Reading } from './readings';
import { headerBlocks, movedColumns, withoutColumns } from './header-blocks';

export interface RoleColumns {
  all: ColumnInfo[];
  stt?: ColumnInfo;
  name?: ColumnInfo;
  unit?: ColumnInfo;
  /** Plan year columns in year order. */
  planYears: ColumnInfo[];
  /** Actual year columns in year order. */
  actualYears: ColumnInfo[];
  planTotal?: ColumnInfo;
  target2030?: ColumnInfo;
  annualAverage?: ColumnInfo;
  avgGrowth?: ColumnInfo;
  ratioPrevious?: ColumnInfo;
  /** Every column that holds figures or targets. */
  values: ColumnInfo[];
}

const FIGURE_ROLES = new Set(['year', 'planTotal', 'target2030', 'annualAverage', 'avgGrowth', 'ratioPrevious']);

export function roleColumns(columns: ColumnInfo[]): RoleColumns {
  const one = (role: string): ColumnInfo | undefined => columns.find((c) => c.role === role);
  const years = (series: 'plan' | 'actual'): ColumnInfo[] =>
    columns
      .filter((c) => c.role === 'year' && c.year !== undefined && (c.series ?? 'plan') === series)
      .sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  return {
    all: columns,
    stt: one('stt'),
    name: one('name'),
    unit: one('unit'),
    planYears: years('plan'),
    actualYears: years('actual'),
    planTotal: one('planTotal'),
    target2030: one('target2030'),
    annualAverage: one('annualAverage'),
    avgGrowth: one('avgGrowth'),
    ratioPrevious: one('ratioPrevious'),
    // A year column without its year cannot be named in a message or placed in a series: no rule reads it.
    values: columns.filter((c) => FIGURE_ROLES.has(c.role) && (c.role !== 'year' || c.year !== undefined)).sort((a, b) => a.col - b.col),
  };
}

export interface RowUnit {
  text: string;
  /** Folded for matching (normalizeVi). */
  norm: string;
  info: UnitInfo;
  options: ParseNumberOptions;
}

/** Body row kinds that carry an indicator's figures in the figure columns: values and growth rates. */
export function isFigureRow(kind: string): boolean {
  return kind === 'indicator' || kind === 'component' || kind === 'growth';
}

/** Figure rows whose figures are the indicator's own values (amounts, counts, levels), not the growth of another row. */
export function isValueRow(kind: string): boolean {
  return kind === 'indicator' || kind === 'component';
}

/** Plans are 2026-2030; a 2025 column (TH 2025, Ước 2025, Năm 2025) is the end of the previous period, the base year. */
export const FIRST_PLAN_YEAR = 2026;

/** The year columns of the plan period, one per year, in year order, and the base year before it. */
export interface PlanPeriod {
  plan: ColumnInfo[];
  actual: ColumnInfo[];
  /** The year before the period (actual preferred), when the sheet shows it. */
  base: ColumnInfo | undefined;
}

/** Reading kinds as stored in the sheet's grid; 0 means "not read yet". */
export const K_BLANK = 1;
export const K_ERROR = 2;
export const K_NUMBER = 3;
export const K_TARGET = 4;
export const K_TEXT = 5;
function kindCode(kind: Reading['kind']): number {
  if (kind === 'number') return K_NUMBER;
  if (kind === 'text') return K_TEXT;
  if (kind === 'target') return K_TARGET;
  return kind === 'blank' ? K_BLANK : K_ERROR;
}

const F_AS_TEXT = 1;
const F_PERCENT = 2;

/** Above this many cells in the table's span, cells are read on every call instead of cached in a grid. */
export const GRID_LIMIT = { cells: 1 << 21 };

export class SheetModel {
  readonly rows: RowInfo[];
  /** Layout rows by absolute row (the last one listed for a row wins, header rows included). */
  private readonly byRow: Array<RowInfo | undefined>;
  private readonly childrenOf: Array<RowInfo[] | undefined>;
  private readonly componentsOf: Array<RowInfo[] | undefined> = [];
  /** Column sets by the first row they apply to, ascending. */
  private readonly segments: Array<{ from: number; cols: RoleColumns }>;
  private readonly memos = new Map<string, unknown>();
  private readonly unitCache: Array<RowUnit | undefined>;
  // Names by row, read once: every rule that names a row in a message asks again.
  private readonly nameText: Array<string | undefined>;
  private readonly nameNorm: Array<string | undefined>;
  private readonly nameFlow: Array<boolean | undefined>;
  private readonly colsByRow: Array<RoleColumns | undefined>;

  /*
   * Every cell read through the model, read once into a grid over the sheet's rows and
   * the table's columns: kind, value, decimals and flags in typed arrays, so a
   * 2,000-row sheet costs no object per number. Reading objects exist only for
   * texts (shared, see readCell) and for numbers asked for as an object.
   */
  private readonly r0: number;
  private readonly c0: number;
  private readonly h: number;
  private readonly w: number;
  private kinds: Uint8Array | null;
  private nums: Float64Array | null;
  private decs: Int32Array | null;
  private flags: Uint8Array | null;
  private objs: Array<Reading | undefined>;
  private grid: Grid | null;
  /** A grid is to be taken on the first read (false once released, or for a table too large to keep). */
  private gridWanted: boolean;
  private periodCache: PlanPeriod | undefined;
  /** By grid column: the last number format met and what it says (percent, decimals or -1). */
  private readonly lastFormat: Array<string | null | undefined>;
  private readonly lastPercent: Uint8Array;
  private readonly lastDecimals: Int32Array;

  constructor(
    readonly view: SheetView,
    readonly layout: SheetLayout,
  ) {
    const index = indexRows(layout.rows);
    const size = index.byRow.length;
    this.byRow = index.byRow;
    this.rows = index.rows;
    this.unitCache = new Array(size);
    this.nameText = new Array(size);
    this.nameNorm = new Array(size);
    this.nameFlow = new Array(size);
    this.colsByRow = new Array(size);
    this.childrenOf = childLists(this.rows);
    this.segments = columnSegments(layout.columns, this.headers());
    const span = columnSpan(layout.columns);
    this.r0 = view.firstRow;
    this.h = view.lastRow - view.firstRow + 1;
    this.c0 = span.lo;
    this.w = span.w;
    const cells = this.h * this.w;
    // Taken on the first cell read: the fill reads a sheet's cells through its overlay, not the grid.
    this.gridWanted = cells > 0 && cells <= GRID_LIMIT.cells;
    this.grid = this.kinds = this.nums = this.decs = this.flags = null;
    this.objs = [];
    this.lastFormat = new Array(this.w);
    this.lastPercent = new Uint8Array(this.w);
    this.lastDecimals = new Int32Array(this.w);
  }

  /** Hands the grid back for the next sheet; the model still answers after, reading cells on every call. */
  release(): void {
    this.gridWanted = false;
    if (!this.grid) return;
    giveGrid(this.grid);
    this.grid = this.kinds = this.nums = this.decs = this.flags = null;
    this.objs = [];
  }

  /** A value computed once per sheet and shared by the rules and the fill that need it. */
  memo<T>(key: string, make: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const v = make();
    this.memos.set(key, v);
    return v;
  }

  headers(): ReturnType<typeof headerBlocks> {
    return this.memo('headers', () => headerBlocks(this.layout, this.view));
  }

  get sheet(): string {
    return this.layout.name;
  }

  rowInfo(row: number): RowInfo | undefined {
    return this.byRow[row];
  }

  children(row: number): RowInfo[] {
    return this.childrenOf[row] ?? NO_ROWS;
  }

  /** The layout row listed right above a row (blank rows are not listed), header rows included. */
  rowAbove(row: number): RowInfo | undefined {
    const top = this.layout.rows[0]?.row ?? row;
    for (let r = row - 1; r >= top; r--) if (this.byRow[r]) return this.byRow[r];
    return undefined;
  }

  /** The component rows under a row, top to bottom. */
  components(row: number): RowInfo[] {
    let list = this.componentsOf[row];
    if (!list) {
      const all = this.children(row);
      list = all.every((c) => c.kind === 'component') ? all : all.filter((c) => c.kind === 'component');
      this.componentsOf[row] = list;
    }
    return list;
  }

  /**
   * The plan period's year columns (the first header's): from the first year
   * of the period (2026, or the earliest year shown when the sheet shows no
   * later one), one column per year, and the base year before the period.
   */
  get period(): PlanPeriod {
    return (this.periodCache ??= planPeriod(this.layout));
  }

  /**
   * The columns that apply to a row (those of the last header above it). Under
   * a repeated header whose columns moved, the moved columns have no role: the
   * figures below may follow either header, so no rule reads them.
   */
  cols(row: number): RoleColumns {
    const segs = this.segments;
    if (segs.length === 1 || row < segs[1].from) return segs[0].cols;
    // Every rule asks for every row: under many repeated headers, each row is searched once.
    let c = this.colsByRow[row];
    if (!c) {
      c = this.searchCols(row);
      this.colsByRow[row] = c;
    }
    return c;
  }

  private searchCols(row: number): RoleColumns {
    const segs = this.segments;
    // Segments run down the sheet in order: the last one starting at or above the row.
    let lo = 1;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid].from <= row) lo = mid;
      else hi = mid - 1;
    }
    return segs[lo].cols;
  }

  /** The unit as typed in the row (the layout's, else the unit cell's). */
  unit(row: number): RowUnit {
    let u = this.unitCache[row];
    if (!u) {
      const info = this.byRow[row];
      let text = info?.unit;
      if (!text) {
        const unitCol = this.cols(row).unit;
        text = unitCol ? this.view.text(row, unitCol.col) : '';
      }
      u = unitOf(text.trim());
      this.unitCache[row] = u;
    }
    return u;
  }

  /** Index of a cell in the grid; -1 outside the sheet's rows (always blank), -2 outside the grid otherwise. */
  private index(row: number, col: number): number {
    const i = row - this.r0;
    if (i < 0 || i >= this.h) return -1;
    const j = col - this.c0;
    if (!this.kinds && this.gridWanted) this.takeGrid();
    if (j < 0 || j >= this.w || !this.kinds) return col < this.view.firstCol ? -1 : -2;
    const k = i * this.w + j;
    if (this.kinds[k] === 0) this.fill(k, row, col);
    return k;
  }

  private takeGrid(): void {
    const g = takeGrid(this.h * this.w);
    this.grid = g;
    this.kinds = g.kinds;
    this.nums = g.nums;
    this.decs = g.decs;
    this.flags = g.flags;
    this.objs = g.objs;
  }

  private fill(k: number, row: number, col: number): void {
    const v = this.view.value(row, col);
    const kinds = this.kinds!;
    if (typeof v === 'number' && Number.isFinite(v)) {
      // Real numbers, the bulk of a sheet, are stored without a Reading object.
      const format = this.view.numberFormat(row, col);
      // A column keeps its format down the rows: what the format says is looked up when it changes.
      const j = col - this.c0;
      if (format !== this.lastFormat[j]) {
        this.lastFormat[j] = format;
        this.lastPercent[j] = isPercentFormat(format) ? 1 : 0;
        this.lastDecimals[j] = formatDecimals(format);
      }
      const percent = this.lastPercent[j] === 1;
      const value = percent ? v * 100 : v;
      const d = this.lastDecimals[j];
      kinds[k] = K_NUMBER;
      this.nums![k] = value;
      this.decs![k] = d >= 0 ? d : displayedDecimals(value, format);
      this.flags![k] = percent ? F_PERCENT : 0;
      return;
    }
    const r = readCell(v, this.view.numberFormat(row, col), this.unit(row).options);
    kinds[k] = kindCode(r.kind);
    this.objs[k] = r;
    if (r.kind === 'number') {
      this.nums![k] = r.value;
      this.decs![k] = r.decimals;
      this.flags![k] = (r.asText ? F_AS_TEXT : 0) | (r.percent ? F_PERCENT : 0);
    }
  }

  private readOutside(row: number, col: number): Reading {
    return readCell(this.view.value(row, col), this.view.numberFormat(row, col), this.unit(row).options);
  }

  read(row: number, col: number): Reading {
    const k = this.index(row, col);
    if (k === -1) return BLANK_READING;
    if (k === -2) return this.readOutside(row, col);
    let r = this.objs[k];
    if (!r) {
      // Only real numbers have no object yet.
      r = numberReading(this.nums![k], this.decs![k], false, (this.flags![k] & F_PERCENT) !== 0, '');
      this.objs[k] = r;
    }
    return r;
  }

  /** The kind of a cell's reading (K_BLANK...), without making a Reading object. */
  kind(row: number, col: number): number {
    const k = this.index(row, col);
    if (k === -1) return K_BLANK;
    if (k === -2) return kindCode(this.readOutside(row, col).kind);
    return this.kinds![k];
  }

  /** The numeric value of a cell, or null when it holds no plain number. */
  num(row: number, col: number): number | null {
    const k = this.index(row, col);
    if (k === -1) return null;
    if (k === -2) {
      const r = this.readOutside(row, col);
      return r.kind === 'number' ? r.value : null;
    }
    return this.kinds![k] === K_NUMBER ? this.nums![k] : null;
  }

  /** Decimals shown by a number cell (0 for any other cell). */
  dec(row: number, col: number): number {
    const k = this.index(row, col);
    if (k === -1) return 0;
    if (k === -2) {
      const r = this.readOutside(row, col);
      return r.kind === 'number' ? r.decimals : 0;
    }
    return this.kinds![k] === K_NUMBER ? this.decs![k] : 0;
  }

  /** A number stored as text that is not written with "%": what number-as-text rewrites. */
  isPlainTextNumber(row: number, col: number): boolean {
    const k = this.index(row, col);
    if (k === -1) return false;
    if (k === -2) {
      const r = this.readOutside(row, col);
      return r.kind === 'number' && r.asText && !r.percent;
    }
    return this.kinds![k] === K_NUMBER && this.flags![k] === F_AS_TEXT;
  }

  /** The row's name as shown (layout's, else the name cell's). */
  name(row: number): string {
    let text = this.nameText[row];
    if (text === undefined) {
      text = this.byRow[row]?.name;
      if (!text) {
        const c = this.cols(row).name;
        text = c ? this.view.text(row, c.col) : '';
      }
      this.nameText[row] = text;
    }
    return text;
  }

  /** The name folded for keyword matching (normalizeVi). */
  normName(row: number): string {
    let n = this.nameNorm[row];
    if (n === undefined) {
      // normalizeVi keeps its own memo: the same names on many sheets are folded once.
      n = normalizeVi(this.name(row));
      this.nameNorm[row] = n;
    }
    return n;
  }

  /** The row is a flow (money, people, houses...): its 5-year figure is the sum of its years. */
  isFlow(row: number): boolean {
    let f = this.nameFlow[row];
    if (f === undefined) {
      const u = this.unit(row);
      // Only amounts and counts can be flows; a name and unit pair is judged once per workbook.
      f = (u.info.kind === 'money' || u.info.kind === 'count') && flowOf(u.text + '\u0001' + this.name(row));
      this.nameFlow[row] = f;
    }
    return f;
  }
}

const NO_ROWS: RowInfo[] = [];

function planPeriod(layout: SheetLayout): PlanPeriod {
  const plan = yearColumns(layout, 'plan');
  const actual = yearColumns(layout, 'actual');
  const shown = [...plan, ...actual].map((c) => c.year ?? 0).filter((y) => y > 0);
  const later = shown.filter((y) => y >= FIRST_PLAN_YEAR);
  const first = later.length > 0 ? Math.min(...later) : shown.length > 0 ? Math.min(...shown) : FIRST_PLAN_YEAR;
  return {
    plan: oneColumnPerYear(plan.filter((c) => (c.year ?? 0) >= first)),
    actual: oneColumnPerYear(actual.filter((c) => (c.year ?? 0) >= first)),
    base: [...actual, ...plan].find((c) => c.year === first - 1),
  };
}

function oneColumnPerYear(cols: ColumnInfo[]): ColumnInfo[] {
  const seen = new Set<number>();
  return cols.filter((c) => {
    if (c.year === undefined || seen.has(c.year)) return false;
    seen.add(c.year);
    return true;
  });
}

/** Layout rows by absolute row (header rows included) and the body rows. */
function indexRows(given: RowInfo[]): { byRow: Array<RowInfo | undefined>; rows: RowInfo[] } {
  const byRow: Array<RowInfo | undefined> = [];
  const rows: RowInfo[] = [];
  for (const r of given) {
    byRow[r.row] = r;
    if (r.kind !== 'header') rows.push(r);
  }
  return { byRow, rows };
}

/** Column sets by the first row they apply to: the first header's, then one per repeated header. */
function columnSegments(columns: ColumnInfo[], headers: ReturnType<typeof headerBlocks>): Array<{ from: number; cols: RoleColumns }> {
  const segments = [{ from: 0, cols: roleColumns(columns) }];
  const { first, repeated } = headers;
  if (!first) return segments;
  // A table pasted across pages repeats the same header again and again: each distinct one is matched once.
  const byTexts = new Map<string, RoleColumns>();
  for (const block of repeated) {
    const key = [...block.texts].join('\u0001');
    let cols = byTexts.get(key);
    if (!cols) {
      const moved = movedColumns(first, block);
      // A repeated header that matches the first one puts the columns back.
      cols = moved.size > 0 ? roleColumns(withoutColumns(columns, moved)) : segments[0].cols;
      byTexts.set(key, cols);
    }
    segments.push({ from: block.lastRow + 1, cols });
  }
  return segments;
}

/** The table's first column and width. */
function columnSpan(columns: ColumnInfo[]): { lo: number; w: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of columns) {
    if (c.col < lo) lo = c.col;
    if (c.col > hi) hi = c.col;
  }
  return { lo, w: hi >= lo ? hi - lo + 1 : 0 };
}

/** Each parent's children in row order, in lists of their exact length. */
function childLists(rows: RowInfo[]): Array<RowInfo[] | undefined> {
  const count: number[] = [];
  for (const r of rows) if (r.parent !== undefined) count[r.parent] = (count[r.parent] ?? 0) + 1;
  const lists: Array<RowInfo[] | undefined> = [];
  for (const r of rows) {
    if (r.parent === undefined) continue;
    let list = lists[r.parent];
    if (!list) lists[r.parent] = list = new Array(count[r.parent]);
    // count runs down to 0 as the list fills from the front.
    list[list.length - count[r.parent]--] = r;
  }
  return lists;
}

interface Grid {
  kinds: Uint8Array;
  nums: Float64Array;
  decs: Int32Array;
  flags: Uint8Array;
  /** Sized up front, as the typed arrays: cells are read in any order. */
  objs: Array<Reading | undefined>;
}

/**
 * One grid kept from sheet to sheet and from one validation to the next:
 * fresh typed arrays for every sheet cost more in allocation and garbage
 * collection than clearing one. Grids above the limit are not kept.
 */
let spare: Grid | null = null;
const SPARE_LIMIT = 1 << 18;

function takeGrid(cells: number): Grid {
  const g = spare;
  if (g && g.kinds.length >= cells) {
    spare = null;
    g.kinds.fill(0, 0, cells);
    g.objs.fill(undefined, 0, cells);
    return g;
  }
  // Room to grow: the next sheet of the workbook is often a little larger.
  const size = cells <= SPARE_LIMIT ? Math.min(SPARE_LIMIT, Math.max(cells, Math.ceil(cells * 1.25), 4096)) : cells;
  return {
    kinds: new Uint8Array(size),
    nums: new Float64Array(size),
    decs: new Int32Array(size),
    flags: new Uint8Array(size),
    objs: new Array<Reading | undefined>(size),
  };
}

function giveGrid(g: Grid): void {
  if (g.kinds.length > SPARE_LIMIT) return;
  if (!spare || spare.kinds.length < g.kinds.length) spare = g;
}

/** Flow judgements by unit and name: the same template rows come back on every sheet. */
const flowOf = boundedMemo(50000, (unitAndName: string): boolean => {
  const cut = unitAndName.indexOf('\u0001');
  return isFlowIndicator(unitAndName.slice(cut + 1), unitAndName.slice(0, cut));
});

/** Units repeat down a sheet and across sheets: each distinct text is classified once. */
const unitOf = boundedMemo(5000, (text: string): RowUnit => {
  const info = classifyUnit(text);
  return { text, norm: normalizeVi(text), info, options: { integerUnit: info.integer, percentUnit: info.kind === 'percent' } };
});
