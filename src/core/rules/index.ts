/**
 * The rule catalogue and the validator (issue #4): every rule runs over every
 * recognised sheet, once, and reports located, explained findings. Rules are
 * switched off or given another severity per workbook through RuleSettings.
 */
import { toA1 } from '../a1';
import { RuleSettingsSchema, type Finding, type RuleMeta, type RuleSettings, type Severity } from '../findings';
import type { SheetLayout, WorkbookLayout } from '../layout';
import { SheetView } from '../sheet-view';
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
import { SheetModel } from '../model/sheet-model';
import { sttDuplicate } from './stt-duplicate';
import { sttGap } from './stt-gap';
import { targetPath } from './target-path';
import { totalMismatch } from './total-mismatch';
import type { Rule, RuleContext } from './types';
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

/** Key of the rule settings in WorkbookSnapshot.settings, used when no settings are passed. */
export const RULE_SETTINGS_KEY = 'ruleSettings';

/** Task tables carry only numbering, names and cells; figure rules have nothing to read there. */
const TASK_SHEET_RULES = new Set(['stt-duplicate', 'stt-gap', 'name-missing', 'error-value', 'header-repeat-mismatch']);

function effectiveSettings(wb: WorkbookSnapshot, settings?: RuleSettings): RuleSettings | undefined {
  if (settings) return settings;
  const raw = wb.settings?.[RULE_SETTINGS_KEY];
  // Nothing stored is the common case: a failed zod parse builds an error object for nothing.
  if (raw === undefined) return undefined;
  const stored = RuleSettingsSchema.safeParse(raw);
  return stored.success ? stored.data : undefined;
}

/** The rules that run and their severity under the workbook's settings, in catalogue order. */
function activeRules(settings: RuleSettings | undefined): ActiveRule[] {
  const active: ActiveRule[] = [];
  for (let i = 0; i < RULES.length; i++) {
    const rule = RULES[i];
    const s = settings?.rules[rule.meta.id];
    if (s === 'off') continue;
    active.push({ rule, severity: s ?? rule.meta.defaultSeverity, order: i });
  }
  return active;
}

interface ActiveRule {
  rule: Rule;
  severity: Severity;
  /** Catalogue position: the last sort key of a finding. */
  order: number;
}

/**
 * The findings of a workbook and, side by side, their sort keys: sheet, row,
 * column and catalogue order (the report's order, with columns compared as
 * numbers, without parsing A1 back or localeCompare, slow on thousands).
 * One report function for the whole workbook reads the current sheet and
 * rule from here: a closure per rule per sheet costs more than the rules on a
 * small sheet.
 */
class FindingList {
  readonly findings: Finding[] = [];
  private readonly keySheet: number[] = [];
  private readonly keyRow: number[] = [];
  private readonly keyCol: number[] = [];
  private readonly keyRule: number[] = [];
  sheet = '';
  sheetKey = 0;
  rule: ActiveRule | null = null;

  readonly report = (f: Parameters<RuleContext['report']>[0]): void => {
    const rule = this.rule!;
    // Every field present, unset ones undefined: findings of one object shape (see newRow in layout.ts).
    const finding: Finding = {
      rule: rule.rule.meta.id,
      severity: rule.severity,
      sheet: this.sheet,
      cell: toA1(f.row, f.col),
      row: f.row,
      message: f.message,
      messageEn: f.messageEn,
      expected: f.expected,
      actual: f.actual,
      fix: f.fix,
    };
    this.findings.push(finding);
    this.keySheet.push(this.sheetKey);
    this.keyRow.push(f.row);
    this.keyCol.push(f.col ?? 0);
    this.keyRule.push(rule.order);
  };

  /** The findings in report order: workbook sheet order, row, column, catalogue order. */
  sorted(): Finding[] {
    const { keySheet, keyRow, keyCol, keyRule, findings } = this;
    const order = findings.map((_, i) => i);
    order.sort((a, b) => keySheet[a] - keySheet[b] || keyRow[a] - keyRow[b] || keyCol[a] - keyCol[b] || keyRule[a] - keyRule[b]);
    return order.map((i) => findings[i]);
  }
}

/**
 * Every active rule over one recognised sheet. Its own function, like the
 * pieces of validateWorkbook: one function holding every loop is optimised
 * whole, at a cost that grows faster than its size.
 */
function validateSheet(
  snapshot: WorkbookSnapshot['sheets'][number],
  sheetLayout: SheetLayout,
  active: ActiveRule[],
  list: FindingList,
): void {
  const model = new SheetModel(SheetView.of(snapshot), sheetLayout);
  const ctx: RuleContext = { view: model.view, layout: sheetLayout, model, report: list.report };
  const tasks = sheetLayout.kind === 'tasks';
  for (const a of active) {
    if (tasks && !TASK_SHEET_RULES.has(a.rule.meta.id)) continue;
    list.rule = a;
    a.rule.check(ctx);
  }
  model.release();
}

export function validateWorkbook(wb: WorkbookSnapshot, layout: WorkbookLayout, settings?: RuleSettings): Finding[] {
  const active = activeRules(effectiveSettings(wb, settings));
  const list = new FindingList();
  for (const sheetLayout of layout.sheets) {
    if (sheetLayout.kind === 'none') continue;
    const index = wb.sheets.findIndex((s) => s.name === sheetLayout.name);
    if (index < 0) continue;
    list.sheet = sheetLayout.name;
    list.sheetKey = index;
    validateSheet(wb.sheets[index], sheetLayout, active, list);
  }
  return list.sorted();
}
