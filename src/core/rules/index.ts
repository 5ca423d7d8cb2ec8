/**
 * The rule catalogue and the validator (issue #4): every rule runs over the
 * recognised sheets its meta says it applies to, and reports located,
 * explained findings. Rules are switched off or given another severity per
 * workbook through RuleSettings.
 */
import type { Language } from '../messages';
import type { Finding, RuleMeta, RuleSettings } from '../findings';
import type { WorkbookLayout } from '../layout';
import type { WorkbookSnapshot } from '../snapshot';
import { avgGrowthMismatch } from './avg-growth-mismatch';
import { componentsMismatch } from './components-mismatch';
import { errorValue } from './error-value';
import { formulaRange } from './formula-range';
import { growthMismatch } from './growth-mismatch';
import { headerRepeatMismatch } from './header-repeat-mismatch';
import { nameMissing } from './name-missing';
import { numberAsText } from './number-as-text';
import { percentOutOfRange } from './percent-out-of-range';
import { sttDuplicate } from './stt-duplicate';
import { sttGap } from './stt-gap';
import { targetPath } from './target-path';
import { totalMismatch } from './total-mismatch';
import { RULE_SETTINGS_KEY, runRules } from './engine';
import type { Rule } from './types';
import { unitInvalid } from './unit-invalid';
import { unitMissing } from './unit-missing';
import { valueUnparseable } from './value-unparseable';
import { valuesMissing } from './values-missing';

export type { Rule, RuleContext, ReportInput } from './types';

/** The catalogue, in the order of the table (and of docs/rules.md). */
export const RULES: Rule[] = [
  sttDuplicate,
  sttGap,
  nameMissing,
  unitMissing,
  unitInvalid,
  numberAsText,
  valueUnparseable,
  percentOutOfRange,
  totalMismatch,
  componentsMismatch,
  growthMismatch,
  avgGrowthMismatch,
  targetPath,
  formulaRange,
  errorValue,
  valuesMissing,
  headerRepeatMismatch,
];

export const RULE_METAS: RuleMeta[] = RULES.map((r) => r.meta);

const TITLES = new Map(RULE_METAS.map((m) => [m.id, m.title]));

/** A rule's title in the reader's language; the id itself for a rule the catalogue does not have. */
export function ruleTitle(id: string, lang: Language): string {
  return TITLES.get(id)?.[lang] ?? id;
}

export { RULE_SETTINGS_KEY };

/** Every active rule of the catalogue over every recognised sheet it applies to, findings in report order. */
export function validateWorkbook(wb: WorkbookSnapshot, layout: WorkbookLayout, settings?: RuleSettings): Finding[] {
  return runRules(RULES, wb, layout, settings);
}
