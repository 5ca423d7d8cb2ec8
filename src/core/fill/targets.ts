/**
 * The formulas a sheet should carry, found from its layout: component sums,
 * 5-year totals of flows, year-on-year growth rows and average growth. Each
 * phase reads the model as the earlier phases left it, so a total over years
 * that a component sum fills is previewed with the filled values.
 */
import { CellRef, toA1 } from '../a1';
import { averageGrowth, baseFromFirstGrowth, yoyGrowth } from '../growth';
import type { ColumnInfo, RowInfo } from '../layout';
import { growthRowsBySubject, growthSubject } from '../model/growth-subject';
import { isValueRow } from '../model/sheet-model';
import { roleColumnForRow, yearGrowthColumns } from './columns';
import { Convention, detectConvention, factorOf, fromPoints, rateFormula, toPoints } from './convention';
import { MSG } from './messages';
import type { FillOverlay } from './overlay';

export type FillKind = 'componentSum' | 'total' | 'growth' | 'avgGrowth';

export interface Target {
  kind: FillKind;
  row: number;
  col: number;
  /** With its "=", references relative and on the same sheet. */
  formula: string;
  /** Cells the formula reads. */
  deps: CellRef[];
  /** What the formula computes from the model's values. */
  computed: number;
  /** False when the formula is a fallback that cannot say whether a typed figure is wrong. */
  checkable: boolean;
  /** Number format the cell should show when it has none of its own (null: leave General). */
  format: string | null;
  /** Note to put on the cell when the formula is written. */
  note?: string;
  /** The value is a fraction shown with a % format (0,1172 shown as 11,72%). */
  percent?: boolean;
}

/**
 * Receives each target as soon as it is found; deciding it at once (and
 * recording its value in the model) lets the next target of the same phase
 * build on it, as a parent's sum builds on a sub-total.
 */
export interface Sink {
  push(t: Target): void;
}

export const GROWTH_FORMAT = '#,##0.00';
export const PERCENT_FORMAT = '0.00%';

/** `G9:K9` when the cells are one contiguous run, else `G9,H9,J9`. */
function sumArgs(cells: CellRef[]): string {
  const sameRow = cells.every((c) => c.row === cells[0].row);
  const sameCol = cells.every((c) => c.col === cells[0].col);
  const contiguous =
    cells.length > 1 &&
    ((sameRow && cells.every((c, i) => c.col === cells[0].col + i)) || (sameCol && cells.every((c, i) => c.row === cells[0].row + i)));
  if (contiguous) return `${toA1(cells[0].row, cells[0].col)}:${toA1(cells[cells.length - 1].row, cells[cells.length - 1].col)}`;
  return cells.map((c) => toA1(c.row, c.col)).join(',');
}

/** A format that says how a number shows: not General, not Text ("@"). */
function numberFormatOf(sheet: FillOverlay, row: number, col: number): string | null {
  const f = sheet.view.numberFormat(row, col);
  return f && f !== 'General' && f !== '@' ? f : null;
}

function firstFormat(sheet: FillOverlay, cells: CellRef[]): string | null {
  for (const c of cells) {
    const f = numberFormatOf(sheet, c.row, c.col);
    if (f) return f;
  }
  return null;
}

function numbersOf(sheet: FillOverlay, cells: CellRef[]): number[] | null {
  const out: number[] = [];
  for (const c of cells) {
    const v = sheet.value(c.row, c.col);
    if (v === null) return null;
    out.push(v);
  }
  return out;
}

/** Number format for a sum: what its parts show, or the decimals they were typed with when they are text. */
function sumFormat(sheet: FillOverlay, cells: CellRef[]): string | null {
  const f = firstFormat(sheet, cells);
  if (f) return f;
  let decimals = -1;
  for (const c of cells) {
    const t = sheet.textNumber(c.row, c.col);
    if (t) decimals = Math.max(decimals, t.decimals);
  }
  return decimals < 0 ? null : decimalsFormat(decimals);
}

export function decimalsFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

