/**
 * The rule engine: walks each recognised sheet once to sort its rows by kind,
 * hands each rule the rows of the kinds its meta.appliesTo names, then lets
 * the whole-sheet rules look, and collects the findings in report order. Each rule reports through
 * its own context (ESLint's FileContext.extend), which knows the rule: a rule
 * can only report its own messages, and only offer a fix when it says so.
 */
import { toA1 } from '../a1';
import { RuleSettingsSchema, type Finding, type RuleSettings, type Severity } from '../findings';
import type { RowInfo, SheetLayout, WorkbookLayout } from '../layout';
import { renderMessage } from '../messages';
import { SheetView } from '../sheet-view';
import type { WorkbookSnapshot } from '../snapshot';
import { SheetModel } from '../model/sheet-model';
import type { ReportInput, Rule, RuleContext } from './types';

/** Key of the rule settings in WorkbookSnapshot.settings, used when no settings are passed. */
export const RULE_SETTINGS_KEY = 'ruleSettings';

interface ActiveRule {
  rule: Rule;
  severity: Severity;
  /** Catalogue position: the last sort key of a finding. */
  order: number;
}

/** An applying rule with its context for the current sheet. */
interface Visit {
  rule: Rule;
  ctx: RuleContext;
  /** The sheet's rows of the kinds in the rule's appliesTo.rows, in sheet order (shared by rules naming the same kinds). */
  rows: RowInfo[];
}

function effectiveSettings(wb: WorkbookSnapshot, settings?: RuleSettings): RuleSettings | undefined {
  if (settings) return settings;
  const raw = wb.settings?.[RULE_SETTINGS_KEY];
  // Nothing stored is the common case: a failed zod parse builds an error object for nothing.
  if (raw === undefined) return undefined;
  const stored = RuleSettingsSchema.safeParse(raw);
  return stored.success ? stored.data : undefined;
}

const checked = new WeakSet<Rule>();

/** A rule whose meta and visitors disagree would run nowhere or everywhere: refuse it before it runs. */
export function assertRuleShape(rule: Rule): void {
  if (checked.has(rule)) return;
  const { id, appliesTo, messages } = rule.meta;
  if (!rule.row && !rule.sheet) throw new Error(`Rule ${id} has neither a row nor a sheet visitor`);
  if (rule.row && appliesTo.rows.length === 0) throw new Error(`Rule ${id} has a row visitor but appliesTo.rows is empty`);
  if (!rule.row && appliesTo.rows.length > 0) throw new Error(`Rule ${id} lists row kinds in appliesTo but has no row visitor`);
  if (appliesTo.sheets.length === 0) throw new Error(`Rule ${id} applies to no sheet kind`);
  if (Object.keys(messages).length === 0) throw new Error(`Rule ${id} has no messages`);
  checked.add(rule);
}

/** The rules that run and their severity under the workbook's settings, in catalogue order. */
function activeRules(rules: readonly Rule[], settings: RuleSettings | undefined): ActiveRule[] {
  const active: ActiveRule[] = [];
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    assertRuleShape(rule);
    const s = settings?.rules[rule.meta.id];
    if (s === 'off') continue;
    active.push({ rule, severity: s ?? rule.meta.defaultSeverity, order: i });
  }
  return active;
}

/**
 * The findings of a workbook and, side by side, their sort keys: sheet, row,
 * column and catalogue order (the report's order, with columns compared as
 * numbers, without parsing A1 back or localeCompare, slow on thousands).
 */
class FindingList {
  readonly findings: Finding[] = [];
  private readonly keySheet: number[] = [];
  private readonly keyRow: number[] = [];
  private readonly keyCol: number[] = [];
  private readonly keyRule: number[] = [];

  add(a: ActiveRule, sheet: string, sheetKey: number, f: ReportInput): void {
    const meta = a.rule.meta;
    const message = meta.messages[f.messageId];
    if (!message) throw new Error(`Rule ${meta.id} reported an unknown messageId "${f.messageId}"`);
    if (f.fix && !meta.fixable) throw new Error(`Rule ${meta.id} offered a fix but its meta says fixable: false`);
    const data = f.data ?? {};
    // Every field present, unset ones undefined: findings of one object shape (see newRow in layout.ts).
    const finding: Finding = {
      rule: meta.id,
      severity: a.severity,
      sheet,
      cell: toA1(f.row, f.col),
      row: f.row,
      message: renderMessage(message.vi, data, 'vi'),
      messageEn: renderMessage(message.en, data, 'en'),
      messageId: f.messageId,
      data,
      expected: f.expected,
      actual: f.actual,
      fix: f.fix,
    };
    this.findings.push(finding);
    this.keySheet.push(sheetKey);
    this.keyRow.push(f.row);
    this.keyCol.push(f.col ?? 0);
    this.keyRule.push(a.order);
  }

