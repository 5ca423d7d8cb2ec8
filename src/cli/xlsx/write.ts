/**
 * Apply an EditPlan to a copy of a workbook through ExcelJS (issue #2). CONTRACT STUB: the xlsx helper replaces the body.
 */
import type { EditPlan } from '../../core/plan';

/** Read `input`, apply `plan`, write `output`. Never touches `input`. */
export async function applyPlanToFile(input: string, plan: EditPlan, output: string): Promise<void> {
  void plan;
  throw new Error(`not implemented: ${input} → ${output}`);
}
