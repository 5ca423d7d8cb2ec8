/**
 * One recognised sheet as the rules read it: the view, the layout, the
 * columns by role (following a repeated header that reorders them), the
 * parent/child links between rows, and each value cell read once.
 */
import type { ParseNumberOptions } from '../numbers';
import type { ColumnInfo, RowInfo, SheetLayout } from '../layout';
import type { SheetView } from '../sheet-view';
import { normalizeVi } from '../text';
import { classifyUnit, isFlowIndicator, type UnitInfo } from '../units';
import { readCell, type Reading } from './cells';
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
    columns.filter((c) => c.role === 'year' && c.year !== undefined && (c.series ?? 'plan') === series).sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
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

/** Body row kinds that carry an indicator's figures. */
export const FIGURE_ROW_KINDS = new Set(['indicator', 'component', 'growth']);

export class SheetModel {
  readonly rows: RowInfo[];
  private readonly byRow = new Map<number, RowInfo>();
  private readonly childrenOf = new Map<number, RowInfo[]>();
  /** Column sets by the first row they apply to, ascending. */
  private readonly segments: Array<{ from: number; cols: RoleColumns }>;
  /** Readings by row then column offset: arrays beat a map of 400k keys on a 2,000-row sheet. */
  private readonly readings: Array<Array<Reading | undefined> | undefined> = [];
  private readonly unitCache = new Map<number, RowUnit>();
  private readonly memos = new Map<string, unknown>();
  private readonly nameCache = new Map<number, { text: string; norm?: string; flow?: boolean }>();

  constructor(
    readonly view: SheetView,
    readonly layout: SheetLayout,
  ) {
    this.rows = layout.rows.filter((r) => r.kind !== 'header');
    for (const r of layout.rows) this.byRow.set(r.row, r);
    for (const r of this.rows) {
      if (r.parent === undefined) continue;
      const list = this.childrenOf.get(r.parent);
      if (list) list.push(r);
      else this.childrenOf.set(r.parent, [r]);
    }
    this.segments = [{ from: 0, cols: roleColumns(layout.columns) }];
    const { first, repeated } = this.headers();
    if (first) {
      for (const block of repeated) {
        const moved = movedColumns(first, block);
        // Every repeated header starts a segment: one that matches the first header puts the columns back.
        this.segments.push({ from: block.lastRow + 1, cols: moved.size > 0 ? roleColumns(withoutColumns(layout.columns, moved)) : this.segments[0].cols });
      }
    }
  }

  /** A value computed once per sheet and shared by the rules that need it. */
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
    return this.byRow.get(row);
  }

  children(row: number): RowInfo[] {
    return this.childrenOf.get(row) ?? [];
  }

  /**
   * The columns that apply to a row (those of the last header above it). Under
   * a repeated header whose columns moved, the moved columns have no role: the
   * figures below may follow either header, so no rule reads them.
   */
  cols(row: number): RoleColumns {
    const segs = this.segments;
    if (segs.length === 1 || row < segs[1].from) return segs[0].cols;
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
    let u = this.unitCache.get(row);
    if (!u) {
      const info = this.byRow.get(row);
      const unitCol = this.cols(row).unit;
      u = unitOf((info?.unit || (unitCol ? this.view.text(row, unitCol.col) : '')).trim());
      this.unitCache.set(row, u);
    }
    return u;
  }

  read(row: number, col: number): Reading {
    const i = row - this.view.firstRow;
    const j = col - this.view.firstCol;
    if (i < 0 || j < 0) return BLANK;
    let line = this.readings[i];
    if (!line) {
      line = [];
      this.readings[i] = line;
    }
    let r = line[j];
    if (!r) {
      r = readCell(this.view.value(row, col), this.view.numberFormat(row, col), this.unit(row).options);
      line[j] = r;
    }
    return r;
  }

  /** The numeric value of a cell, or null when it holds no plain number. */
  num(row: number, col: number): number | null {
    const r = this.read(row, col);
    return r.kind === 'number' ? r.value : null;
  }

  /** The row's name as shown (layout's, else the name cell's). */
  name(row: number): string {
    return this.nameOf(row).text;
  }

  /** The name folded for keyword matching (normalizeVi). */
  normName(row: number): string {
    const n = this.nameOf(row);
    if (n.norm === undefined) n.norm = foldName(n.text);
    return n.norm;
  }

  /** The row is a flow (money, people, houses...): its 5-year figure is the sum of its years. */
  isFlow(row: number): boolean {
    const n = this.nameOf(row);
    if (n.flow === undefined) {
      const u = this.unit(row);
      // Only amounts and counts can be flows; a name and unit pair is judged once per workbook.
      n.flow = (u.info.kind === 'money' || u.info.kind === 'count') && flowOf(n.text, u.text);
    }
    return n.flow;
  }

  private nameOf(row: number): { text: string; norm?: string; flow?: boolean } {
    let n = this.nameCache.get(row);
    if (!n) {
      const info = this.byRow.get(row);
      const c = this.cols(row).name;
      n = { text: info?.name || (c ? this.view.text(row, c.col) : '') };
      this.nameCache.set(row, n);
    }
    return n;
  }
}

const BLANK: Reading = { kind: 'blank' };

/** The sheets of one workbook often list the same indicators (a sheet per year or per ward): each name is folded once. */
const foldedNames = new Map<string, string>();

function foldName(text: string): string {
  let n = foldedNames.get(text);
  if (n === undefined) {
    n = normalizeVi(text);
    if (foldedNames.size > 50000) foldedNames.clear();
    foldedNames.set(text, n);
  }
  return n;
}

const flows = new Map<string, boolean>();

function flowOf(name: string, unit: string): boolean {
  const key = unit + '\u0000' + name;
  let f = flows.get(key);
  if (f === undefined) {
    f = isFlowIndicator(name, unit);
    if (flows.size > 50000) flows.clear();
    flows.set(key, f);
  }
  return f;
}

/** Units repeat down a sheet and across sheets: each distinct text is classified once. */
const unitTexts = new Map<string, RowUnit>();

function unitOf(text: string): RowUnit {
  let u = unitTexts.get(text);
  if (!u) {
    const info = classifyUnit(text);
    u = { text, norm: normalizeVi(text), info, options: { integerUnit: info.integer, percentUnit: info.kind === 'percent' } };
    if (unitTexts.size > 5000) unitTexts.clear();
    unitTexts.set(text, u);
  }
  return u;
}
