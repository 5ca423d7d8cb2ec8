/**
 * The summary's content, independent of where it is written: the add-in's
 * "Tổng hợp" sheet (formulas linked to the sources) and the city's batch
 * report (values from many files) are both made from it.
 */
import { toA1 } from '../a1';
import type { Evaluation, Verdict } from '../evaluation';
import type { Finding } from '../findings';
import { ColumnInfo, columnOf, Direction, SheetLayout, WorkbookLayout } from '../layout';
import type { CellValue, WorkbookSnapshot } from '../snapshot';
import { SheetView } from '../sheet-view';
import { inferDomain, sectionOrder, standardSection } from './sections';

export interface SourceCell {
  sheet: string;
  cell: string;
  value: CellValue;
}

export interface SummaryIndicatorRow {
  section: string;
  /** Where the row is in its source sheet. */
  sheet: string;
  row: number;
  kind: 'indicator' | 'component';
  stt: string;
  name: string;
  unit: string;
  direction: Direction;
  /** "Mục tiêu 2030 / 5 năm": the planTotal or target2030 cell. */
  target?: SourceCell;
  annualAverage?: SourceCell;
  plan: Record<number, SourceCell>;
  actual: Record<number, SourceCell>;
  /** The latest year that has an actual figure, with its verdict. */
  latestYear?: number;
  verdict: Verdict;
  lead: string;
  /** The cell "Nguồn" links to: the row's name cell. */
  source: { sheet: string; cell: string };
  findings: number;
}

export interface SummaryTaskRow {
  sheet: string;
  row: number;
  stt: string;
  name: string;
  deadline: string;
  lead: string;
  partners: string;
  output: string;
  source: { sheet: string; cell: string };
}

export interface SummaryModel {
  sourceSheets: string[];
  years: number[];
  hasActuals: boolean;
  /** Years some sheet has an actual (TH) column for: the summary's TH columns. */
  actualYears: number[];
  indicators: SummaryIndicatorRow[];
  tasks: SummaryTaskRow[];
}

function sourceCell(view: SheetView, row: number, col: ColumnInfo | undefined): SourceCell | undefined {
  if (!col) return undefined;
  return { sheet: view.name, cell: toA1(row, col.col), value: view.value(row, col.col) };
}

/** The verdict the summary shows: the latest year that has an actual figure; "no-data" when none has. */
export function latestVerdict(evals: ReadonlyArray<Pick<Evaluation, 'year' | 'verdict'>>): { year?: number; verdict: Verdict } {
  const withData = evals.filter((e) => e.verdict !== 'no-data').sort((a, b) => b.year - a.year);
  if (withData.length) return { year: withData[0].year, verdict: withData[0].verdict };
  return { verdict: 'no-data' };
}

export function buildSummaryModel(
  wb: WorkbookSnapshot,
  layout: WorkbookLayout,
  findings: Finding[],
  evaluations: Evaluation[],
): SummaryModel {
  const snapshots = new Map(wb.sheets.map((s) => [s.name, s]));
  const findingCount = new Map<string, number>();
  for (const f of findings) findingCount.set(`${f.sheet}\u0000${f.row}`, (findingCount.get(`${f.sheet}\u0000${f.row}`) ?? 0) + 1);
  const evalsByRow = new Map<string, Evaluation[]>();
  for (const e of evaluations) {
    const k = `${e.sheet}\u0000${e.row}`;
    const list = evalsByRow.get(k);
    if (list) list.push(e);
    else evalsByRow.set(k, [e]);
  }

  const years = new Set<number>();
  const actualYears = new Set<number>();
  let hasActuals = false;
  const indicators: SummaryIndicatorRow[] = [];
  const tasks: SummaryTaskRow[] = [];
  const sourceSheets: string[] = [];
  const firstSeen = new Map<string, number>();

  for (const sl of layout.sheets) {
    const snap = snapshots.get(sl.name);
    if (!snap || sl.kind === 'none' || snap.addinMarker) continue;
    sourceSheets.push(sl.name);
    const view = SheetView.of(snap);
    if (sl.kind === 'tasks') tasks.push(...taskRows(view, sl));
    else indicators.push(...indicatorRows(view, sl, evalsByRow, findingCount, firstSeen));
    for (const c of sl.columns) {
      if (c.role !== 'year' || c.year === undefined) continue;
      if ((c.series ?? 'plan') === 'actual') {
        hasActuals = true;
        actualYears.add(c.year);
      }
      years.add(c.year);
    }
  }

  // Grouped by section (the standard ones first), source order kept inside each group.
  const order = indicators.map((r, i) => ({ r, i }));
  order.sort((a, b) => sectionOrder(a.r.section, firstSeen) - sectionOrder(b.r.section, firstSeen) || a.i - b.i);

  return {
    sourceSheets,
    years: [...years].sort((a, b) => a - b),
    hasActuals,
    actualYears: [...actualYears].sort((a, b) => a - b),
    indicators: order.map((x) => x.r),
    tasks,
  };
}

