/** Read one workbook and run the core on it; an unreadable file becomes an entry with `error`. */
import { cellText } from '../core/sheet-view';
import { checkWorkbook, toReportFile } from '../core/pipeline';
import type { ReportFile } from '../core/report';
import { buildSummaryModel, DIRECTION_LABEL } from '../core/summary';
import { findIssuer, type Issuer } from '../core/print/document';
import { VERDICT_LABELS } from '../core/evaluation';
import type { CellValue, WorkbookSnapshot } from '../core/snapshot';
import { errorMessage, failedResult, type TaskResults } from './read-file';
import { readWorkbookFile } from './xlsx/read';

/** Read a file and run a snapshot task on it; an unreadable file becomes the task's error entry. */
async function readAnd<K extends 'check' | 'summary'>(
  task: K,
  file: string,
  then: (file: string, wb: WorkbookSnapshot) => TaskResults[K],
): Promise<TaskResults[K]> {
  try {
    return then(file, await readWorkbookFile(file));
  } catch (e) {
    return failedResult(task, file, errorMessage(e));
  }
}

export function checkFile(file: string): Promise<ReportFile> {
  return readAnd('check', file, checkSnapshot);
}

/** The core's part of checkFile, for a workbook read elsewhere (the batch reads on worker threads). */
export function checkSnapshot(file: string, wb: WorkbookSnapshot): ReportFile {
  try {
    return toReportFile(file, checkWorkbook(wb));
  } catch (e) {
    return failedResult('check', file, errorMessage(e));
  }
}

/** One indicator of one ward file, as plain values for the city's report workbook. */
export interface ReportRow {
  section: string;
  kind: 'indicator' | 'component';
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
  /** Years with an actual (TH) column in some sheet. */
  actualYears?: number[];
  /** The ward or commune, from the workbook's title rows. */
  issuer?: Issuer;
  findings: ReportFile['findings'];
}

/** Values only, not the workbook: the report process never holds more than one workbook per worker. */
export function summarizeFile(file: string): Promise<FileSummary> {
  return readAnd('summary', file, summarizeSnapshot);
}

/** The core's part of summarizeFile, for a workbook read elsewhere. */
export function summarizeSnapshot(file: string, wb: WorkbookSnapshot): FileSummary {
  try {
    const check = checkWorkbook(wb);
    const model = buildSummaryModel(wb, check.layout, check.findings, check.evaluations);
    const plain = (v: CellValue | undefined): CellValue => (v && typeof v === 'object' ? cellText(v) : (v ?? null));
    const pick = (rec: Record<number, { value: CellValue }>) =>
      Object.fromEntries(Object.entries(rec).map(([y, c]) => [y, plain(c.value)]));
    return {
      file,
      years: model.years,
      hasActuals: model.hasActuals,
      actualYears: model.actualYears,
      issuer: findIssuer(wb),
      findings: toReportFile(file, check).findings,
      rows: model.indicators.map((r) => ({
        section: r.section,
        kind: r.kind,
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
    return failedResult('summary', file, errorMessage(e));
  }
}
