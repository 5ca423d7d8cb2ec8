/**
 * The whole core in one call, for the CLI, the task pane and the benchmark:
 * recognise → validate → evaluate, and the edit plans of the add-in's actions.
 */
import { columnLetter } from './a1';
import type { Evaluation } from './evaluation';
import type { Finding, RuleSettings } from './findings';
import { Overrides, OverridesSchema, WorkbookLayout, yearColumns } from './layout';
import { EditPlan, mergePlans } from './plan';
import type { ReportFile } from './report';
import { recognizeWorkbook } from './recognize';
import { validateWorkbook } from './rules';
import type { WorkbookSnapshot } from './snapshot';
import { evaluateWorkbook, planHighlight, planTracking } from './targets';
import { FillOptions, FillResult, planFill } from './fill';
import { planSummary } from './summary';

export interface CheckOptions {
  overrides?: Overrides;
  ruleSettings?: RuleSettings;
}

export interface CheckResult {
  layout: WorkbookLayout;
  findings: Finding[];
  evaluations: Evaluation[];
}

/** Corrections saved in the workbook by the task pane (snapshot settings), when valid. */
function storedOverrides(wb: WorkbookSnapshot): Overrides | undefined {
  const stored = wb.settings?.overrides;
  // Nothing stored is the common case (every file of a batch): a failed zod parse builds an error for nothing.
  if (stored === undefined) return undefined;
  const r = OverridesSchema.safeParse(stored);
  return r.success ? r.data : undefined;
}

export function checkWorkbook(wb: WorkbookSnapshot, options: CheckOptions = {}): CheckResult {
  const layout = recognizeWorkbook(wb, options.overrides ?? storedOverrides(wb));
  // Already in report order: workbook sheet order, row, column, catalogue order.
  const findings = validateWorkbook(wb, layout, options.ruleSettings);
  const evaluations = evaluateWorkbook(wb, layout);
  return { layout, findings, evaluations };
}

export interface ApplyActions {
  fill?: boolean;
  highlight?: boolean;
  /** Add "Thực hiện" and completion-ratio columns to plan-only indicator sheets. */
  track?: boolean;
  summary?: boolean;
  fillOptions?: FillOptions;
  /** ISO date for the summary title. */
  date: string;
  /** The issuing body printed on the summary when the workbook's title rows do not name it. */
  unit?: string;
}

export interface PlannedActions {
  plan: EditPlan;
  /** What the fill will fill, convert and leave alone (and why), when the fill was asked for. */
  fillPreview?: FillResult['preview'];
}

/** The edit plan of the chosen actions, in the order a user would run them, with the fill's preview. */
export function planActionsWithPreview(wb: WorkbookSnapshot, check: CheckResult, actions: ApplyActions): PlannedActions {
  const plans: EditPlan[] = [];
  let fillPreview: FillResult['preview'] | undefined;
  if (actions.fill) {
    const fill = planFill(wb, check.layout, actions.fillOptions);
    plans.push(fill.plan);
    fillPreview = fill.preview;
  }
  if (actions.highlight) plans.push(planHighlight(wb, check.layout));
  // After the highlight: tracking re-colours its whole sheet, new actual cells included.
  if (actions.track) {
    for (const sl of check.layout.sheets) {
      if (sl.kind === 'indicators' && yearColumns(sl, 'plan').length > 0 && yearColumns(sl, 'actual').length === 0) {
        plans.push(planTracking(wb, check.layout, sl.name));
      }
    }
  }
  if (actions.summary) {
    plans.push(planSummary(wb, check.layout, { findings: check.findings, evaluations: check.evaluations, date: actions.date, unit: actions.unit }));
  }
  return { plan: mergePlans('apply', plans), fillPreview };
}

/** The edit plan of the chosen actions, in the order a user would run them. */
export function planActions(wb: WorkbookSnapshot, check: CheckResult, actions: ApplyActions): EditPlan {
  return planActionsWithPreview(wb, check, actions).plan;
}

/**
 * The `files[]` entry of the JSON report for one workbook, written out field
 * by field: the report says exactly what it holds, whatever else the layout
 * and findings carry, and unset fields are undefined (JSON leaves them out).
 */
export function toReportFile(file: string, check: CheckResult): ReportFile {
  return {
    file,
    sheets: check.layout.sheets.map((s) => ({
      name: s.name,
      kind: s.kind,
      confidence: Math.round(s.confidence * 100) / 100,
      reasons: s.reasons,
      header: s.header,
      columns: s.columns.map((c) => ({ role: c.role, column: columnLetter(c.col), year: c.year, series: c.series })),
      rows: s.rows.map((r) => ({ row: r.row, kind: r.kind, stt: r.stt, name: r.name, unit: r.unit, parent: r.parent, direction: r.direction })),
    })),
    findings: check.findings.map(reportFinding),
    evaluations: check.evaluations,
  };
}

function reportFinding(f: Finding): ReportFile['findings'][number] {
  return {
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    row: f.row,
    message: f.message,
    messageEn: f.messageEn,
    messageId: f.messageId,
    data: f.data,
    expected: f.expected,
    actual: f.actual,
    fixable: f.fix ? true : undefined,
  };
}
