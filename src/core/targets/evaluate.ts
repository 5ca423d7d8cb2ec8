/** Verdicts for every plan/actual pair of the workbook. */
import { Evaluation, Verdict, VERDICT_LABELS } from '../evaluation';
import type { Direction, WorkbookLayout } from '../layout';
import type { WorkbookSnapshot } from '../snapshot';
import { workbookTargetCells } from './cells';
import { judge } from './verdict';

export interface EvaluateOptions {
  /** Per-indicator direction overrides keyed by `${sheet}!${row}`. */
  directions?: Record<string, Direction>;
  /**
   * Verdicts set by an official, keyed by `${sheet}!${actualCell}` (e.g. "Theo dõi!E9"):
   * they win over the computed one, which the reason still quotes.
   */
  verdicts?: Record<string, Verdict>;
}

export function evaluateWorkbook(wb: WorkbookSnapshot, layout: WorkbookLayout, options: EvaluateOptions = {}): Evaluation[] {
  return workbookTargetCells(wb, layout, options.directions).map((cell) => {
    const judged = judge(cell);
    const set = options.verdicts?.[`${cell.sheet}!${cell.actualCell}`];
    const { verdict, reason } =
      set && set !== judged.verdict ? { verdict: set, reason: `Cán bộ điều chỉnh: ${VERDICT_LABELS[set].vi} (tính được: ${VERDICT_LABELS[judged.verdict].vi}; ${judged.reason})` } : judged;
    return { sheet: cell.sheet, row: cell.row, year: cell.year, planCell: cell.planCell, actualCell: cell.actualCell, verdict, reason };
  });
}
