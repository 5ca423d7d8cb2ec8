/**
 * The rule catalogue and the validator (issue #4). CONTRACT STUB: the rules helper replaces the body.
 */
import type { Finding, RuleMeta, RuleSettings } from '../findings';
import type { WorkbookLayout } from '../layout';
import type { WorkbookSnapshot } from '../snapshot';

export const RULE_METAS: RuleMeta[] = [];

export function validateWorkbook(wb: WorkbookSnapshot, layout: WorkbookLayout, settings?: RuleSettings): Finding[] {
  void wb;
  void layout;
  void settings;
  return [];
}
