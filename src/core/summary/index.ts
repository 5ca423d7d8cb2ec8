/**
 * The standard summary sheet "Tổng hợp" (issue #7): see docs/summary.md.
 */
import type { Evaluation } from '../evaluation';
import type { Finding } from '../findings';
import type { WorkbookLayout } from '../layout';
import type { EditPlan } from '../plan';
import type { WorkbookSnapshot } from '../snapshot';
import { buildSummaryModel } from './model';
import { summarySheetPlan } from './sheet';

export { buildSummaryModel, indicatorVerdictCounts } from './model';
export type { SummaryIndicatorRow, SummaryModel, SummaryTaskRow, SourceCell } from './model';
export { DIRECTION_LABEL, isRateUnit, SUMMARY_FOOTER, SUMMARY_HEADER_ROW, SUMMARY_MARKER, SUMMARY_TITLE, summaryColumns, summarySheetName, viDate } from './sheet';
export { fitSummaryColumns, NUMBER_FORMATS } from './columns';
export type { SummaryColumn } from './columns';
export { inferDomain, orderSections } from './sections';
export { LEGEND_TEXT } from './blocks';
export type { CellStyle } from './blocks';
export { STANDARD_SECTIONS, standardSection } from './sections';

export interface SummaryContext {
  findings: Finding[];
  evaluations: Evaluation[];
  /** ISO date (yyyy-mm-dd) printed in the title; passed in so the core stays deterministic. */
  date: string;
  /** The issuing body, when the title rows do not name it (`--unit`, the task pane's unit setting). */
  unit?: string;
}

export function planSummary(wb: WorkbookSnapshot, layout: WorkbookLayout, ctx: SummaryContext): EditPlan {
  const model = buildSummaryModel(wb, layout, ctx.findings, ctx.evaluations);
  return summarySheetPlan(wb, model, { date: ctx.date, unit: ctx.unit });
}
