/**
 * The plan/actual cell pairs of a recognised sheet: per indicator or component
 * row and per year that has both a plan (KH) and an actual (TH) column, whether
 * they stand in KH/TH pairs under each year or in a KH block then a TH block.
 */
import { toA1 } from '../a1';
import type { Direction, SheetLayout, WorkbookLayout } from '../layout';
import { yearColumns } from '../layout';
import { SheetView } from '../sheet-view';
import { CellValue, isCellError, WorkbookSnapshot } from '../snapshot';
import { parseTarget, TargetSpec } from '../target';
import { isValueRow } from '../model/sheet-model';
import { isPercentFormat } from '../model/readings';
import { Criterion, criterionOf, decimalsOf } from './criterion';

export interface TargetCell {
  sheet: string;
  row: number;
  year: number;
  planCol: number;
  actualCol: number;
  planCell: string;
  actualCell: string;
  plan: CellValue;
  actual: CellValue;
  unit: string;
  /** null when the plan cell holds an error. */
  spec: TargetSpec | null;
  direction: Direction;
  criterion: Criterion;
  /** The plan cell holds a real number: formulas compare with the cell itself so editing the plan re-colours too. */
  planIsNumber: boolean;
  /** Formatted as a percentage (0.88 shown as 88%): scale by 100 to compare with targets written in points. */
  planPercentFormat: boolean;
  actualPercentFormat: boolean;
}


function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

export function specOfPlan(plan: CellValue): TargetSpec | null {
  if (isCellError(plan)) return null;
  if (typeof plan === 'number') return { kind: 'number', value: plan, text: String(plan), decimals: decimalsOf(plan) };
  if (typeof plan === 'boolean') return { kind: 'text', text: String(plan) };
  return parseTarget(plan);
}

/** (planCol, actualCol) per year present in both series, first column of each. */
export function yearPairs(layout: SheetLayout): { year: number; planCol: number; actualCol: number }[] {
  const plans = new Map<number, number>();
  for (const c of yearColumns(layout, 'plan')) if (c.year !== undefined && !plans.has(c.year)) plans.set(c.year, c.col);
  const actuals = new Map<number, number>();
  for (const c of yearColumns(layout, 'actual')) if (c.year !== undefined && !actuals.has(c.year)) actuals.set(c.year, c.col);
  const out: { year: number; planCol: number; actualCol: number }[] = [];
  for (const [year, planCol] of plans) {
    const actualCol = actuals.get(year);
    if (actualCol !== undefined) out.push({ year, planCol, actualCol });
  }
  return out.sort((a, b) => a.year - b.year);
}

export type DirectionOverrides = Record<string, Direction>;

export function sheetTargetCells(view: SheetView, layout: SheetLayout, directions: DirectionOverrides = {}): TargetCell[] {
  const pairs = yearPairs(layout);
  if (layout.kind !== 'indicators' || pairs.length === 0) return [];
  const out: TargetCell[] = [];
  for (const r of layout.rows) {
    // Value rows carry targets of their own; growth rows are rates of another row.
    if (!isValueRow(r.kind)) continue;
    const direction: Direction = directions[`${layout.name}!${r.row}`] ?? r.direction ?? 'up';
    for (const p of pairs) {
      const plan = view.value(r.row, p.planCol);
      // No target typed for that year: nothing to judge.
      if (isBlank(plan)) continue;
      const spec = specOfPlan(plan);
      out.push({
        sheet: layout.name,
        row: r.row,
        year: p.year,
        planCol: p.planCol,
        actualCol: p.actualCol,
        planCell: toA1(r.row, p.planCol),
        actualCell: toA1(r.row, p.actualCol),
        plan,
        actual: view.value(r.row, p.actualCol),
        unit: r.unit,
        spec,
        direction,
        criterion: spec ? criterionOf(spec, direction) : { type: 'unknown', why: 'ô kế hoạch có lỗi' },
        planIsNumber: typeof plan === 'number',
        planPercentFormat: isPercentFormat(view.numberFormat(r.row, p.planCol)),
        actualPercentFormat: isPercentFormat(view.numberFormat(r.row, p.actualCol)),
      });
    }
  }
  return out;
}

export function workbookTargetCells(wb: WorkbookSnapshot, layout: WorkbookLayout, directions: DirectionOverrides = {}): TargetCell[] {
  const out: TargetCell[] = [];
  for (const sl of layout.sheets) {
    const sheet = wb.sheets.find((s) => s.name === sl.name);
    if (!sheet) continue;
    out.push(...sheetTargetCells(SheetView.of(sheet), sl, directions));
  }
  return out;
}
