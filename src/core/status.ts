/**
 * Where a workbook stands, per phụ lục sheet: findings by severity, verdicts
 * (counted per indicator and year, and per indicator), the cells a fill would
 * complete, and the next useful step. The task pane's first screen and the
 * CLI's report both count through here, so their numbers cannot disagree.
 *
 * Takes the report's shapes (a check result mapped to names, or the JSON
 * report's file entry), not the layout, so the CLI can count from the report
 * its workers send back.
 */
import type { Verdict } from './evaluation';
import { VERDICTS } from './evaluation';
import type { Severity } from './findings';
import { SEVERITIES } from './findings';
import type { SheetKind } from './layout';

export interface StatusInput {
  sheets: ReadonlyArray<{ name: string; kind: SheetKind }>;
  findings: ReadonlyArray<{ sheet: string; severity: Severity }>;
  evaluations: ReadonlyArray<{ sheet: string; row: number; verdict: Verdict }>;
  /** Cells the fill would write into (empty cells only): the fill preview's `fill` list. */
  fillable?: ReadonlyArray<{ sheet: string }>;
}

export interface Tally {
  findings: Record<Severity, number>;
  /** Indicator-years by verdict: one indicator over five years counts five times. */
  verdicts: Record<Verdict, number>;
  /** Indicators (rows) with at least one year of each verdict. */
  indicators: Record<Verdict, number>;
  fillable: number;
}

export interface SheetStatus extends Tally {
  sheet: string;
  kind: SheetKind;
}

/** What to do next, most urgent first: errors, then missed targets, then formulas to fill, then the summary. */
export type NextStep = 'review-sheets' | 'fix-errors' | 'review-missed' | 'fill' | 'summary';

export interface WorkbookStatus {
  /** Phụ lục sheets only (indicator and task tables), in workbook order. */
  sheets: SheetStatus[];
  total: Tally;
  next: NextStep;
}

function emptyTally(): Tally {
  const zero = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  return { findings: zero(SEVERITIES), verdicts: zero(VERDICTS), indicators: zero(VERDICTS), fillable: 0 };
}

function addInto(to: Tally, from: Tally): void {
  for (const s of SEVERITIES) to.findings[s] += from.findings[s];
  for (const v of VERDICTS) {
    to.verdicts[v] += from.verdicts[v];
    to.indicators[v] += from.indicators[v];
  }
  to.fillable += from.fillable;
}

export function workbookStatus(input: StatusInput): WorkbookStatus {
  const bySheet = new Map<string, SheetStatus>();
  for (const s of input.sheets) if (s.kind !== 'none') bySheet.set(s.name, { sheet: s.name, kind: s.kind, ...emptyTally() });
  for (const f of input.findings) {
    const s = bySheet.get(f.sheet);
    if (s) s.findings[f.severity]++;
  }
  const seen = new Set<string>();
  for (const e of input.evaluations) {
    const s = bySheet.get(e.sheet);
    if (!s) continue;
    s.verdicts[e.verdict]++;
    const key = `${e.verdict}\u0000${e.sheet}\u0000${e.row}`;
    if (!seen.has(key)) {
      seen.add(key);
      s.indicators[e.verdict]++;
    }
  }
  for (const c of input.fillable ?? []) {
    const s = bySheet.get(c.sheet);
    if (s) s.fillable++;
  }
  const sheets = [...bySheet.values()];
  const total = emptyTally();
  for (const s of sheets) addInto(total, s);
  return { sheets, total, next: nextStep(sheets, total) };
}

function nextStep(sheets: SheetStatus[], total: Tally): NextStep {
  if (!sheets.some((s) => s.kind === 'indicators')) return 'review-sheets';
  if (total.findings.error > 0) return 'fix-errors';
  if (total.verdicts.missed > 0) return 'review-missed';
  if (total.fillable > 0) return 'fill';
  return 'summary';
}