/** Parents of two or more additive components (same flow unit): each year is the SUM of the components. */
export function componentSumTargets(sheet: FillOverlay, out: Sink): void {
  const rows = sheet.model.rows;
  const cols = [...sheet.model.period.plan, ...sheet.model.period.actual, ...(sheet.model.period.base ? [sheet.model.period.base] : [])];
  // Bottom-up, so that a sub-total (1.1 with its own 1.1.1, 1.1.2) is known before its parent adds it.
  const parents = rows.filter((r) => isValueRow(r.kind)).sort((a, b) => b.row - a.row);
  const { model } = sheet;
  for (const p of parents) {
    const comps = model.components(p.row);
    if (comps.length < 2) continue;
    const unit = model.unit(p.row);
    if (!unit.norm || (unit.info.kind !== 'money' && unit.info.kind !== 'count')) continue;
    if (!model.isFlow(p.row)) continue;
    if (!comps.every((c) => model.unit(c.row).norm === unit.norm && model.isFlow(c.row))) continue;
    for (const col of cols) {
      const cells = comps.map((c) => ({ row: c.row, col: col.col }));
      const values = numbersOf(sheet, cells);
      if (!values) continue;
      out.push({
        kind: 'componentSum',
        row: p.row,
        col: col.col,
        formula: `=SUM(${sumArgs(cells)})`,
        deps: cells,
        computed: values.reduce((s, v) => s + v, 0),
        checkable: true,
        format: firstFormat(sheet, [{ row: p.row, col: col.col }, ...cells]) ?? sumFormat(sheet, cells),
      });
    }
  }
}

/** 5-year plan figure of a flow indicator: the SUM of its plan years. */
export function totalTargets(sheet: FillOverlay, out: Sink): void {
  if (sheet.model.period.plan.length < 2) return;
  for (const r of sheet.model.rows) {
    if (!isValueRow(r.kind) || !sheet.model.isFlow(r.row)) continue;
    const col = roleColumnForRow(sheet.model, 'planTotal', r.row);
    if (col === undefined) continue;
    const cells = sheet.model.period.plan.map((y) => ({ row: r.row, col: y.col }));
    const values = numbersOf(sheet, cells);
    if (!values) continue;
    out.push({
      kind: 'total',
      row: r.row,
      col,
      formula: `=SUM(${sumArgs(cells)})`,
      deps: cells,
      computed: values.reduce((s, v) => s + v, 0),
      checkable: true,
      format: sumFormat(sheet, cells),
    });
  }
}

/** The row whose figures a growth row measures, the formulas decided so far counted as figures. */
function valueRowOf(sheet: FillOverlay, growth: RowInfo): RowInfo | null {
  return growthSubject(sheet.model, growth, sheet.isFigure);
}

/** The growth cells of a growth row that can be computed: [cell, previous-year column, growth in points]. */
function growthCandidates(sheet: FillOverlay, valueRow: number): Array<{ cur: ColumnInfo; prev: ColumnInfo; points: number }> {
  const out: Array<{ cur: ColumnInfo; prev: ColumnInfo; points: number }> = [];
  for (const series of [sheet.model.period.plan, sheet.model.period.actual]) {
    series.forEach((cur, i) => {
      const prev = i === 0 ? sheet.model.period.base : series[i - 1];
      if (!prev || prev.year !== (cur.year ?? 0) - 1) return;
      const c = sheet.value(valueRow, cur.col);
      const p = sheet.value(valueRow, prev.col);
      const g = c === null || p === null ? null : yoyGrowth(c, p);
      if (g !== null) out.push({ cur, prev, points: g });
    });
  }
  return out;
}

/** How a growth row writes its rates; decided once, before any of its cells is filled. */
function growthConvention(sheet: FillOverlay, growth: RowInfo, valueRow: number): Convention {
  let c = sheet.conventions.get(growth.row);
  if (c === undefined) {
    const cells = [...sheet.model.period.plan, ...sheet.model.period.actual].map((y) => ({ row: growth.row, col: y.col, points: null as number | null }));
    for (const k of growthCandidates(sheet, valueRow)) {
      const cell = cells.find((x) => x.col === k.cur.col);
      if (cell) cell.points = k.points;
    }
    c = detectConvention(sheet, cells);
    sheet.conventions.set(growth.row, c);
  }
  return c;
}

