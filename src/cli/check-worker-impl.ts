/**
 * One worker thread: read files one at a time. For `snapshot` the workbook
 * goes back as a plain snapshot and the main thread runs the core on it (see
 * batch.ts); for the other tasks the worker runs the whole task and only the
 * small result goes back.
 */
import { parentPort } from 'worker_threads';
import { readWorkbookFile } from './xlsx/read';
import { bareRead, checkFile, errorMessage, summarizeFile } from './check-file';

const tasks = { check: checkFile, summary: summarizeFile, read: bareRead };

/**
 * The snapshot as JSON text: a string crosses threads as one copy, and
 * JSON.parse rebuilds the snapshot about three times faster than the
 * structured clone's deserializer (0.25 against 0.85 ms for a ward file), on
 * the thread that runs the core for every file. A snapshot is plain JSON data.
 */
async function snapshot(file: string): Promise<{ snapshot?: string; error?: string }> {
  try {
    return { snapshot: JSON.stringify(await readWorkbookFile(file)) };
  } catch (e) {
    return { error: errorMessage(e) };
  }
}

parentPort?.on('message', async (msg: { id: number; file: string; task: keyof typeof tasks | 'snapshot' }) => {
  const result = msg.task === 'snapshot' ? await snapshot(msg.file) : await tasks[msg.task](msg.file);
  parentPort?.postMessage({ id: msg.id, result });
});
