/**
 * `phuluc check` without the terminal: check the files, build and validate the
 * report and render it. main.ts writes what this returns; the benchmark times
 * it whole, so batchOverhead measures the command a user runs, its report
 * included, and not only the batch under it.
 */
import { Report, ReportSchema } from '../core/report';
import { checkFiles, type BatchOptions } from './batch';
import { formatBatchSummary, formatTextReport } from './text-report';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export interface CheckInputs {
  files: string[];
  /** Arguments that matched no file: each gets its own error entry. */
  missing: string[];
  /** Files in folders that are not spreadsheets, counted in the summary. */
  skipped: string[];
}

export interface CheckOutput {
  report: Report;
  /** For stdout. */
  out: string;
  /** The closing summary of JSON output, for stderr when a person is watching. */
  summary?: string;
  code: number;
}

export function exitCodeFor(report: Report): number {
  if (report.files.length > 0 && report.files.every((f) => f.error)) return EXIT_USAGE;
  return report.files.some((f) => f.findings.some((x) => x.severity === 'error')) ? EXIT_FINDINGS : EXIT_OK;
}

export async function runCheck(inputs: CheckInputs, format: 'text' | 'json', options: BatchOptions = {}): Promise<CheckOutput> {
  const reports = await checkFiles(inputs.files, options);
  const report: Report = {
    version: 1,
    files: [
      ...reports,
      ...inputs.missing.map((m) => ({
        file: m,
        error: 'không có tệp nào khớp / no file matches',
        sheets: [],
        findings: [],
        evaluations: [],
      })),
    ],
  };
  ReportSchema.parse(report);
  const code = exitCodeFor(report);
  const skipped = inputs.skipped.length;
  if (format === 'json')
    return { report, out: JSON.stringify(report, null, 2) + '\n', summary: formatBatchSummary(report, skipped) + '\n', code };
  const closing = report.files.length > 1 || skipped ? formatBatchSummary(report, skipped) + '\n' : '';
  return { report, out: formatTextReport(report) + closing, code };
}