function rateFormat(sheet: FillOverlay, row: number, col: number, c: Convention): string {
  return numberFormatOf(sheet, row, col) ?? (c === 'fraction' ? PERCENT_FORMAT : GROWTH_FORMAT);
}

/** Year-on-year growth rows, in the sheet's convention: each year after the first, and the first when the base year is shown. */
export function growthTargets(sheet: FillOverlay, out: Sink): void {
  for (const g of sheet.model.rows) {
    if (g.kind !== 'growth') continue;
    const v = valueRowOf(sheet, g);
    if (!v) continue;
    const conv = growthConvention(sheet, g, v.row);
    for (const { cur, prev, points } of growthCandidates(sheet, v.row)) {
      out.push(yoyGrowthTarget(sheet, { row: g.row, col: cur.col }, v.row, cur.col, prev.col, points, conv));
    }
  }
}

/** The year-on-year growth formula written at `at`: the value row's current year over its previous year, in the convention. */
function yoyGrowthTarget(
  sheet: FillOverlay,
  at: { row: number; col: number },
  valueRow: number,
  curCol: number,
  prevCol: number,
  points: number,
  conv: Convention,
): Target {
  return {
    kind: 'growth',
    row: at.row,
    col: at.col,
    formula: `=${rateFormula(`${toA1(valueRow, curCol)}/${toA1(valueRow, prevCol)}`, conv)}`,
    deps: [
      { row: valueRow, col: curCol },
      { row: valueRow, col: prevCol },
    ],
    computed: fromPoints(points, conv),
    checkable: true,
    format: rateFormat(sheet, at.row, at.col, conv),
    percent: conv === 'fraction',
  };
}

/**
 * Growth columns ("Tốc độ tăng 2027 (%)" beside the years) instead of growth
 * rows: each figure row's growth for that year, in the column's convention.
 * Rates (units in %) have no growth of their own.
 */
export function growthColumnTargets(sheet: FillOverlay, out: Sink): void {
  for (const gc of yearGrowthColumns(sheet.model)) {
    const cur = sheet.model.period.plan.find((y) => y.year === gc.growthYear);
    const prev = sheet.model.period.base?.year === gc.growthYear - 1 ? sheet.model.period.base : sheet.model.period.plan.find((y) => y.year === gc.growthYear - 1);
    if (!cur || !prev) continue;
    const found: Array<{ row: RowInfo; points: number }> = [];
    for (const r of sheet.model.rows) {
      if (!isValueRow(r.kind) || sheet.model.unit(r.row).info.kind === 'percent') continue;
      const c = sheet.value(r.row, cur.col);
      const p = sheet.value(r.row, prev.col);
      const g = c === null || p === null ? null : yoyGrowth(c, p);
      if (g !== null) found.push({ row: r, points: g });
    }
    const conv = detectConvention(sheet, found.map((f) => ({ row: f.row.row, col: gc.col, points: f.points })));
    for (const { row: r, points } of found) {
      out.push(yoyGrowthTarget(sheet, { row: r.row, col: gc.col }, r.row, cur.col, prev.col, points, conv));
    }
  }
}

/** Value row → the growth row that measures it (the first, if several do). */
function growthRowsByValueRow(sheet: FillOverlay): Map<number, RowInfo> {
  const out = new Map<number, RowInfo>();
  for (const [row, growths] of growthRowsBySubject(sheet.model, sheet.isFigure)) out.set(row, growths[0]);
  return out;
}

/**
 * Rows where an average growth means something: those with a growth row (or
 * whose parent has one: the sectors of GRDP), and values in money. Rates and
 * yearly quotas (4.000 jobs a year) are not averaged.
 */
