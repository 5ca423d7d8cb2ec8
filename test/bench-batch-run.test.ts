/**
 * The benchmark's batch runner (bench/batch-run.ts), which batchOverhead
 * trusts: both sides read every file, and the check side is the whole
 * `phuluc check` path. Shape only; the figures come from `npm run bench`.
 */
import { spawnSync } from 'child_process';
import { join } from 'path';

const ROOT = join(__dirname, '..');
const FILES = ['rach-gia.xlsx', 'kien-hai.xlsx'].map((f) => join(ROOT, 'seeds', f));

function batchRun(task: string): Record<string, number> {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'batch-run.ts'), task, ...FILES], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Record<string, number>;
}

describe('bench/batch-run.ts', () => {
  it.each(['read', 'check'])('runs the %s side over every file in a fresh process and prints one JSON line', (task) => {
    const run = batchRun(task);
    expect(run).toEqual({ files: 2, failed: 0, wallMs: expect.any(Number), cpuMs: expect.any(Number), maxRssKB: expect.any(Number) });
    expect(run.wallMs).toBeGreaterThan(0);
    expect(run.cpuMs).toBeGreaterThan(0);
    expect(run.maxRssKB).toBeGreaterThan(10_000);
  });

  it('refuses a task it does not know', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'batch-run.ts'), 'write', FILES[0]], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('unknown task write');
  });
});
