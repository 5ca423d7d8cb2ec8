/**
 * One sheet as the fill sees it: the snapshot's cells read as numbers the way
 * a spreadsheet would compute with them, overlaid with the results of the
 * formulas this plan has already decided to write, so that later formulas
 * (a total over filled component sums, an average over a filled base) are
 * previewed with the values Excel will show.
 */
import { toA1 } from '../a1';
import { ColumnInfo, RowInfo, SheetLayout, yearColumns } from '../layout';
import { cellNumber, parseViNumber } from '../numbers';
import { isCellError, SheetSnapshot } from '../snapshot';
import { SheetView } from '../sheet-view';
import { classifyUnit, isFlowIndicator, UnitInfo } from '../units';

/** Plans are 2026-2030; a 2025 column (TH 2025, Ước 2025, Năm 2025) is the end of the previous period, the base year. */
export const FIRST_PLAN_YEAR = 2026;

export interface TextNumber {
  row: number;
  col: number;
  text: string;
  value: number;
  decimals: number;
}

export class SheetModel {
  readonly view: SheetView;
  /** Component rows by their parent's row, top to bottom. */
  readonly componentsByParent = new Map<number, RowInfo[]>();
  /** Plan-series year columns of the plan period, in year order. */
  readonly planYears: ColumnInfo[];
  /** Actual-series year columns of the plan period, in year order. */
  readonly actualYears: ColumnInfo[];
  /** The base-year column (the year before the period), actual preferred. */
  readonly baseYear: ColumnInfo | undefined;
  private readonly overrides = new Map<number, number>();
  // Layout rows by sheet row, as arrays from the first layout row (thousands of rows, asked again by every phase).
  private readonly rowBase: number;
  /** The layout row at each sheet row (the last, should two share a row). */
  private readonly rowAtOffset: Array<RowInfo | undefined> = [];
  /** Position in `layout.rows` of the first layout row at each sheet row. */
  private readonly indexAtOffset: Array<number | undefined> = [];
  /** isFlowIndicator of the row at each offset: 0 not yet known, 1 no, 2 yes. */
  private readonly flowAtOffset: Int8Array;
  // Every phase asks the same rows about their unit: answered once per unit text.
  private readonly unitCache = new Map<string, UnitInfo>();
  private readonly parseCache = new Map<string, { integerUnit: boolean; percentUnit: boolean }>();

  constructor(
    readonly sheet: SheetSnapshot,
    readonly layout: SheetLayout,
  ) {
    this.view = SheetView.of(sheet);
    let lo = Infinity;
    let hi = -Infinity;
    for (const r of layout.rows) {
      if (r.row < lo) lo = r.row;
      if (r.row > hi) hi = r.row;
    }
    this.rowBase = lo === Infinity ? 0 : lo;
    this.flowAtOffset = new Int8Array(lo === Infinity ? 0 : hi - lo + 1);
    for (let i = 0; i < layout.rows.length; i++) {
      const r = layout.rows[i];
      const at = r.row - this.rowBase;
      this.rowAtOffset[at] = r;
      if (this.indexAtOffset[at] === undefined) this.indexAtOffset[at] = i;
      if (r.kind !== 'component' || r.parent === undefined) continue;
      const list = this.componentsByParent.get(r.parent);
      if (list) list.push(r);
      else this.componentsByParent.set(r.parent, [r]);
    }
    for (const list of this.componentsByParent.values()) list.sort((a, b) => a.row - b.row);
    const plan = yearColumns(layout, 'plan');
    const actual = yearColumns(layout, 'actual');
    const years = [...plan, ...actual].map((c) => c.year ?? 0).filter((y) => y > 0);
    const laterYears = years.filter((y) => y >= FIRST_PLAN_YEAR);
    const first = laterYears.length > 0 ? Math.min(...laterYears) : years.length > 0 ? Math.min(...years) : FIRST_PLAN_YEAR;
    this.planYears = uniqueYears(plan.filter((c) => (c.year ?? 0) >= first));
    this.actualYears = uniqueYears(actual.filter((c) => (c.year ?? 0) >= first));
    const base = [...actual, ...plan].filter((c) => c.year === first - 1);
    this.baseYear = base[0];
  }

