/**
 * The real host: Office.js's Excel.run and requirement-set checks behind the
 * XlHost interface. The only file outside src/excel/sim that names the Excel
 * and Office globals, so the task pane never does.
 */
import type { XlContext, XlHost } from './api';
import { DEFAULT_BUDGET, DESKTOP_BUDGET } from './payload';

export const officeExcelHost: XlHost = {
  label: 'Excel',
  get payloadBudget(): number {
    return Office.context.platform === Office.PlatformType.OfficeOnline ? DEFAULT_BUDGET : DESKTOP_BUDGET;
  },
  run<T>(batch: (context: XlContext) => Promise<T>, options: { mergeUndoGroup?: boolean } = {}): Promise<T> {
    const runOptions: Excel.RunOptions = {};
    // Wait for the user to leave cell-edit mode instead of failing (ExcelApi 1.11).
    if (Office.context.requirements.isSetSupported('ExcelApi', '1.11')) runOptions.delayForCellEdit = true;
    if (options.mergeUndoGroup && Office.context.requirements.isSetSupported('ExcelApi', '1.20')) runOptions.mergeUndoGroup = true;
    return Excel.run(runOptions, (context) => batch(context));
  },
  isSetSupported(name: 'ExcelApi', version: string): boolean {
    return Office.context.requirements.isSetSupported(name, version);
  },
};

/** Resolves once Office.js is ready in an Excel host; rejects elsewhere (e.g. a plain browser tab). */
export async function officeReady(): Promise<XlHost> {
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) throw new Error('Phụ lục chỉ chạy trong Excel. / Phụ lục runs only inside Excel.');
  return officeExcelHost;
}
