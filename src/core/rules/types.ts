/**
 * The shape of a rule, ESLint-style: metadata for the catalogue and the docs,
 * and a check that walks one recognised sheet and reports through its context.
 */
import type { RuleMeta } from '../findings';
import type { SheetLayout } from '../layout';
import type { SheetView } from '../sheet-view';
import type { EditPlan } from '../plan';
import type { SheetModel } from '../model/sheet-model';

export interface ReportInput {
  row: number;
  col: number;
  /** Vietnamese, with the numbers in vi-VN format. */
  message: string;
  messageEn: string;
  expected?: string | number;
  actual?: string | number;
  fix?: EditPlan;
}

export interface RuleContext {
  view: SheetView;
  layout: SheetLayout;
  /** The sheet as the rules see it: columns by role, row links and cached cell readings over view and layout. */
  model: SheetModel;
  /** Adds a finding; rule id, severity, sheet and A1 cell are filled in. */
  report(input: ReportInput): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}
