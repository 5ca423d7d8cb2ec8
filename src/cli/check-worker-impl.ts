/** One worker thread: read and check files one at a time; only the small result goes back. */
import { parentPort } from 'worker_threads';
import { checkFile, summarizeFile } from './check-file';

parentPort?.on('message', async (msg: { id: number; file: string; task: 'check' | 'summary' }) => {
  const result = msg.task === 'summary' ? await summarizeFile(msg.file) : await checkFile(msg.file);
  parentPort?.postMessage({ id: msg.id, result });
});
