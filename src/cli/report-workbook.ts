/**
 * `phuluc report`: one workbook for the city, with every ward file's
 * indicators in the standard summary layout plus the file they came from, and
 * every finding with an autofilter. Written with ExcelJS's streaming writer so
 * that hundreds of files never sit in memory as workbooks.
 */
import ExcelJS from 'exceljs';
import { rename, unlink } from 'fs/promises';
import { basename, dirname, join } from 'path';
import { summaryColumns, SUMMARY_TITLE, viDate } from '../core/summary';
import type { SummaryModel } from '../core/summary';
import type { FileSummary, ReportRow } from './check-file';

const SEVERITY_VI: Record<string, string> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' };

function ratio(r: ReportRow, year: number | undefined): number | null {
  if (year === undefined) return null;
  const kh = r.plan[year];
  const th = r.actual[year];
  if (typeof kh !== 'number' || typeof th !== 'number' || kh === 0 || th === 0) return null;
  return r.direction === '↓' ? (kh / th) * 100 : (th / kh) * 100;
}

export interface ReportWorkbookStats {
  files: number;
  unreadable: number;
  indicators: number;
  findings: number;
}

export async function writeReportWorkbook(summaries: FileSummary[], out: string, date: string): Promise<ReportWorkbookStats> {
  const years = [...new Set(summaries.flatMap((s) => s.years))].sort((a, b) => a - b);
  const hasActuals = summaries.some((s) => s.hasActuals);
  const latest = hasActuals ? years[years.length - 1] : undefined;
  const std = summaryColumns({ years, hasActuals, sourceSheets: [], indicators: [], tasks: [] } as SummaryModel, latest);
  const cols = [std[0], { key: 'file', header: 'Nguồn (tệp)', width: 24 }, ...std.slice(1).map((c) => (c.key === 'source' ? { ...c, header: 'Ô nguồn' } : c))];

  const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: true });
  wb.creator = 'Phụ lục';
  try {
    const ws = wb.addWorksheet('Tổng hợp', { views: [{ state: 'frozen', ySplit: 4 }] });
    ws.columns = cols.map((c) => ({ key: c.key, width: c.width }));
    ws.addRow([SUMMARY_TITLE]).font = { bold: true, size: 14 };
    ws.addRow([`Tổng hợp từ ${summaries.length} tệp; lập ngày ${viDate(date)}`]).font = { italic: true };
    ws.addRow([]);
    const header = ws.addRow(cols.map((c) => c.header));
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    let n = 0;
    for (const s of summaries) {
      for (const r of s.rows) {
        n++;
        const v: Record<string, unknown> = {
          stt: n,
          file: basename(s.file),
          section: r.section,
          name: r.name,
          unit: r.unit,
          direction: r.direction,
          target: r.target,
          average: r.average,
          ratio: ratio(r, latest),
          verdict: r.verdict,
          lead: r.lead,
          source: r.source,
          findings: r.findings,
        };
        for (const y of years) {
          v[`plan${y}`] = r.plan[y] ?? null;
          v[`actual${y}`] = r.actual[y] ?? null;
        }
        ws.addRow(cols.map((c) => v[c.key] ?? null)).commit();
      }
    }
    ws.autoFilter = { from: { row: 4, column: 1 }, to: { row: 4, column: cols.length } };
    ws.commit();

    const fs = wb.addWorksheet('Lỗi', { views: [{ state: 'frozen', ySplit: 1 }] });
    fs.columns = [
      { header: 'Tệp', key: 'file', width: 24 },
      { header: 'Sheet', key: 'sheet', width: 16 },
      { header: 'Ô', key: 'cell', width: 8 },
      { header: 'Quy tắc', key: 'rule', width: 22 },
      { header: 'Mức độ', key: 'severity', width: 11 },
      { header: 'Nội dung', key: 'message', width: 90 },
    ];
    fs.getRow(1).font = { bold: true };
    let findings = 0;
    for (const s of summaries) {
      if (s.error) {
        fs.addRow({ file: basename(s.file), sheet: '', cell: '', rule: 'file-unreadable', severity: SEVERITY_VI.error, message: s.error }).commit();
        findings++;
      }
      for (const f of s.findings) {
        fs.addRow({ file: basename(s.file), sheet: f.sheet, cell: f.cell, rule: f.rule, severity: SEVERITY_VI[f.severity], message: f.message }).commit();
        findings++;
      }
    }
    fs.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 6 } };
    fs.commit();
    await wb.commit();
    await rename(tmp, out);
    return { files: summaries.length, unreadable: summaries.filter((s) => s.error).length, indicators: n, findings };
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}
