/**
 * The rule catalogue and the validator (issue #4): every rule runs over every
 * recognised sheet, once, and reports located, explained findings. Rules are
 * switched off or given another severity per workbook through RuleSettings.
 */
import { toA1 } from '../a1';
import { RuleSettingsSchema, type Finding, type RuleMeta, type RuleSettings, type Severity } from '../findings';
import type { WorkbookLayout } from '../layout';
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
import { SheetModel } from './sheet-model';
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

export function validateWorkbook(wb: WorkbookSnapshot, layout: WorkbookLayout, settings?: RuleSettings): Finding[] {
  const chosen = effectiveSettings(wb, settings);
  const active: Array<{ rule: Rule; severity: Severity }> = [];
  for (const rule of RULES) {
    const s = chosen?.rules[rule.meta.id];
    if (s === 'off') continue;
    active.push({ rule, severity: s ?? rule.meta.defaultSeverity });
  }
  const sheetOrder = new Map(wb.sheets.map((s, i) => [s.name, i]));
  const ruleOrder = new Map(RULES.map((r, i) => [r.meta.id, i]));
  const findings: Finding[] = [];
  // Sort keys of each finding, side by side: sheet, row, column and catalogue order (the report's
  // order, with columns compared as numbers, without parsing A1 back or localeCompare, slow on thousands).
  const keySheet: number[] = [];
  const keyRow: number[] = [];
  const keyCol: number[] = [];
  const keyRule: number[] = [];
  // One report function for the whole workbook, reading the current sheet and rule from here:
  // a closure per rule per sheet costs more than the rules on a small sheet.
  let curRule = '';
  let curSeverity: Severity = 'error';
  let curSheet = '';
  let sheetKey = 0;
  let ruleKey = 0;
  const report = (f: Parameters<RuleContext['report']>[0]): void => {
    const finding: Finding = {
      rule: curRule,
      severity: curSeverity,
      sheet: curSheet,
      cell: toA1(f.row, f.col),
      row: f.row,
      message: f.message,
      messageEn: f.messageEn,
    };
    if (f.expected !== undefined) finding.expected = f.expected;
    if (f.actual !== undefined) finding.actual = f.actual;
    if (f.fix) finding.fix = f.fix;
    findings.push(finding);
    keySheet.push(sheetKey);
    keyRow.push(f.row);
    keyCol.push(f.col ?? 0);
    keyRule.push(ruleKey);
  };
  for (const sheetLayout of layout.sheets) {
    if (sheetLayout.kind === 'none') continue;
    const snapshot = wb.sheets.find((s) => s.name === sheetLayout.name);
    if (!snapshot) continue;
    const model = new SheetModel(SheetView.of(snapshot), sheetLayout);
    curSheet = sheetLayout.name;
    sheetKey = sheetOrder.get(sheetLayout.name) ?? 0;
    const ctx: RuleContext = { view: model.view, layout: sheetLayout, model, report };
    for (const { rule, severity } of active) {
      if (sheetLayout.kind === 'tasks' && !TASK_SHEET_RULES.has(rule.meta.id)) continue;
      curRule = rule.meta.id;
      curSeverity = severity;
      ruleKey = ruleOrder.get(rule.meta.id) ?? 0;
      rule.check(ctx);
    }
    model.release();
  }
  const order = findings.map((_, i) => i);
  order.sort((a, b) => keySheet[a] - keySheet[b] || keyRow[a] - keyRow[b] || keyCol[a] - keyCol[b] || keyRule[a] - keyRule[b]);
  return order.map((i) => findings[i]);
}
