/**
 * The city's "Tổng hợp" sheet: every ward's indicators as values, grouped by
 * ward and then by domain (heading rows instead of columns, so the figures
 * keep room to print at 10 pt or more), with the file, domain, lead agency,
 * source cell and finding count as internal columns beyond the print area,
 * where the autofilter still reaches them.
 */
import type ExcelJS from 'exceljs';
import { basename } from 'path';
import { fitColumns } from '../../core/print/page';
import type { Issuer } from '../../core/print/document';
import { verdictMark, verdictOfLabel } from '../../core/print/verdict-marks';
import { parseViNumber } from '../../core/numbers';
import { isRateUnit, NUMBER_FORMATS, orderSections, SUMMARY_TITLE, viDate } from '../../core/summary';
import type { FileSummary, ReportRow } from '../check-file';
import { DocSheet } from './doc-sheet';

interface Col {
  key: string;
  header: string;
  width: number;
  flex?: number;
  min?: number;
  max?: number;
  align: 'left' | 'center' | 'right';
  figure?: boolean;
}

const HEADER_ROW = 9;
export const REPORT_FOOTER = 'Tổng hợp chỉ tiêu các đơn vị - Trang &P / &N';

/** A hand-typed number ("1083,25") becomes a number, so the city can sum and sort; other values stay as they are. */
export function figure(v: unknown): ExcelJS.CellValue {
  if (typeof v !== 'string') return (v ?? null) as ExcelJS.CellValue;
  const n = parseViNumber(v);
  return n && !n.percent ? n.value : v;
}

function ratio(r: ReportRow, year: number | undefined): number | null {
  if (year === undefined) return null;
  const kh = figure(r.plan[year]);
  const th = figure(r.actual[year]);
  if (typeof kh !== 'number' || typeof th !== 'number' || kh === 0 || th === 0) return null;
  return r.direction === '↓' ? (kh / th) * 100 : (th / kh) * 100;
}

/** What a ward is called in the report: its unit from the title rows, else its file name. */
export function wardName(s: FileSummary): string {
  return s.issuer?.name || basename(s.file).replace(/\.xls[xm]?$/i, '');
}

/** Ward names for column headings: two files of one ward (a plan and a tracking sheet) are told apart by their file. */
export function wardLabels(summaries: FileSummary[]): string[] {
  const names = summaries.map(wardName);
  return names.map((n, i) => (names.indexOf(n) !== names.lastIndexOf(n) ? `${n} (${basename(summaries[i].file)})` : n));
}

export interface IndicatorsSheetStats {
  rows: number;
  indicators: number;
  components: number;
}