function wantsAverage(sheet: FillOverlay, r: RowInfo, growthOf: Map<number, RowInfo>): boolean {
  if (growthOf.has(r.row)) return true;
  if (r.parent !== undefined && growthOf.has(r.parent)) return true;
  const unit = sheet.model.unit(r.row);
  return unit.info.kind === 'money' || (unit.info.kind === 'perUnit' && /dong|usd/.test(unit.norm));
}

/**
 * Geometric average growth over the period, without array formulas, in the
 * cell's convention: from the base-year column; else from the base implied by
 * the first year's growth (Y2025 = Y2026 / (1 + g2026/100), how the seeds'
 * 12,30 and 11,47 are made); else from the first to the last year shown,
 * which a note says.
 */
export function avgGrowthTargets(sheet: FillOverlay, out: Sink): void {
  const years = sheet.model.period.plan;
  if (years.length < 2) return;
  const first = years[0];
  const last = years[years.length - 1];
  const firstYear = first.year ?? 0;
  const lastYear = last.year ?? 0;
  const growthOf = growthRowsByValueRow(sheet);
  for (const r of sheet.model.rows) {
    if (!isValueRow(r.kind)) continue;
    const growth = growthOf.get(r.row);
    if (!wantsAverage(sheet, r, growthOf)) continue;
    const col = roleColumnForRow(sheet.model, 'avgGrowth', r.row);
    if (col === undefined) continue;
    const L = sheet.value(r.row, last.col);
    const F = sheet.value(r.row, first.col);
    if (L === null || !(L > 0)) continue;
    const lastA1 = toA1(r.row, last.col);
    const base = sheet.model.period.base;
    const B = base ? sheet.value(r.row, base.col) : null;
    const g1 = growth && F !== null && F > 0 ? sheet.value(growth.row, first.col) : null;
    let found: { factor: string; deps: CellRef[]; points: number; checkable: boolean; note?: string } | null = null;
    if (base && B !== null && B > 0) {
      const n = lastYear - (base.year ?? 0);
      const a = averageGrowth(B, L, n);
      if (a !== null) found = { factor: `POWER(${lastA1}/${toA1(r.row, base.col)},1/${n})`, deps: [{ row: r.row, col: last.col }, { row: r.row, col: base.col }], points: a, checkable: true };
    } else if (growth && g1 !== null && F !== null) {
      const gConv = growthConvention(sheet, growth, r.row);
      const n = lastYear - firstYear + 1;
      const implied = baseFromFirstGrowth(F, toPoints(g1, gConv));
      const a = implied === null ? null : averageGrowth(implied, L, n);
      if (a !== null) {
        found = {
          factor: `POWER(${lastA1}/(${toA1(r.row, first.col)}/${factorOf(toA1(growth.row, first.col), gConv)}),1/${n})`,
          deps: [{ row: r.row, col: last.col }, { row: r.row, col: first.col }, { row: growth.row, col: first.col }],
          points: a,
          checkable: true,
        };
      }
    }
    if (!found && F !== null && F > 0) {
      const n = lastYear - firstYear;
      const a = averageGrowth(F, L, n);
      if (a !== null) {
        found = {
          factor: `POWER(${lastA1}/${toA1(r.row, first.col)},1/${n})`,
          deps: [{ row: r.row, col: last.col }, { row: r.row, col: first.col }],
          points: a,
          checkable: false,
          note: MSG.fallbackNote(firstYear, lastYear, firstYear - 1),
        };
      }
    }
    if (!found) continue;
    const conv = detectConvention(sheet, [{ row: r.row, col, points: found.points }]);
    out.push({
      kind: 'avgGrowth',
      row: r.row,
      col,
      formula: `=${rateFormula(found.factor, conv)}`,
      deps: found.deps,
      computed: fromPoints(found.points, conv),
      checkable: found.checkable,
      format: rateFormat(sheet, r.row, col, conv),
      percent: conv === 'fraction',
      ...(found.note ? { note: found.note } : {}),
    });
  }
}

/** The phases in dependency order. */
export const PHASES: Array<(sheet: FillOverlay, out: Sink) => void> = [componentSumTargets, totalTargets, growthTargets, growthColumnTargets, avgGrowthTargets];
