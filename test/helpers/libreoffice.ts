/**
 * Recalculate a workbook with headless LibreOffice, for tests that need real
 * computed values of the formulas we write (ExcelJS writes formulas without
 * cached results).
 *
 *   const snap = await recalculate('/tmp/out.xlsx');      // WorkbookSnapshot
 *   const file = await recalculateFile('/tmp/out.xlsx');  // path of the recalculated copy
 *   const snap2 = await recalculateSnapshot(snapshot);     // write a snapshot, recalculate, read back
 *   const { snapshot: after, result } = await applyAndRecalculate(snapshot, plan);
 *
 * How: `soffice --headless --calc --convert-to xlsx --outdir <tmp> <file>`,
 * with a private, fresh profile per call (`-env:UserInstallation=file:///tmp/lo-<pid>-<rand>`,
 * removed afterwards) so parallel jest workers never share (and lock) one
 * profile, and with that profile set to "always recalculate on load" for OOXML/ODF, so formula cells
 * carry LibreOffice's own results instead of stale cached ones. Calls within
 * one process are queued (soffice is CPU-heavy; tests share 2 cores). The input file is
 * never modified. A missing soffice or a hang (timeout, default 120 s, or
 * PHULUC_SOFFICE_TIMEOUT_MS) gives a clear error.
 */
import { spawn, spawnSync } from 'child_process';
import { randomBytes } from 'crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, extname, join } from 'path';
import { pathToFileURL } from 'url';
import type { EditPlan } from '../../src/core/plan';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { readWorkbookFile } from '../../src/cli/xlsx/read';
import { applyPlanToFile, ApplyFileResult, writeSnapshotToFile } from '../../src/cli/xlsx/write';

