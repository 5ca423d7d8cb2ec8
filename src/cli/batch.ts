/**
 * Run a per-file task over many files on worker threads (bounded by the core
 * count), keeping results in input order.
 *
 * Reading (ExcelJS) is most of the work and runs on the workers. The core runs
 * on this thread, on the snapshots the workers send back: every V8 isolate
 * compiles and warms up the core anew (a fresh one spends 5 ms a ward file on
 * its first hundred files, 1.5 ms once warm), so one isolate checking all
 * files beats each worker warming up its own (the batch alone against a bare
 * read on 2 cores: 1.42-1.51 against 1.60-1.67 for 200 ward files; 6.6 s
 * against 7.1 s for 800, so not only while warming up). The core takes about
 * a fifth of a read once warm, so this thread keeps up with a few readers;
 * larger pools check on the workers as well.
 *
 * Memory stays flat: a worker gets its next file as soon as its snapshot
 * arrives, so at most one snapshot per worker waits here, and only small
 * results are kept (smaller still with `keep`).
 */
import { availableParallelism } from 'os';
import { join } from 'path';
import { Worker } from 'worker_threads';
import type { ReportFile } from '../core/report';
import type { WorkbookSnapshot } from '../core/snapshot';
import { bareRead, errorMessage, failedResult, type Task, type TaskResults } from './read-file';
import { checkFile, checkSnapshot, summarizeFile, summarizeSnapshot } from './check-file';

export interface BatchOptions {
  /** Worker threads; default: the core count, never more than the files. 0 or 1 runs in this thread. */
  workers?: number;
  onProgress?: (done: number, total: number, file: string) => void;
}

const inThread: { [K in Task]: (file: string) => Promise<TaskResults[K]> } = { check: checkFile, summary: summarizeFile, read: bareRead };
const onSnapshot: { [K in Exclude<Task, 'read'>]: (file: string, wb: WorkbookSnapshot) => TaskResults[K] } = {
  check: checkSnapshot,
  summary: summarizeSnapshot,
};

/** Readers this thread can check for (see above); more workers run the core themselves. */
const MAX_READERS_FOR_MAIN_CORE = 4;

/** A worker's answer: a task's result, or for `snapshot` the workbook as JSON text (see check-worker-impl.ts). */
type Reply = { snapshot?: string; error?: string } | TaskResults[Task];

/** What the batch keeps of a file's result, made as the result arrives (default: the result itself). */
export type Keep<K extends Task, U> = (result: TaskResults[K]) => U;

export async function runBatch<K extends Task, U = TaskResults[K]>(
  task: K,
  files: string[],
  options: BatchOptions = {},
  keep?: Keep<K, U>,
): Promise<U[]> {
  const n = Math.min(options.workers ?? availableParallelism(), files.length);
  const results: U[] = new Array(files.length);
  let done = 0;
  const finished = (i: number, r: TaskResults[K]) => {
    results[i] = keep ? keep(r) : (r as unknown as U);
    done++;
    options.onProgress?.(done, files.length, files[i]);
  };
  if (n <= 1) {
    for (let i = 0; i < files.length; i++) finished(i, await inThread[task](files[i]));
    return results;
  }
  const coreHere = task !== 'read' && n <= MAX_READERS_FOR_MAIN_CORE;
  const workerTask = coreHere ? 'snapshot' : task;
  const settle = (i: number, reply: Reply): TaskResults[K] => {
    if (!coreHere) return reply as TaskResults[K];
    const { snapshot, error } = reply as { snapshot?: string; error?: string };
    if (snapshot === undefined) return failedResult(task, files[i], error ?? 'no workbook');
    try {
      return onSnapshot[task as Exclude<Task, 'read'>](files[i], JSON.parse(snapshot) as WorkbookSnapshot) as TaskResults[K];
    } catch (e) {
      // Whatever goes wrong with one file stays that file's error; the batch goes on.
      return failedResult(task, files[i], errorMessage(e));
    }
  };
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
        worker.postMessage({ id: current, file: files[current], task: workerTask });
      };
      worker.on('message', (msg: { id: number; result: Reply }) => {
        // The worker reads its next file while this thread checks the one it sent.
        feed();
        finished(msg.id, settle(msg.id, msg.result));
      });
      worker.on('error', (err) => {
        if (current >= 0) finished(current, failedResult(task, files[current], `lỗi khi đọc tệp / reader crashed: ${err.message}`));
        current = -1;
        resolve(lane());
      });
      feed();
    });
  await Promise.all(Array.from({ length: n }, lane));
  return results;
}

export function checkFiles<U = ReportFile>(files: string[], options: BatchOptions = {}, keep?: Keep<'check', U>): Promise<U[]> {
  return runBatch('check', files, options, keep);
}
