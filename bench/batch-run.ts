/**
 * `tsx bench/batch-run.ts TASK FILE...`: run one batch (`check`: what `phuluc
 * check` does, its text report built and rendered but not printed;
 * or the bare ExcelJS `read`) in this fresh process and print its
 * wall time, CPU time and the process's peak resident memory (worker threads
 * included) as one JSON line. bench/run.ts starts one process per run so that
 * every run starts cold, as a real `phuluc check` does: in a long-lived
 * process the main thread's checker would stay warm from run to run.
 */
import { runBatch } from '../src/cli/batch';
import { runCheck } from '../src/cli/check-command';

const [task, ...files] = process.argv.slice(2);
if (task !== 'check' && task !== 'read') throw new Error(`bench/batch-run.ts: unknown task ${task}`);
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
const run = async (): Promise<Array<{ error?: string }>> =>
  task === 'check' ? (await runCheck({ files, missing: [], skipped: [] }, 'text')).files : runBatch('read', files);
void run().then((results) => {
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  const failed = results.filter((r) => r.error !== undefined).length;
  process.stdout.write(
    JSON.stringify({
      files: results.length,
      failed,
      wallMs,
      cpuMs: (cpu.user + cpu.system) / 1000,
      maxRssKB: process.resourceUsage().maxRSS,
    }) + '\n',
  );
});
