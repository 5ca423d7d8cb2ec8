/**
 * One worker thread: read files one at a time. For `snapshot` the workbook
 * goes back as JSON text and the main thread runs the core on it (see
 * batch.ts); for `check` and `summary` the worker runs the whole task and only
 * the small result goes back. The core is loaded only for those two: a
 * reading worker starts faster without it.
 */
import { parentPort } from 'worker_threads';
import { bareRead, snapshotText } from './read-file';

type Task = 'check' | 'summary' | 'read' | 'snapshot';

async function run(task: Task, file: string): Promise<unknown> {
  if (task === 'snapshot') return snapshotText(file);
  if (task === 'read') return bareRead(file);
  // A plain require: the worker runs under tsx's CommonJS hook, where import() goes through the ESM resolver.
  const { checkFile, summarizeFile } = require('./check-file') as typeof import('./check-file');
  return task === 'check' ? checkFile(file) : summarizeFile(file);
}

parentPort?.on('message', async (msg: { id: number; file: string; task: Task }) => {
  parentPort?.postMessage({ id: msg.id, result: await run(msg.task, msg.file) });
});
