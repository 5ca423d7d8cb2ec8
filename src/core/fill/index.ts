/**
 * Growth formulas, averages, totals (issue #5). CONTRACT STUB: the fill helper replaces the bodies.
 */
import type { WorkbookLayout } from '../layout';
import { emptyPlan, EditPlan } from '../plan';
import type { WorkbookSnapshot } from '../snapshot';

export interface FillOptions {
  /** Convert typed values that equal the formula's result (within displayed precision) to the formula. */
  convertEqual?: boolean;
  /** Replace typed values that differ: "all", or a list of "Sheet!A1" cells. Default: none. */
  replace?: 'all' | string[];
}

export interface FillCell {
  sheet: string;
  cell: string;
  formula: string;
  /** What the formula computes from the snapshot's values, when it can be computed. */
  computed?: number;
  typed?: string | number | null;
  /** Vietnamese reason, for "leave". */
  reason?: string;
}

export interface FillResult {
  plan: EditPlan;
  preview: { fill: FillCell[]; convert: FillCell[]; leave: FillCell[] };
}

export function planFill(wb: WorkbookSnapshot, layout: WorkbookLayout, options: FillOptions = {}): FillResult {
  void wb;
  void layout;
  void options;
  return { plan: emptyPlan('fill'), preview: { fill: [], convert: [], leave: [] } };
}
