/** Read one workbook and run the core on it; an unreadable file becomes an entry with `error`. */
import { cellText } from '../core/sheet-view';
import { checkWorkbook, toReportFile } from '../core/pipeline';
import type { ReportFile } from '../core/report';
import { buildSummaryModel, DIRECTION_LABEL } from '../core/summary';
import { VERDICT_LABELS } from '../core/evaluation';
import type { CellValue } from '../core/snapshot';
import { loadWorkbookFile, readWorkbookFile } from './xlsx/read';

function errorMessage(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0];
}

export async function checkFile(file: string): Promise<ReportFile> {
  try {
    const wb = await readWorkbookFile(file);
    return toReportFile(file, checkWorkbook(wb));
  } catch (e) {
    return { file, error: errorMessage(e), sheets: [], findings: [], evaluations: [] };
  }
}

/** One indicator of one ward file, as plain values for the city's report workbook. */
export interface ReportRow {
  section: string;
  stt: string;
  name: string;
  unit: string;
  direction: string;
  target: CellValue;
  average: CellValue;
  plan: Record<number, CellValue>;
  actual: Record<number, CellValue>;
  verdict: string;
  lead: string;
  source: string;
  findings: number;
}

export interface FileSummary {
  file: string;
  error?: string;
  rows: ReportRow[];
  years: number[];
  hasActuals: boolean;
  findings: ReportFile['findings'];
}


/** Values only, not the workbook: the report process never holds more than one workbook per worker. */
export async function summarizeFile(file: string): Promise<FileSummary> {
  try {
    const wb = await readWorkbookFile(file);
    const check = checkWorkbook(wb);
    const model = buildSummaryModel(wb, check.layout, check.findings, check.evaluations);
    const plain = (v: CellValue | undefined): CellValue => (v && typeof v === 'object' ? cellText(v) : v ?? null);
    const pick = (rec: Record<number, { value: CellValue }>) => Object.fromEntries(Object.entries(rec).map(([y, c]) => [y, plain(c.value)]));
    return {
      file,
      years: model.years,
      hasActuals: model.hasActuals,
      findings: toReportFile(file, check).findings,
      rows: model.indicators.map((r) => ({
        section: r.section,
        stt: r.stt,
        name: r.name,
        unit: r.unit,
        direction: DIRECTION_LABEL[r.direction],
        target: plain(r.target?.value),
        average: plain(r.annualAverage?.value),
        plan: pick(r.plan),
        actual: pick(r.actual),
        verdict: VERDICT_LABELS[r.verdict].vi,
        lead: r.lead,
        source: `${r.source.sheet}!${r.source.cell}`,
        findings: r.findings,
      })),
    };
  } catch (e) {
    return { file, error: errorMessage(e), rows: [], years: [], hasActuals: false, findings: [] };
  }
}

/** Only what ExcelJS does to load the file: the floor of the benchmark's overhead ratio. */
export async function bareRead(file: string): Promise<{ file: string; error?: string }> {
  try {
    await loadWorkbookFile(file);
    return { file };
  } catch (e) {
    return { file, error: errorMessage(e) };
  }
}