function indicatorRows(
  view: SheetView,
  sl: SheetLayout,
  evalsByRow: Map<string, Evaluation[]>,
  findingCount: Map<string, number>,
  firstSeen: Map<string, number>,
): SummaryIndicatorRow[] {
  const out: SummaryIndicatorRow[] = [];
  const nameCol = columnOf(sl, 'name');
  const leadCol = columnOf(sl, 'lead');
  const target = columnOf(sl, 'target2030') ?? columnOf(sl, 'planTotal');
  const average = columnOf(sl, 'annualAverage') ?? columnOf(sl, 'avgGrowth');
  const yearCols = sl.columns.filter((c) => c.role === 'year' && c.year !== undefined);
  // Standard names per section row, computed once: normalising text is the costly part.
  const sectionName = new Map(sl.rows.filter((r) => r.kind === 'section').map((r) => [r.row, standardSection(r.name || r.stt)]));
  const noSection = standardSection(undefined);
  const leadOf = new Map<number, string>();
  const sectionOf = new Map<number, string>();

  for (const r of sl.rows) {
    if (r.kind !== 'indicator' && r.kind !== 'component') continue;
    // A component's lead agency is its indicator's when its own cell is blank (merged in the source).
    const ownLead = leadCol ? view.text(r.row, leadCol.col) : '';
    const lead = ownLead || (r.parent !== undefined ? leadOf.get(r.parent) ?? '' : '');
    leadOf.set(r.row, lead);
    // The section row says the domain; without one, a component follows its indicator, an indicator its own words.
    const section =
      (r.section !== undefined ? sectionName.get(r.section) : undefined) ??
      (r.parent !== undefined ? sectionOf.get(r.parent) : undefined) ??
      inferDomain(r.name, lead) ??
      noSection;
    sectionOf.set(r.row, section);
    if (!firstSeen.has(section)) firstSeen.set(section, firstSeen.size);
    const plan: Record<number, SourceCell> = {};
    const actual: Record<number, SourceCell> = {};
    for (const c of yearCols) {
      const cell = sourceCell(view, r.row, c)!;
      if ((c.series ?? 'plan') === 'actual') actual[c.year!] = cell;
      else plan[c.year!] = cell;
    }
    const latest = latestVerdict(evalsByRow.get(`${sl.name}\u0000${r.row}`) ?? []);
    out.push({
      section,
      sheet: sl.name,
      row: r.row,
      kind: r.kind,
      stt: r.stt,
      name: r.name,
      unit: r.unit,
      direction: r.direction ?? 'up',
      target: sourceCell(view, r.row, target),
      annualAverage: sourceCell(view, r.row, average),
      plan,
      actual,
      latestYear: latest.year,
      verdict: latest.verdict,
      lead,
      source: { sheet: sl.name, cell: toA1(r.row, nameCol?.col ?? view.firstCol) },
      findings: findingCount.get(`${sl.name}\u0000${r.row}`) ?? 0,
    });
  }
  return out;
}

function taskRows(view: SheetView, sl: SheetLayout): SummaryTaskRow[] {
  const text = (row: number, role: Parameters<typeof columnOf>[1]) => {
    const c = columnOf(sl, role);
    return c ? view.text(row, c.col) : '';
  };
  const nameCol = columnOf(sl, 'name');
  return sl.rows
    .filter((r) => r.kind === 'task')
    .map((r) => ({
      sheet: sl.name,
      row: r.row,
      stt: r.stt,
      name: r.name,
      deadline: text(r.row, 'deadline'),
      lead: text(r.row, 'lead'),
      partners: text(r.row, 'partners'),
      output: text(r.row, 'output'),
      source: { sheet: sl.name, cell: toA1(r.row, nameCol?.col ?? view.firstCol) },
    }));
}

/**
 * Indicators by the verdict the summary shows for them (each once, by its
 * latest year with an actual figure), from the evaluations of one workbook;
 * indicators with no actual figure at all are not counted. What the CLI's
 * text report and the summary's "Thống kê theo đánh giá" both count.
 */
export function indicatorVerdictCounts(evaluations: ReadonlyArray<Pick<Evaluation, 'sheet' | 'row' | 'year' | 'verdict'>>): Partial<Record<Verdict, number>> {
  const byRow = new Map<string, Array<Pick<Evaluation, 'year' | 'verdict'>>>();
  for (const e of evaluations) {
    const k = `${e.sheet}\u0000${e.row}`;
    byRow.set(k, [...(byRow.get(k) ?? []), e]);
  }
  const counts: Partial<Record<Verdict, number>> = {};
  for (const evals of byRow.values()) {
    const { verdict } = latestVerdict(evals);
    if (verdict !== 'no-data') counts[verdict] = (counts[verdict] ?? 0) + 1;
  }
  return counts;
}
