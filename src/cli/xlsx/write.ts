/**
 * Write workbooks (issue #2): apply an EditPlan to a copy of an .xlsx/.xlsm
 * (the original package with the plan's edits, ./apply-plan.ts), or build an
 * .xlsx from a WorkbookSnapshot through ExcelJS (tests, the simulated Excel
 * host's export).
 *
 * Files are written atomically: to a temp file beside the output, then
 * renamed, so a failure leaves no (partial) output; the input is only read,
 * and an output that is the input (same path, or the same file through a link)
 * is refused. Ops not written (addChart) are skipped and listed in the result.
 * Add-in sheet markers follow src/core/sheet-marker.ts.
 */
import ExcelJS from 'exceljs';
import { randomBytes } from 'crypto';
import { rename, stat, unlink, writeFile } from 'fs/promises';
import { basename, dirname, join, resolve } from 'path';
import type { EditPlan } from '../../core/plan';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { ApplyResult, applyPlanToPackage } from './apply-plan';
import { OpcPackage } from './package/opc';
import { ReadError, sniffWorkbookBytes } from './read-error';
import { readWorkbookBytes } from './read';
import { readZipEntries } from './zip-entries';
import { snapshotToWorkbook } from './from-snapshot';

export { applyPlanToBytes, applyPlanToPackage, PlanApplyError } from './apply-plan';
export type { ApplyResult, SkippedOp } from './apply-plan';
export { snapshotToWorkbook } from './from-snapshot';

export interface ApplyFileResult extends ApplyResult {
  output: string;
  /** Things the person should know about the copy (a macro workbook under a .xlsx name...), Vietnamese / English. */
  warnings: string[];
}

/** Thrown when the output would overwrite the input or cannot be written. One line, Vietnamese / English. */
export class WriteError extends Error {
  constructor(message: string) {
    super(message.replace(/[\r\n]+/g, ' '));
    this.name = 'WriteError';
  }
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

const MACRO_WORKBOOK = /<Override [^>]*ContentType="application\/vnd\.ms-excel\.(sheet|template)\.macroEnabled/;

/** A package with macros keeps them, and Excel opens it only under a macro-enabled name. */
function extensionWarnings(contentTypes: string | null, output: string): string[] {
  if (!contentTypes || !MACRO_WORKBOOK.test(contentTypes) || /\.xl[st]m$/i.test(output)) return [];
  return [`Tệp có macro (VBA): hãy đặt tên tệp ra đuôi .xlsm, Excel không mở tệp có macro mang đuôi .xlsx / the workbook has macros: name the output .xlsm, Excel will not open it as .xlsx`];
}

/** Write bytes to `output` through a temp file + rename; nothing is left behind on failure. */
async function writeAtomic(output: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = join(dirname(resolve(output)), `.${basename(output)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await write(tmp);
    await rename(tmp, output);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    const msg = e instanceof Error ? e.message : String(e);
    throw new WriteError(`Không ghi được tệp / cannot write ${output}: ${msg}`);
  }
}

/** Write `wb` to `output` through a temp file + rename; nothing is left behind on failure. */
export async function writeWorkbookAtomic(wb: ExcelJS.Workbook, output: string): Promise<void> {
  await writeAtomic(output, async (tmp) => {
    await wb.xlsx.writeFile(tmp);
  });
}

/** Read `input`, apply `plan`, write `output`. Never touches `input`; refuses output == input. */
export async function applyPlanToFile(input: string, plan: EditPlan, output: string): Promise<ApplyFileResult> {
  if (await sameFile(input, output)) {
    throw new WriteError(`Tệp ra phải khác tệp nguồn; tệp nguồn không bao giờ bị ghi đè / the output must differ from the input: ${output}`);
  }
  const buf = await readWorkbookBytes(input);
  const sniffed = sniffWorkbookBytes(buf, input);
  if (sniffed) throw sniffed;
  let pkg: OpcPackage;
  try {
    pkg = await OpcPackage.load(buf);
  } catch (e) {
    throw new ReadError('corrupt', input, e instanceof Error ? e.message : String(e));
  }
  const result = await applyPlanToPackage(pkg, plan);
  const bytes = await pkg.toBuffer();
  await writeAtomic(output, (tmp) => writeFile(tmp, bytes));
  const contentTypes = readZipEntries(buf, (n) => n === '[Content_Types].xml').get('[Content_Types].xml') ?? null;
  return { ...result, output, warnings: extensionWarnings(contentTypes, output) };
}

/** Build an .xlsx from a snapshot (values, formulas, formats, styles, merges, CF, markers, hidden rows/cols, notes). */
export async function writeSnapshotToFile(snapshot: WorkbookSnapshot, path: string): Promise<void> {
  await writeWorkbookAtomic(snapshotToWorkbook(snapshot), path);
}
