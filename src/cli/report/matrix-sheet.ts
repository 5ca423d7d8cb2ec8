/**
 * The city's ward × indicator matrix: one row per indicator (the same name
 * and unit in several wards is one row), one column per ward, each cell the
 * ward's verdict as a symbol, a word and a colour. Wider than a page when
 * there are many wards: then pages run across, repeating the indicator columns.
 */
import type ExcelJS from 'exceljs';
import { normalizeVi } from '../../core/text';
import { fitColumns, printableWidth } from '../../core/print/page';
import { columnsPoints } from '../../core/print/text-fit';
import type { Issuer } from '../../core/print/document';
import { verdictMark, verdictOfLabel } from '../../core/print/verdict-marks';
import { orderSections, viDate } from '../../core/summary';
import type { FileSummary, ReportRow } from '../check-file';
import { DocSheet } from './doc-sheet';
import { wardLabels } from './indicators-sheet';

const HEADER_ROW = 9;
export const MATRIX_FOOTER = 'Ma trận đánh giá theo đơn vị - Trang &P / &N';

interface MatrixRow {
  section: string;
  name: string;
  unit: string;
  /** Ward index → verdict label. */
  verdicts: Map<number, string>;
}

export function writeMatrixSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, summaries: FileSummary[], date: string, issuer: Issuer | undefined): void {
  const wards = summaries.filter((s) => !s.error && s.rows.length);
  const rows = new Map<string, MatrixRow>();
  wards.forEach((s, w) => {
    for (const r of s.rows as ReportRow[]) {
      const key = `${normalizeVi(r.name)}|${normalizeVi(r.unit)}`;
      let m = rows.get(key);
      if (!m) rows.set(key, (m = { section: r.section, name: r.name, unit: r.unit, verdicts: new Map() }));
      if (!m.verdicts.has(w)) m.verdicts.set(w, r.verdict);
    }
  });

  const fixed = [
    { width: 5 },
    { width: 40, flex: 1, min: 26, max: 60 },
    { width: 8.5 },
  ];
  const wardCols = wards.map(() => ({ width: 12 }));
  // One page wide while the wards fit; beyond that the pages run across with the indicator columns repeated.
  const oneWide = columnsPoints([5, 26, 8.5, ...wardCols.map((c) => c.width)]) <= printableWidth('landscape');
  const widths = oneWide ? fitColumns([...fixed, ...wardCols], 'landscape').widths : [5, 34, 8.5, ...wardCols.map((c) => c.width)];
  const printCols = widths.length;
  const sheet = new DocSheet(wb, 'Ma trận', {
    orientation: 'landscape',
    widths,
    printCols,
    footer: MATRIX_FOOTER,
    headerRow: HEADER_ROW,
    fitToWidth: oneWide,
    titleColumns: oneWide ? undefined : 'A:C',
  });
  sheet.header(
    issuer,
    date,
    'MA TRẬN ĐÁNH GIÁ CHỈ TIÊU THEO ĐƠN VỊ',
    `(${wards.length} đơn vị; ${rows.size} chỉ tiêu; lập ngày ${viDate(date)})`,
    'Mỗi ô: đánh giá của đơn vị theo năm gần nhất có số thực hiện; ô trống: đơn vị không có chỉ tiêu này.',
    2,
  );
  sheet.add([
    { col: 1, value: 'STT', bold: true, align: 'center', border: true, fill: '#DDEBF7' },
    { col: 2, value: 'Chỉ tiêu', bold: true, align: 'center', border: true, fill: '#DDEBF7' },
    { col: 3, value: 'ĐVT', bold: true, align: 'center', border: true, fill: '#DDEBF7' },
    ...wardLabels(wards).map((label, i) => ({ col: 4 + i, value: label, bold: true, align: 'center' as const, border: true, fill: '#DDEBF7' })),
  ]);
  const list = [...rows.values()];
  let n = 0;
  for (const section of orderSections(list.map((r) => r.section))) {
    sheet.add([{ col: 1, value: section, to: printCols, bold: true, italic: true, border: true }]);
    for (const r of list.filter((x) => x.section === section)) {
      n++;
      sheet.add([
        { col: 1, value: n, align: 'center', border: true },
        { col: 2, value: r.name, border: true },
        { col: 3, value: r.unit, align: 'center', border: true },
        ...wards.map((_, w) => {
          const label = r.verdicts.get(w);
          const v = label ? verdictOfLabel(label) : undefined;
          const mark = v ? verdictMark(v) : undefined;
          return { col: 4 + w, value: mark?.text ?? label ?? '', align: 'center' as const, border: true, ...(mark ? { fill: mark.fill, fontColor: mark.font } : {}) };
        }),
      ]);
    }
  }
  sheet.add([]);
  sheet.legend(2, Math.max(3, Math.min(printCols, 8)));
  sheet.signature(issuer, date, 2);
  sheet.commit();
}
