/**
 * The shape of a rule, ESLint-style: metadata (where it applies, what it can
 * say) and visitors that the engine calls while it walks a recognised sheet
 * once for every rule.
 */
import type { RuleMeta } from '../findings';
import type { RowInfo, SheetLayout } from '../layout';
import type { MessageData } from '../messages';
import type { SheetView } from '../sheet-view';
import type { EditPlan } from '../plan';
import type { SheetModel } from '../model/sheet-model';

export interface ReportInput<MessageIds extends string = string> {
  row: number;
  col: number;
  /** A key of the rule's meta.messages. */
  messageId: MessageIds;
  /** The template's named fields. */
  data?: MessageData;
  expected?: string | number;
  actual?: string | number;
  /** Only from a rule whose meta says fixable: the engine throws otherwise. */
  fix?: EditPlan;
}

export interface RuleContext<MessageIds extends string = string> {
  view: SheetView;
  layout: SheetLayout;
  /** The sheet as the rules see it: columns by role, row links and cached cell readings over view and layout. */
  model: SheetModel;
  /** Adds a finding of this rule: severity, sheet, A1 cell and the rendered messages are filled in. */
  report(input: ReportInput<MessageIds>): void;
}

export interface Rule<MessageIds extends string = string> {
  meta: RuleMeta<MessageIds>;
  /** Called for each row whose kind is in meta.appliesTo.rows, in sheet order. */
  row?(ctx: RuleContext<MessageIds>, row: RowInfo): void;
  /** Called once per sheet, after the rows, for what only the whole sheet shows (numbering runs, repeated headers). */
  sheet?(ctx: RuleContext<MessageIds>): void;
}

/** A rule with its messageIds checked: `ctx.report({ messageId })` must name one of meta.messages. */
export function defineRule<MessageIds extends string>(rule: Rule<MessageIds>): Rule {
  return rule as unknown as Rule;
}
