/** One worker thread: read and check files one at a time; only the small result goes back. */
import { parentPort } from 'worker_threads';
import { bareRead, checkFile, summarizeFile } from './check-file';

const tasks = { check: checkFile, summary: summarizeFile, read: bareRead };

parentPort?.on('message', async (msg: { id: number; file: string; task: keyof typeof tasks }) => {
  const result = await tasks[msg.task](msg.file);
  parentPort?.postMessage({ id: msg.id, result });
});
