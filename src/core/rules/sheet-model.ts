/**
 * One recognised sheet as the rules read it: the view, the layout, the
 * columns by role (following a repeated header that reorders them), the
 * parent/child links between rows, and each value cell read once.
 */
import type { ParseNumberOptions } from '../numbers';
import type { ColumnInfo, RowInfo, SheetLayout } from '../layout';
import type { SheetView } from '../sheet-view';
import { classifyUnit, type UnitInfo } from '../units';
import { readCell, type Reading } from './cells';
import { headerBlocks, movedColumns, remapColumns } from './header-blocks';

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
    values: columns.filter((c) => FIGURE_ROLES.has(c.role)).sort((a, b) => a.col - b.col),
  };
}

/** Body row kinds that carry an indicator's figures. */
export const FIGURE_ROW_KINDS = new Set(['indicator', 'component', 'growth']);

export class SheetModel {
  readonly rows: RowInfo[];
  private readonly byRow = new Map<number, RowInfo>();
  private readonly childrenOf = new Map<number, RowInfo[]>();
  /** Column sets by the first row they apply to, ascending. */
  private readonly segments: Array<{ from: number; cols: RoleColumns }>;
  private readonly readings = new Map<number, Reading>();
  private readonly unitCache = new Map<number, { text: string; info: UnitInfo; options: ParseNumberOptions }>();

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
    const { first, repeated } = headerBlocks(layout, view);
    if (first) {
      for (const block of repeated) {
        const moved = movedColumns(first, block);
        if (moved.size > 0) this.segments.push({ from: block.lastRow + 1, cols: roleColumns(remapColumns(layout.columns, moved)) });
      }
    }
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

  /** The columns that apply to a row (those of the last header above it). */
  cols(row: number): RoleColumns {
    let cols = this.segments[0].cols;
    for (const s of this.segments) if (s.from <= row) cols = s.cols;
    return cols;
  }

  /** The unit as typed in the row (the layout's, else the unit cell's). */
  unit(row: number): { text: string; info: UnitInfo; options: ParseNumberOptions } {
    let u = this.unitCache.get(row);
    if (!u) {
      const info = this.byRow.get(row);
      const unitCol = this.cols(row).unit;
      const text = (info?.unit || (unitCol ? this.view.text(row, unitCol.col) : '')).trim();
      const ui = classifyUnit(text);
      u = { text, info: ui, options: { integerUnit: ui.integer, percentUnit: ui.kind === 'percent' } };
      this.unitCache.set(row, u);
    }
    return u;
  }

  read(row: number, col: number): Reading {
    const key = row * 16384 + col;
    let r = this.readings.get(key);
    if (!r) {
      r = readCell(this.view.value(row, col), this.view.numberFormat(row, col), this.unit(row).options);
      this.readings.set(key, r);
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
    const info = this.byRow.get(row);
    if (info?.name) return info.name;
    const c = this.cols(row).name;
    return c ? this.view.text(row, c.col) : '';
  }
}
