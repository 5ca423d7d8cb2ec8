/**
 * `phuluc report`: one workbook for the city, printed as an administrative
 * document (issuing body, national motto, title, signature block, Times New
 * Roman, A4 landscape at 10 pt or more), one sheet per view the city reads:
 * "Tổng hợp" (every ward's indicators), "Ma trận" (ward × indicator verdicts)
 * and "Lỗi" (every finding, in Vietnamese). Written with ExcelJS's streaming
 * writer so that hundreds of files never sit in memory as workbooks.
 */
import ExcelJS from 'exceljs';
import { rename, unlink } from 'fs/promises';
import { basename, dirname, join } from 'path';
import { issuerFromOption } from '../core/print/document';
import type { FileSummary } from './check-file';
import { writeFindingsSheet } from './report/findings-sheet';
import { writeIndicatorsSheet } from './report/indicators-sheet';
import { writeMatrixSheet } from './report/matrix-sheet';

export interface ReportWorkbookStats {
  files: number;
  unreadable: number;
  /** Indicator rows, components included (what "chỉ tiêu" counts in the CLI's line). */
  indicators: number;
  findings: number;
}

export interface ReportWorkbookOptions {
  /** The issuing body, e.g. "UBND thành phố Rạch Giá"; blank lines to fill in by hand without it. */
  unit?: string;
}

export async function writeReportWorkbook(summaries: FileSummary[], out: string, date: string, options: ReportWorkbookOptions = {}): Promise<ReportWorkbookStats> {
  const issuer = options.unit?.trim() ? issuerFromOption(options.unit) : undefined;
  const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: true });
  wb.creator = 'Phụ lục';
  try {
    const stats = writeIndicatorsSheet(wb, summaries, date, issuer);
    writeMatrixSheet(wb, summaries, date, issuer);
    const findings = writeFindingsSheet(wb, summaries, date, issuer);
    await wb.commit();
    await rename(tmp, out);
    return { files: summaries.length, unreadable: summaries.filter((s) => s.error).length, indicators: stats.rows, findings };
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}
