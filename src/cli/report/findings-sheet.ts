/**
 * The city's "Lỗi" sheet: every finding of every ward file in Vietnamese, the
 * rule named by its title (ruleTitle), one line per file that could not be
 * read; the rule id stays in an internal column for filtering.
 */
import type ExcelJS from 'exceljs';
import { basename } from 'path';
import { ruleTitle as catalogueTitle } from '../../core/rules';
import type { Issuer } from '../../core/print/document';
import { fitColumns } from '../../core/print/page';
import { viDate } from '../../core/summary';
import type { FileSummary } from '../check-file';
import { DocSheet } from './doc-sheet';
import { wardName } from './indicators-sheet';

const HEADER_ROW = 9;
export const FINDINGS_FOOTER = 'Danh sách lỗi và cảnh báo - Trang &P / &N';
const SEVERITY_VI: Record<string, string> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' };
/** The one finding the report makes itself: a file it could not read. */
export const UNREADABLE = { id: 'file-unreadable', title: 'Không đọc được tệp' } as const;

export function ruleTitle(id: string): string {
  return id === UNREADABLE.id ? UNREADABLE.title : catalogueTitle(id, 'vi');
}

export function writeFindingsSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, summaries: FileSummary[], date: string, issuer: Issuer | undefined): number {
  const printed = [
    { header: 'STT', width: 5 },
    { header: 'Đơn vị', width: 16 },
    { header: 'Tệp', width: 16 },
    { header: 'Trang tính', width: 12 },
    { header: 'Ô', width: 6 },
    { header: 'Quy tắc', width: 22 },
    { header: 'Mức độ', width: 9 },
    { header: 'Nội dung', width: 60, flex: 1, min: 30, max: 100 },
  ];
  const { widths } = fitColumns(printed, 'landscape');
  const headers = [...printed.map((c) => c.header), 'Mã quy tắc'];
  const sheet = new DocSheet(wb, 'Lỗi', { orientation: 'landscape', widths: [...widths, 22], printCols: printed.length, footer: FINDINGS_FOOTER, headerRow: HEADER_ROW });
  const total = summaries.reduce((k, s) => k + s.findings.length + (s.error ? 1 : 0), 0);
  sheet.header(issuer, date, 'DANH SÁCH LỖI VÀ CẢNH BÁO TRONG CÁC PHỤ LỤC', `(${summaries.length} tệp; ${total} dòng; lập ngày ${viDate(date)})`, 'Cột "Ô" chỉ ô cần xem lại trong trang tính của tệp gửi lên.', 6);
  sheet.add(headers.map((h, i) => ({ col: i + 1, value: h, bold: true, align: 'center' as const, border: true, fill: '#DDEBF7' })));
  let n = 0;
  const line = (s: FileSummary, sheetName: string, cell: string, rule: string, severity: string, message: string) => {
    n++;
    const values = [n, s.error ? basename(s.file) : wardName(s), basename(s.file), sheetName, cell, ruleTitle(rule), SEVERITY_VI[severity] ?? severity, message, rule];
    sheet.add(values.map((value, i) => ({ col: i + 1, value, border: i < printed.length, align: i === 0 || i === 4 || i === 6 ? ('center' as const) : undefined })));
  };
  for (const s of summaries) {
    if (s.error) line(s, '', '', UNREADABLE.id, 'error', s.error);
    for (const f of s.findings) line(s, f.sheet, f.cell, f.rule, f.severity, f.message);
  }
  if (!n) sheet.add([{ col: 1, value: 'Không có lỗi hay cảnh báo nào.', to: printed.length, italic: true }]);
  sheet.signature(issuer, date, 3);
  sheet.commit(headers.length);
  return n;
}
