/**
 * `phuluc check` without the terminal: check the files, build the report
 * (checked against its schema when it goes out as JSON) and render it.
 * main.ts writes what this returns; the benchmark times it whole, so
 * batchOverhead measures the command a user runs, its report included, and
 * not only the batch under it.
 */
import { Report, ReportSchema } from '../core/report';
import { checkFiles, type BatchOptions } from './batch';
import { NO_MATCH, type ExpandedInputs } from './inputs';
import { failedResult } from './read-file';
import { formatBatchSummary, formatTextReport } from './text-report';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export interface CheckOutput {
  report: Report;
  /** For stdout. */
  out: string;
  /** The closing summary of JSON output, for stderr when a person is watching. */
  summary?: string;
  code: number;
}

/** 2 when no file could be read, 1 when a file has an error finding, else 0: for `check` and `report` alike. */
export function exitCodeFor(files: ReadonlyArray<{ error?: string; findings: ReadonlyArray<{ severity: string }> }>): number {
  if (files.length > 0 && files.every((f) => f.error)) return EXIT_USAGE;
  return files.some((f) => f.findings.some((x) => x.severity === 'error')) ? EXIT_FINDINGS : EXIT_OK;
}

export async function runCheck(inputs: ExpandedInputs, format: 'text' | 'json', options: BatchOptions = {}): Promise<CheckOutput> {
  const reports = await checkFiles(inputs.files, options);
  const report: Report = {
    version: 1,
    files: [...reports, ...inputs.missing.map((m) => failedResult('check', m, NO_MATCH))],
  };
  const code = exitCodeFor(report.files);
  const skipped = inputs.skipped.length;
  // The JSON is the contract other programs read (docs/report.md): it leaves only once it matches the
  // schema. The text is for people and is rendered from the typed report, so it needs no check, and
  // the check costs a batch of 200 ward files about 65 ms.
  if (format === 'json') {
    ReportSchema.parse(report);
    return { report, out: JSON.stringify(report, null, 2) + '\n', summary: formatBatchSummary(report, skipped) + '\n', code };
  }
  const closing = report.files.length > 1 || skipped ? formatBatchSummary(report, skipped) + '\n' : '';
  return { report, out: formatTextReport(report) + closing, code };
}
