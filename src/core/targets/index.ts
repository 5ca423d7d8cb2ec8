/**
 * Targets vs actuals (issue #6). CONTRACT STUB: the targets helper replaces the bodies.
 */
import type { Evaluation } from '../evaluation';
import type { Direction, WorkbookLayout } from '../layout';
import { emptyPlan, EditPlan } from '../plan';
import type { WorkbookSnapshot } from '../snapshot';

export interface EvaluateOptions {
  /** Per-indicator direction overrides keyed by `${sheet}!${row}`. */
  directions?: Record<string, Direction>;
}

export function evaluateWorkbook(wb: WorkbookSnapshot, layout: WorkbookLayout, options: EvaluateOptions = {}): Evaluation[] {
  void wb;
  void layout;
  void options;
  return [];
}

export interface HighlightOptions {
  /** Also colour met/exceeded cells (quieter fills). Default true. */
  quiet?: boolean;
}

export function planHighlight(wb: WorkbookSnapshot, layout: WorkbookLayout, options: HighlightOptions = {}): EditPlan {
  void wb;
  void layout;
  void options;
  return emptyPlan('highlight');
}
