/** Verdicts for every plan/actual pair of the workbook. */
import type { Evaluation } from '../evaluation';
import type { Direction, WorkbookLayout } from '../layout';
import type { WorkbookSnapshot } from '../snapshot';
import { workbookTargetCells } from './cells';
import { judge } from './verdict';

export interface EvaluateOptions {
  /** Per-indicator direction overrides keyed by `${sheet}!${row}`. */
  directions?: Record<string, Direction>;
}

export function evaluateWorkbook(wb: WorkbookSnapshot, layout: WorkbookLayout, options: EvaluateOptions = {}): Evaluation[] {
  return workbookTargetCells(wb, layout, options.directions).map((cell) => {
    const { verdict, reason } = judge(cell);
    return { sheet: cell.sheet, row: cell.row, year: cell.year, planCell: cell.planCell, actualCell: cell.actualCell, verdict, reason };
  });
}