  /** The findings in report order: workbook sheet order, row, column, catalogue order. */
  sorted(): Finding[] {
    const { keySheet, keyRow, keyCol, keyRule, findings } = this;
    const order = findings.map((_, i) => i);
    order.sort((a, b) => keySheet[a] - keySheet[b] || keyRow[a] - keyRow[b] || keyCol[a] - keyCol[b] || keyRule[a] - keyRule[b]);
    return order.map((i) => findings[i]);
  }
}

/**
 * One rule's view of the sheet: the sheet's model with a report that knows
 * the rule, its own frozen object (ESLint's FileContext.extend gives each rule
 * its own context the same way), so no rule can change what another sees.
 */
function ruleContext(base: Omit<RuleContext, 'report'>, a: ActiveRule, list: FindingList, sheetKey: number): RuleContext {
  const sheet = base.layout.name;
  return Object.freeze({ view: base.view, layout: base.layout, model: base.model, report: (input: ReportInput) => list.add(a, sheet, sheetKey, input) });
}

/**
 * The one walk over the sheet's rows: each row goes into the list of every
 * set of row kinds that names its kind (the sets the applying rules ask for).
 */
function sortRows(rows: readonly RowInfo[], listsOfKind: Map<string, RowInfo[][]>): void {
  for (let i = 0; i < rows.length; i++) {
    const lists = listsOfKind.get(rows[i].kind);
    if (lists) for (let j = 0; j < lists.length; j++) lists[j].push(rows[i]);
  }
}

/**
 * A rule's row visitor over its rows, one rule at a time as when each rule
 * walked the sheet itself: the loop calls one visitor, whose reads of the
 * model stay monomorphic, rather than every rule in turn on each row.
 */
function visitRows(v: Visit): void {
  const visit = v.rule.row!;
  const { rule, ctx, rows } = v;
  for (let i = 0; i < rows.length; i++) visit.call(rule, ctx, rows[i]);
}

/** Every active rule that applies to the sheet's kind, over one recognised sheet. */
function validateSheet(
  snapshot: WorkbookSnapshot['sheets'][number],
  sheetLayout: SheetLayout,
  sheetKey: number,
  active: ActiveRule[],
  list: FindingList,
): void {
  const model = new SheetModel(SheetView.of(snapshot), sheetLayout);
  const base = { view: model.view, layout: sheetLayout, model };
  const visits: Visit[] = [];
  const listOfKinds = new Map<string, RowInfo[]>();
  const listsOfKind = new Map<string, RowInfo[][]>();
  for (const a of active) {
    const { appliesTo } = a.rule.meta;
    if (!appliesTo.sheets.includes(sheetLayout.kind)) continue;
    const key = appliesTo.rows.join(',');
    let rows = listOfKinds.get(key);
    if (!rows) {
      listOfKinds.set(key, (rows = []));
      for (const kind of appliesTo.rows) {
        const lists = listsOfKind.get(kind);
        if (lists) lists.push(rows);
        else listsOfKind.set(kind, [rows]);
      }
    }
    visits.push({ rule: a.rule, ctx: ruleContext(base, a, list, sheetKey), rows });
  }
  sortRows(model.rows, listsOfKind);
  for (const v of visits) if (v.rule.row) visitRows(v);
  for (const v of visits) if (v.rule.sheet) v.rule.sheet(v.ctx);
  model.release();
}

/** The findings of a catalogue over a workbook, in report order. */
export function runRules(rules: readonly Rule[], wb: WorkbookSnapshot, layout: WorkbookLayout, settings?: RuleSettings): Finding[] {
  const active = activeRules(rules, effectiveSettings(wb, settings));
  const list = new FindingList();
  for (const sheetLayout of layout.sheets) {
    // No model is built for a sheet no rule looks at ("none" sheets, under the catalogue's own metas).
    if (!active.some((a) => a.rule.meta.appliesTo.sheets.includes(sheetLayout.kind))) continue;
    const index = wb.sheets.findIndex((s) => s.name === sheetLayout.name);
    if (index < 0) continue;
    validateSheet(wb.sheets[index], sheetLayout, index, active, list);
  }
  return list.sorted();
}