  private key(row: number, col: number): number {
    return row * 16384 + col;
  }

  /** Record what a formula written by this plan will compute. */
  setComputed(row: number, col: number, value: number): void {
    this.overrides.set(this.key(row, col), value);
  }

  hasFormula(row: number, col: number): boolean {
    return this.view.formula(row, col) !== null;
  }

  isEmpty(row: number, col: number): boolean {
    return !this.hasFormula(row, col) && this.view.isEmpty(row, col) && !this.overrides.has(this.key(row, col));
  }

  /** Inside a merged area but not its top-left: not a cell of its own. */
  isCoveredByMerge(row: number, col: number): boolean {
    const m = this.view.merge(row, col);
    return !!m && (m.top !== row || m.left !== col);
  }

  /** The number a formula referring to this cell computes with (after text-stored numbers are made real), or null. */
  num(row: number, col: number): number | null {
    const o = this.overrides.get(this.key(row, col));
    if (o !== undefined) return o;
    const v = this.view.value(row, col);
    if (this.hasFormula(row, col)) return typeof v === 'number' && Number.isFinite(v) ? v : null;
    if (typeof v === 'number') return Number.isFinite(v) ? v : null;
    // Text is computed with only once the plan makes it a real number; "95%" as text is not made one.
    return this.textNumber(row, col)?.value ?? null;
  }

  /** The figure a typed cell shows, "11,72%" and "1083,25" included, or null for text that is no number. */
  typedNumber(row: number, col: number): number | null {
    const v = this.view.value(row, col);
    if (v === null || typeof v === 'boolean' || isCellError(v)) return null;
    const n = cellNumber(v, this.parseOptions(row));
    return n !== null && Number.isFinite(n) ? n : null;
  }

  /** A number typed as text ("1083,25") that formulas can only compute with once it is a real number. */
  textNumber(row: number, col: number): TextNumber | null {
    if (this.hasFormula(row, col) || this.overrides.has(this.key(row, col))) return null;
    const v = this.view.value(row, col);
    if (typeof v !== 'string' || v.trim() === '') return null;
    const p = parseViNumber(v, this.parseOptions(row));
    if (!p || p.percent || !Number.isFinite(p.value)) return null;
    return { row, col, text: v, value: p.value, decimals: p.decimals };
  }

  /** The layout row at a sheet row, if any. */
  rowAt(row: number): RowInfo | undefined {
    const at = row - this.rowBase;
    return at >= 0 && at < this.rowAtOffset.length ? this.rowAtOffset[at] : undefined;
  }

  parseOptions(row: number): { integerUnit: boolean; percentUnit: boolean } {
    const unit = this.rowAt(row)?.unit ?? '';
    let o = this.parseCache.get(unit);
    if (!o) {
      const info = this.unit(unit);
      o = { integerUnit: info.integer, percentUnit: info.kind === 'percent' };
      this.parseCache.set(unit, o);
    }
    return o;
  }

  /** classifyUnit, once per unit text of the sheet. */
  unit(unit: string): UnitInfo {
    let info = this.unitCache.get(unit);
    if (!info) {
      info = classifyUnit(unit);
      this.unitCache.set(unit, info);
    }
    return info;
  }

  /** isFlowIndicator of a layout row, once per row. */
  isFlow(r: RowInfo): boolean {
    const at = r.row - this.rowBase;
    if (this.rowAt(r.row) !== r) return isFlowIndicator(r.name, r.unit);
    let f = this.flowAtOffset[at];
    if (f === 0) {
      f = isFlowIndicator(r.name, r.unit) ? 2 : 1;
      this.flowAtOffset[at] = f;
    }
    return f === 2;
  }

  /** Position of a layout row in `layout.rows`, or -1. */
  indexOfRow(row: number): number {
    const at = row - this.rowBase;
    return (at >= 0 && at < this.indexAtOffset.length ? this.indexAtOffset[at] : undefined) ?? -1;
  }

  a1(row: number, col: number): string {
    return toA1(row, col);
  }
}

function uniqueYears(cols: ColumnInfo[]): ColumnInfo[] {
  const seen = new Set<number>();
  return cols.filter((c) => {
    if (c.year === undefined || seen.has(c.year)) return false;
    seen.add(c.year);
    return true;
  });
}
