/**
 * The standard summary sheet "Tổng hợp" (issue #7). CONTRACT STUB: the summary helper replaces the body.
 */
import type { Evaluation } from '../evaluation';
import type { Finding } from '../findings';
import type { WorkbookLayout } from '../layout';
import { emptyPlan, EditPlan } from '../plan';
import type { WorkbookSnapshot } from '../snapshot';

export interface SummaryContext {
  findings: Finding[];
  evaluations: Evaluation[];
  /** ISO date (yyyy-mm-dd) printed in the title; passed in so the core stays deterministic. */
  date: string;
}

export function planSummary(wb: WorkbookSnapshot, layout: WorkbookLayout, ctx: SummaryContext): EditPlan {
  void wb;
  void layout;
  void ctx;
  return emptyPlan('summary');
}
