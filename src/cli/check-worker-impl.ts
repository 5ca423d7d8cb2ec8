/** One worker thread: read and check files one at a time; only the small report goes back. */
import { parentPort } from 'worker_threads';
import { checkFile } from './check-file';

parentPort?.on('message', async (msg: { id: number; file: string }) => {
  const report = await checkFile(msg.file);
  parentPort?.postMessage({ id: msg.id, report });
});