export interface RecalcOptions {
  /** Kill soffice after this long. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = Number(process.env.PHULUC_SOFFICE_TIMEOUT_MS) || 120_000;

let sofficeBin: string | null | undefined;

/** Path of the soffice binary, or null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  if (sofficeBin !== undefined) return sofficeBin;
  const candidates = [process.env.SOFFICE, 'soffice', 'libreoffice', '/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice'];
  for (const c of candidates) {
    if (!c) continue;
    const r = spawnSync(c, ['--version'], { encoding: 'utf8', timeout: 60_000 });
    if (!r.error && r.status === 0) return (sofficeBin = c);
  }
  return (sofficeBin = null);
}

const RECALC_ALWAYS_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
`;

/** A fresh LibreOffice profile (≈0.3 s more than reusing one, but nothing to clean up at exit and no sharing). */
function freshProfile(): string {
  const dir = join(tmpdir(), `lo-${process.pid}-${randomBytes(6).toString('hex')}`);
  mkdirSync(join(dir, 'user'), { recursive: true });
  writeFileSync(join(dir, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS_XCU);
  return dir;
}

let queue: Promise<unknown> = Promise.resolve();

function serialized<T>(job: () => Promise<T>): Promise<T> {
  const next = queue.then(job, job);
  queue = next.catch(() => undefined);
  return next;
}

function runSoffice(bin: string, args: string[], timeoutMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // detached: soffice forks soffice.bin; a timeout must kill the whole group.
    const child = spawn(bin, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
      reject(new Error(`LibreOffice (soffice) không trả lời sau ${timeoutMs} ms / timed out after ${timeoutMs} ms: ${args.join(' ')}`));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/**
 * Recalculate `xlsxPath` in LibreOffice; returns the path of the recalculated
 * copy in a fresh temp directory (the caller may delete it).
 */
export function recalculateFile(xlsxPath: string, opts: RecalcOptions = {}): Promise<string> {
  return serialized(async () => {
    if (!existsSync(xlsxPath)) throw new Error(`recalculate: no such file: ${xlsxPath}`);
    const bin = findSoffice();
    if (!bin) {
      throw new Error('LibreOffice (soffice) chưa được cài / is not installed: apt-get install -y libreoffice-calc (or set SOFFICE=/path/to/soffice)');
    }
    const outDir = mkdtempSync(join(tmpdir(), 'lo-out-'));
    const profile = freshProfile();
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--nologo',
      '--nolockcheck',
      '--calc',
      '--convert-to',
      'xlsx',
      '--outdir',
      outDir,
      xlsxPath,
    ];
    let result: { code: number | null; output: string };
    try {
      result = await runSoffice(bin, args, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    } catch (e) {
      rmSync(outDir, { recursive: true, force: true });
      throw e;
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const { code, output } = result;
    const out = join(outDir, basename(xlsxPath, extname(xlsxPath)) + '.xlsx');
    if (code !== 0 || !existsSync(out)) {
      rmSync(outDir, { recursive: true, force: true });
      throw new Error(`LibreOffice không chuyển được tệp / failed to convert ${xlsxPath} (exit ${code}): ${output.trim().replace(/\s+/g, ' ')}`);
    }
    return out;
  });
}

/**
 * Print workbooks to PDF as LibreOffice does (`--convert-to pdf`), all in one
 * soffice run (its start-up is most of the cost); returns the PDFs' paths in
 * `outDir`, in the order given. Formulas are recalculated on load first.
 */
export function convertToPdf(paths: string[], outDir: string, opts: RecalcOptions = {}): Promise<string[]> {
  return serialized(async () => {
    const bin = findSoffice();
    if (!bin) throw new Error('LibreOffice (soffice) chưa được cài / is not installed: apt-get install -y libreoffice-calc (or set SOFFICE=/path/to/soffice)');
    const profile = freshProfile();
    const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nologo', '--nolockcheck', '--convert-to', 'pdf', '--outdir', outDir, ...paths];
    let result: { code: number | null; output: string };
    try {
      result = await runSoffice(bin, args, (opts.timeoutMs ?? DEFAULT_TIMEOUT_MS) * Math.max(1, paths.length));
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const pdfs = paths.map((p) => join(outDir, basename(p, extname(p)) + '.pdf'));
    const missing = pdfs.filter((p) => !existsSync(p));
    if (result.code !== 0 || missing.length) {
      throw new Error(`LibreOffice không in được ra PDF / failed to print ${missing.join(', ')} (exit ${result.code}): ${result.output.trim().replace(/\s+/g, ' ')}`);
    }
    return pdfs;
  });
}

/** Recalculate in LibreOffice and read the result: formula cells carry LibreOffice's computed values. */
export async function recalculate(xlsxPath: string, opts: RecalcOptions = {}): Promise<WorkbookSnapshot> {
  const out = await recalculateFile(xlsxPath, opts);
  try {
    return await readWorkbookFile(out);
  } finally {
    rmSync(join(out, '..'), { recursive: true, force: true });
  }
}

async function inTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'phuluc-recalc-'));
  try {
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Write a snapshot to .xlsx, recalculate it in LibreOffice and read it back. */
export function recalculateSnapshot(snapshot: WorkbookSnapshot, opts: RecalcOptions = {}): Promise<WorkbookSnapshot> {
  return inTempDir(async (dir) => {
    const file = join(dir, 'snapshot.xlsx');
    await writeSnapshotToFile(snapshot, file);
    return recalculate(file, opts);
  });
}

/**
 * Write a snapshot, apply a plan with the .xlsx writer (as `phuluc apply` does),
 * recalculate in LibreOffice and read back: the formulas the plan wrote carry
 * LibreOffice's values. `result` lists the ops the writer skipped.
 */
export function applyAndRecalculate(
  snapshot: WorkbookSnapshot,
  plan: EditPlan,
  opts: RecalcOptions = {},
): Promise<{ snapshot: WorkbookSnapshot; result: ApplyFileResult }> {
  return inTempDir(async (dir) => {
    const input = join(dir, 'input.xlsx');
    const output = join(dir, 'output.xlsx');
    await writeSnapshotToFile(snapshot, input);
    const result = await applyPlanToFile(input, plan, output);
    return { snapshot: await recalculate(output, opts), result };
  });
}
