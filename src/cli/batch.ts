/**
 * Check many files in parallel on worker threads (bounded by the core count),
 * keeping results in input order. Workbooks stay inside the workers; only
 * their reports cross back, so memory does not grow with the number of files.
 */
import { availableParallelism } from 'os';
import { join } from 'path';
import { Worker } from 'worker_threads';
import type { ReportFile } from '../core/report';
import { checkFile } from './check-file';

export interface BatchOptions {
  /** Worker threads; default: the core count, never more than the files. 0 runs in this thread. */
  workers?: number;
  onProgress?: (done: number, total: number, file: string) => void;
}

export async function checkFiles(files: string[], options: BatchOptions = {}): Promise<ReportFile[]> {
  const n = Math.min(options.workers ?? availableParallelism(), files.length);
  const results: ReportFile[] = new Array(files.length);
  let done = 0;
  const finished = (i: number, r: ReportFile) => {
    results[i] = r;
    done++;
    options.onProgress?.(done, files.length, files[i]);
  };
  if (n <= 1) {
    for (let i = 0; i < files.length; i++) finished(i, await checkFile(files[i]));
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
        worker.postMessage({ id: current, file: files[current] });
      };
      worker.on('message', (msg: { id: number; report: ReportFile }) => {
        finished(msg.id, msg.report);
        feed();
      });
      worker.on('error', (err) => {
        if (current >= 0) {
          finished(current, { file: files[current], error: `lỗi khi đọc tệp / reader crashed: ${err.message}`, sheets: [], findings: [], evaluations: [] });
        }
        current = -1;
        resolve(lane());
      });
      feed();
    });
  await Promise.all(Array.from({ length: n }, lane));
  return results;
}
