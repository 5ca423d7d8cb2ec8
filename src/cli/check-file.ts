/** Read one workbook and run the core on it; an unreadable file becomes a report entry with `error`. */
import { checkWorkbook, toReportFile } from '../core/pipeline';
import type { ReportFile } from '../core/report';
import { readWorkbookFile } from './xlsx/read';

export async function checkFile(file: string): Promise<ReportFile> {
  try {
    const wb = await readWorkbookFile(file);
    return toReportFile(file, checkWorkbook(wb));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { file, error: message.split('\n')[0], sheets: [], findings: [], evaluations: [] };
  }
}
