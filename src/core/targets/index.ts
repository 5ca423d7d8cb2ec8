/**
 * Targets vs actuals (issue #6): verdicts per indicator and year, live
 * highlighting of missed targets, and tracking columns for plan-only sheets.
 */
export { evaluateWorkbook } from './evaluate';
export type { EvaluateOptions } from './evaluate';
export { planHighlight, planRemoveHighlight, highlightOps } from './highlight';
export type { HighlightOptions } from './highlight';
export { planTracking, TRACKING_HEADER } from './tracking';
export type { TrackingOptions } from './tracking';
export { LEGEND, legendOf } from './legend';
export type { LegendEntry } from './legend';
export { workbookTargetCells, sheetTargetCells, yearPairs } from './cells';
export type { TargetCell } from './cells';