export function writeIndicatorsSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, summaries: FileSummary[], date: string, issuer: Issuer | undefined): IndicatorsSheetStats {
  const good = summaries.filter((s) => !s.error && s.rows.length);
  const years = [...new Set(good.flatMap((s) => s.years))].sort((a, b) => a - b);
  const actualYears = [...new Set(good.flatMap((s) => s.actualYears ?? (s.hasActuals ? s.years : [])))].sort((a, b) => a - b);
  // The ratio is for the latest year anyone has reported actuals for, not the plan's last year.
  const reported = good.flatMap((s) => s.rows.flatMap((r) => Object.entries(r.actual).filter(([, v]) => v !== null && v !== '').map(([y]) => Number(y))));
  const latest = reported.length ? Math.max(...reported) : actualYears[actualYears.length - 1];

  const fig = (key: string, header: string): Col => ({ key, header, width: 9.5, align: 'right', figure: true });
  const printed: Col[] = [
    { key: 'stt', header: 'STT', width: 5, align: 'center' },
    { key: 'name', header: 'Chỉ tiêu', width: 40, flex: 1, min: 24, max: 80, align: 'left' },
    { key: 'unit', header: 'ĐVT', width: 8.5, align: 'center' },
    fig('target', 'Mục tiêu 2030 / 5 năm'),
    fig('average', 'Bình quân năm'),
    ...years.map((y) => fig(`plan${y}`, `KH ${y}`)),
    ...actualYears.map((y) => fig(`actual${y}`, `TH ${y}`)),
    ...(actualYears.length ? [{ ...fig('ratio', `Tỷ lệ hoàn thành ${latest ?? ''} (%)`), width: 10 }] : []),
    { key: 'verdict', header: 'Đánh giá', width: 11, align: 'center' },
  ];
  const { widths } = fitColumns(printed, 'landscape');
  const internal: Col[] = [
    { key: 'ward', header: 'Đơn vị', width: 20, align: 'left' },
    { key: 'file', header: 'Tệp', width: 20, align: 'left' },
    { key: 'section', header: 'Lĩnh vực', width: 16, align: 'left' },
    { key: 'lead', header: 'Cơ quan chủ trì', width: 24, align: 'left' },
    { key: 'source', header: 'Ô nguồn', width: 16, align: 'left' },
    { key: 'findings', header: 'Số lỗi', width: 7, align: 'center' },
  ];
  const cols = [...printed.map((c, i) => ({ ...c, width: widths[i] })), ...internal];
  const at = (key: string) => cols.findIndex((c) => c.key === key) + 1;

  const sheet = new DocSheet(wb, 'Tổng hợp', { orientation: 'landscape', widths: cols.map((c) => c.width), printCols: printed.length, footer: REPORT_FOOTER, headerRow: HEADER_ROW });
  const all = good.flatMap((s) => s.rows);
  const components = all.filter((r) => r.kind === 'component').length;
  sheet.header(
    issuer,
    date,
    `${SUMMARY_TITLE} CỦA CÁC PHƯỜNG, XÃ`,
    `(Tổng hợp từ ${summaries.length} tệp của ${good.length} đơn vị; lập ngày ${viDate(date)})`,
    `${all.length - components} chỉ tiêu và ${components} chỉ tiêu thành phần; mỗi dòng được đánh giá theo năm gần nhất có số thực hiện.`,
    at('name'),
  );
  sheet.add(cols.map((c, i) => ({ col: i + 1, value: c.header, bold: true, align: 'center', border: true, fill: '#DDEBF7' })));

  let n = 0;
  const span = printed.length;
  for (const s of good) {
    const ward = wardName(s);
    const file = basename(s.file);
    sheet.add([
      { col: 1, value: `${ward.toLocaleUpperCase('vi')} (${file})`, to: span, bold: true, border: true, fill: '#F2F2F2' },
      { col: at('ward'), value: ward },
      { col: at('file'), value: file },
    ]);
    const bySection = new Map<string, ReportRow[]>();
    for (const r of s.rows) bySection.set(r.section, [...(bySection.get(r.section) ?? []), r]);
    for (const section of orderSections([...bySection.keys()])) {
      sheet.add([
        { col: 1, value: section, to: span, bold: true, italic: true, border: true },
        { col: at('ward'), value: ward },
        { col: at('file'), value: file },
        { col: at('section'), value: section },
      ]);
      for (const r of bySection.get(section)!) {
        n++;
        const numFmt = isRateUnit(r.unit) ? NUMBER_FORMATS.decimal : undefined;
        const v: Record<string, ExcelJS.CellValue> = {
          stt: n,
          name: r.kind === 'component' ? `  ${r.name}` : r.name,
          unit: r.unit,
          target: figure(r.target),
          average: figure(r.average),
          ratio: ratio(r, latest),
          ward,
          file,
          section,
          lead: r.lead,
          source: r.source,
          findings: r.findings,
        };
        for (const y of years) v[`plan${y}`] = figure(r.plan[y]);
        for (const y of actualYears) v[`actual${y}`] = figure(r.actual[y]);
        const verdict = verdictOfLabel(r.verdict);
        const mark = verdict ? verdictMark(verdict) : undefined;
        sheet.add(
          cols.map((c, i) => {
            const value = c.key === 'verdict' ? (mark?.text ?? r.verdict) : (v[c.key] ?? null);
            const isNum = typeof value === 'number';
            return {
              col: i + 1,
              value,
              border: i < span,
              align: c.align,
              italic: c.key === 'name' && r.kind === 'component',
              ...(c.key === 'verdict' && mark ? { fill: mark.fill, fontColor: mark.font } : {}),
              ...(c.figure && isNum ? { numFmt: c.key === 'average' || c.key === 'ratio' ? NUMBER_FORMATS.decimal : (numFmt ?? (Number.isInteger(value) ? NUMBER_FORMATS.whole : NUMBER_FORMATS.decimal)) } : {}),
            };
          }),
        );
      }
    }
  }
  if (!n) sheet.add([{ col: 1, value: 'Không có chỉ tiêu nào được nhận dạng trong các tệp.', to: span, italic: true }]);
  sheet.add([]);
  sheet.legend(at('name'), span);
  sheet.signature(issuer, date, at('name'));
  sheet.commit(cols.length);
  return { rows: n, indicators: n - components, components };
}
