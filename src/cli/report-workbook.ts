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
import { VERDICT_COLORS, VERDICT_LABELS, VERDICTS } from '../core/evaluation';
import { parseViNumber } from '../core/numbers';

const SEVERITY_VI: Record<string, string> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' };
const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const VERDICT_BY_LABEL = new Map(VERDICTS.map((v) => [VERDICT_LABELS[v].vi, VERDICT_COLORS[v]]));

/** A hand-typed number ("1083,25") becomes a number, so the city can sum and sort; other values stay as they are. */
function figure(v: unknown): unknown {
  if (typeof v !== 'string') return v ?? null;
  const n = parseViNumber(v);
  return n && !n.percent ? n.value : v;
}

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
  // The ratio is for the latest year anyone has reported actuals for, not the plan's last year.
  const reported = summaries.flatMap((s) => s.rows.flatMap((r) => Object.entries(r.actual).filter(([, v]) => v !== null && v !== '').map(([y]) => Number(y))));
  const latest = reported.length ? Math.max(...reported) : hasActuals ? years[years.length - 1] : undefined;
  const std = summaryColumns({ years, hasActuals, sourceSheets: [], indicators: [], tasks: [] } as SummaryModel, latest);
  const cols = [std[0], { key: 'file', header: 'Nguồn (tệp)', width: 24 }, ...std.slice(1).map((c) => (c.key === 'source' ? { ...c, header: 'Ô nguồn' } : c))];

  const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: true });
  wb.creator = 'Phụ lục';
  try {
    const ws = wb.addWorksheet('Tổng hợp', { views: [{ state: 'frozen', ySplit: 4 }] });
    ws.columns = cols.map((c) => ({ key: c.key, width: c.width }));
    const title = ws.addRow([SUMMARY_TITLE]);
    title.font = { bold: true, size: 14 };
    title.alignment = { horizontal: 'center' };
    const sub = ws.addRow([`Tổng hợp từ ${summaries.length} tệp; lập ngày ${viDate(date)}`]);
    sub.font = { italic: true };
    sub.alignment = { horizontal: 'center' };
    ws.mergeCells(1, 1, 1, cols.length);
    ws.mergeCells(2, 1, 2, cols.length);
    ws.addRow([]);
    const header = ws.addRow(cols.map((c) => c.header));
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
      cell.border = BORDER;
    });
    const verdictCol = cols.findIndex((c) => c.key === 'verdict') + 1;
    const figureKeys = new Set(cols.filter((c) => c.year !== undefined || c.key === 'target' || c.key === 'average' || c.key === 'ratio').map((c) => c.key));
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
        const row = ws.addRow(cols.map((c) => figure(v[c.key])));
        cols.forEach((c, i) => {
          const cell = row.getCell(i + 1);
          cell.border = BORDER;
          if (figureKeys.has(c.key) && typeof cell.value === 'number') cell.numFmt = Number.isInteger(cell.value) ? '#,##0' : '#,##0.00';
        });
        const colors = VERDICT_BY_LABEL.get(r.verdict);
        if (colors) {
          const cell = row.getCell(verdictCol);
          cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${colors.fill.slice(1)}` } };
          cell.font = { color: { argb: `FF${colors.font.slice(1)}` } };
        }
        row.alignment = { vertical: 'middle', wrapText: true };
        row.commit();
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
