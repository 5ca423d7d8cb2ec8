/**
 * Run a per-file task over many files on worker threads (bounded by the core
 * count), keeping results in input order. Workbooks stay inside the workers;
 * only their small results cross back, so memory does not grow with the
 * number of files.
 */
import { availableParallelism } from 'os';
import { join } from 'path';
import { Worker } from 'worker_threads';
import type { ReportFile } from '../core/report';
import { bareRead, checkFile, FileSummary, summarizeFile } from './check-file';

export interface BatchOptions {
  /** Worker threads; default: the core count, never more than the files. 0 or 1 runs in this thread. */
  workers?: number;
  onProgress?: (done: number, total: number, file: string) => void;
}

/** `read` only loads the workbook with ExcelJS: the floor the benchmark compares `check` with. */
type Task = 'check' | 'summary' | 'read';
interface Results {
  check: ReportFile;
  summary: FileSummary;
  read: { file: string; error?: string };
}

const inThread: { [K in Task]: (file: string) => Promise<Results[K]> } = { check: checkFile, summary: summarizeFile, read: bareRead };

function crashed<K extends Task>(task: K, file: string, err: Error): Results[K] {
  const error = `lỗi khi đọc tệp / reader crashed: ${err.message}`;
  const r = task === 'summary' ? { file, error, rows: [], years: [], hasActuals: false, findings: [] } : task === 'read' ? { file, error } : { file, error, sheets: [], findings: [], evaluations: [] };
  return r as unknown as Results[K];
}

export async function runBatch<K extends Task>(task: K, files: string[], options: BatchOptions = {}): Promise<Results[K][]> {
  const n = Math.min(options.workers ?? availableParallelism(), files.length);
  const results: Results[K][] = new Array(files.length);
  let done = 0;
  const finished = (i: number, r: Results[K]) => {
    results[i] = r;
    done++;
    options.onProgress?.(done, files.length, files[i]);
  };
  if (n <= 1) {
    for (let i = 0; i < files.length; i++) finished(i, (await inThread[task](files[i])) as Results[K]);
    return results;
  }
  let next = 0;
  // One lane per worker; a worker that dies (a file that crashes the reader) costs that file only.
  const lane = (): Promise<void> =>
    new Promise<void>((resolve) => {
      const worker = new Worker(join(__dirname, 'check-worker.js'));
      let current = -1;
      const feed = () => {
        if (next >= files.length) {
          current = -1;
          void worker.terminate().then(() => resolve());
          return;
        }
        current = next++;
        worker.postMessage({ id: current, file: files[current], task });
      };
      worker.on('message', (msg: { id: number; result: Results[K] }) => {
        finished(msg.id, msg.result);
        feed();
      });
      worker.on('error', (err) => {
        if (current >= 0) finished(current, crashed(task, files[current], err));
        current = -1;
        resolve(lane());
      });
      feed();
    });
  await Promise.all(Array.from({ length: n }, lane));
  return results;
}

export function checkFiles(files: string[], options: BatchOptions = {}): Promise<ReportFile[]> {
  return runBatch('check', files, options);
}
