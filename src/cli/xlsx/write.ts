/**
 * Write workbooks (issue #2): apply an EditPlan to a copy of an .xlsx, or build
 * an .xlsx from a WorkbookSnapshot (tests, the simulated Excel host's export).
 *
 * Files are written atomically: to a temp file beside the output, then
 * renamed, so a failure leaves no (partial) output; the input is only read,
 * and an output that is the input (same path, or the same file through a link)
 * is refused. Ops ExcelJS cannot express (addChart) are skipped and listed in
 * the result. Add-in sheet markers follow src/core/sheet-marker.ts.
 */
import ExcelJS from 'exceljs';
import { randomBytes } from 'crypto';
import { rename, stat, unlink } from 'fs/promises';
import { basename, dirname, join, resolve } from 'path';
import type { EditPlan } from '../../core/plan';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { ApplyResult, applyPlanToWorkbook } from './apply-plan';
import { loadWorkbookBuffer, readWorkbookBytes } from './read';
import { snapshotToWorkbook } from './from-snapshot';

export { applyPlanToWorkbook, PlanApplyError } from './apply-plan';
export type { ApplyResult, SkippedOp } from './apply-plan';
export { snapshotToWorkbook } from './from-snapshot';

export interface ApplyFileResult extends ApplyResult {
  output: string;
  /** Parts of the input that ExcelJS drops when it rewrites a workbook (charts, pivot tables...), Vietnamese / English. */
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

const LOST_PARTS: [string, string][] = [
  ['xl/charts/', 'biểu đồ / charts'],
  ['xl/pivotTables/', 'bảng tổng hợp động (pivot) / pivot tables'],
  ['xl/slicers/', 'slicer'],
  ['xl/vbaProject.bin', 'macro VBA / VBA macros'],
  ['xl/webextensions/', 'cài đặt và liên kết add-in / add-in settings and binding'],
];

function lostPartWarnings(buf: Buffer): string[] {
  const lost = LOST_PARTS.filter(([p]) => buf.indexOf(p) >= 0).map(([, label]) => label);
  return lost.length > 0 ? [`Bản sao không giữ được: ${lost.join(', ')} (giới hạn của ExcelJS) / not kept in the copy (ExcelJS limitation)`] : [];
}

/** Write `wb` to `output` through a temp file + rename; nothing is left behind on failure. */
export async function writeWorkbookAtomic(wb: ExcelJS.Workbook, output: string): Promise<void> {
  const tmp = join(dirname(resolve(output)), `.${basename(output)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await wb.xlsx.writeFile(tmp);
    await rename(tmp, output);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    const msg = e instanceof Error ? e.message : String(e);
    throw new WriteError(`Không ghi được tệp / cannot write ${output}: ${msg}`);
  }
}

/** Read `input`, apply `plan`, write `output`. Never touches `input`; refuses output == input. */
export async function applyPlanToFile(input: string, plan: EditPlan, output: string): Promise<ApplyFileResult> {
  if (await sameFile(input, output)) {
    throw new WriteError(`Tệp ra phải khác tệp nguồn; tệp nguồn không bao giờ bị ghi đè / the output must differ from the input: ${output}`);
  }
  const buf = await readWorkbookBytes(input);
  const wb = await loadWorkbookBuffer(buf, input);
  const result = applyPlanToWorkbook(wb, plan);
  await writeWorkbookAtomic(wb, output);
  return { ...result, output, warnings: lostPartWarnings(buf) };
}

/** Build an .xlsx from a snapshot (values, formulas, formats, styles, merges, CF, markers, hidden rows/cols, notes). */
export async function writeSnapshotToFile(snapshot: WorkbookSnapshot, path: string): Promise<void> {
  await writeWorkbookAtomic(snapshotToWorkbook(snapshot), path);
}
