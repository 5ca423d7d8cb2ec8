/**
 * `phuluc check` without the terminal: check the files, build the report
 * (checked against its schema when it goes out as JSON) and render it.
 * main.ts writes what this returns; the benchmark times it whole, so
 * batchOverhead measures the command a user runs, its report included, and
 * not only the batch under it.
 */
import { Report, ReportFile, ReportSchema } from '../core/report';
import { checkFiles, type BatchOptions } from './batch';
import { NO_MATCH, type ExpandedInputs } from './inputs';
import type { Language } from './messages';
import { failedResult } from './read-file';
import { formatBatchSummary, formatFileReport, tallyOf, type FileTally } from './text-report';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export interface CheckOutput {
  /** Each file's tally, in input order: what the closing summary and the exit code are made from. */
  files: FileTally[];
  /** For stdout. */
  out: string;
  /** The closing summary of JSON output, for stderr when a person is watching. */
  summary?: string;
  code: number;
}

/** 2 when no file could be read, 1 when a file has an error finding, else 0: for `check` and `report` alike. */
export function exitCodeFor(files: ReadonlyArray<FileTally>): number {
  if (files.length > 0 && files.every((f) => f.error)) return EXIT_USAGE;
  return files.some((f) => f.findings.error > 0) ? EXIT_FINDINGS : EXIT_OK;
}

export async function runCheck(inputs: ExpandedInputs, format: 'text' | 'json', options: BatchOptions = {}, lang: Language = 'vi'): Promise<CheckOutput> {
  const missing = inputs.missing.map((m) => failedResult('check', m, NO_MATCH));
  const skipped = inputs.skipped.length;
  if (format === 'json') {
    const report: Report = { version: 1, files: [...(await checkFiles(inputs.files, options)), ...missing] };
    // The JSON is the contract other programs read (docs/report.md): it leaves only once it matches the schema.
    ReportSchema.parse(report);
    const files = report.files.map(tallyOf);
    return {
      files,
      out: JSON.stringify(report, null, 2) + '\n',
      summary: formatBatchSummary(files, skipped, lang) + '\n',
      code: exitCodeFor(files),
    };
  }
  // The text is for people and is rendered from the typed report, so it needs no schema check. Each
  // file's part is rendered as its report arrives, and only that text and a tally are kept: a batch
  // of hundreds of files holds no reports (200 ward files against a bare read: 1.28 → 1.26).
  const render = (f: ReportFile) => {
    const tally = tallyOf(f);
    return { text: formatFileReport(f, tally, lang), tally };
  };
  const checked = [...(await checkFiles(inputs.files, options, render)), ...missing.map(render)];
  const files = checked.map((c) => c.tally);
  const closing = files.length > 1 || skipped ? formatBatchSummary(files, skipped, lang) + '\n' : '';
  return { files, out: checked.map((c) => c.text).join('\n') + closing, code: exitCodeFor(files) };
}
