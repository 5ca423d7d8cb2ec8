/**
 * The reading half of a batch task, with nothing of the core (types only): what
 * a reading worker loads when the main thread runs the checks (see batch.ts).
 */
import type { ReportFile } from '../core/report';
import type { FileSummary } from './check-file';
import { loadWorkbookFile, readWorkbookFile } from './xlsx/read';

/** What each per-file task of the batch returns. */
export interface TaskResults {
  check: ReportFile;
  summary: FileSummary;
  read: { file: string; error?: string };
}
export type Task = keyof TaskResults;

/** The entry of a file that could not be read or checked: the batch reports it and goes on. */
export function failedResult<K extends Task>(task: K, file: string, error: string): TaskResults[K] {
  const r: TaskResults[Task] =
    task === 'summary'
      ? { file, error, rows: [], years: [], hasActuals: false, findings: [] }
      : task === 'read'
        ? { file, error }
        : { file, error, sheets: [], findings: [], evaluations: [] };
  return r as TaskResults[K];
}

/** The first line of an error's message: one line per file in the batch's output. */
export function errorMessage(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0];
}

/** Only what ExcelJS does to load the file: the floor of the benchmark's overhead ratio. */
export async function bareRead(file: string): Promise<TaskResults['read']> {
  try {
    await loadWorkbookFile(file);
    return { file };
  } catch (e) {
    return failedResult('read', file, errorMessage(e));
  }
}

/**
 * The workbook's snapshot as JSON text, for the thread that checks it: a
 * string crosses threads as one copy, and JSON.parse rebuilds the snapshot
 * about three times faster than the structured clone's deserializer (0.25
 * against 0.85 ms for a ward file). A snapshot is plain JSON data.
 */
export async function snapshotText(file: string): Promise<{ snapshot?: string; error?: string }> {
  try {
    return { snapshot: JSON.stringify(await readWorkbookFile(file)) };
  } catch (e) {
    return { error: errorMessage(e) };
  }
}
