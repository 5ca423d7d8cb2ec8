/**
 * The "Tổng hợp" sheet as an edit plan: the standard layout of
 * docs/summary.md, figures as formulas linked to their source cells, text as
 * values, an Excel table, counts, a chart, the colour legend, and a page that
 * prints as an administrative document: issuing body and national motto,
 * title, Times New Roman throughout, text at 10 pt or more on A4 landscape,
 * the signature block.
 */
import { formatViNumber } from '../numbers';
import { columnLetter, parseA1, quoteSheetName, sheetRef, toA1 } from '../a1';
import { VERDICT_COLORS, VERDICT_LABELS, VERDICTS } from '../evaluation';
import { EditOp, EditPlan, markedCondition } from '../plan';
import type { WorkbookSnapshot } from '../snapshot';
import { SheetView } from '../sheet-view';
import { displayedDecimals } from '../growth';
import { normalizeVi } from '../text';
import { BODY_SIZE, DOCUMENT_FONT, footerFont, PAGE_MARGINS } from '../print/page';
import { findAttachmentLine, findIssuer } from '../print/document';
import { columnTextPoints, rowHeightFor } from '../print/text-fit';
import type { SourceCell, SummaryIndicatorRow, SummaryModel } from './model';
import { fitSummaryColumns, NUMBER_FORMATS, summaryColumns } from './columns';
import { countsBlock, documentHeader, legendBlock, signatureBlock, SheetWriter, tasksBlock } from './blocks';

export { summaryColumns } from './columns';
export type { SummaryColumn } from './columns';

export const SUMMARY_MARKER = 'summary';
export const SUMMARY_BASE_NAME = 'Tổng hợp';
export const SUMMARY_TITLE = 'BẢNG TỔNG HỢP CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU';
/** The table header sits on this row; the document header (issuer, motto, title, sources) above it. */
export const SUMMARY_HEADER_ROW = 9;
/** The footer names the document, so a printed page is known for what it is. */
export const SUMMARY_FOOTER = `${footerFont()}Bảng tổng hợp - Trang &P / &N`;

/** How the "Chiều" column shows a direction. */
export const DIRECTION_LABEL = { up: '↑', down: '↓', qualitative: 'định tính' } as const;

type Scalar = string | number | boolean | null;

/** A vi-VN number typed as text with nothing ambiguous about it: "1083,25", "13.103", "6.620,54", "-3". */
const PLAIN_VI_NUMBER = /^[-−]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;

/**
 * A live link to a source cell that stays blank (not 0) while the source is
 * blank. A number the source holds as text ("1083,25") is shown as a number;
 * the source cell itself is left as it is.
 */
function linkFormula(c: SourceCell | undefined): string | null {
  if (!c) return null;
  const ref = sheetRef(c.sheet, c.cell);
  if (typeof c.value === 'string' && PLAIN_VI_NUMBER.test(c.value.trim())) {
    return `=IF(ISNUMBER(${ref}),${ref},IF(${ref}="","",IFERROR(${viTextToNumber(ref)},${ref})))`;
  }
  return `=IF(${ref}="","",${ref})`;
}

/**
 * "1.083,25" → 1083.25 in any locale, with functions every Excel and
 * LibreOffice has: VALUE only ever sees plain digits (its reading of "." and ","
 * follows the reader's locale), the decimals are divided in. NUMBERVALUE would
 * say it in one call, but files must spell it _xlfn.NUMBERVALUE and the
 * Office.js host without the prefix.
 */
function viTextToNumber(ref: string): string {
  const t = `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(TRIM(${ref}),".",""),"−",""),"-","")`;
  const p = `FIND(",",${t}&",")`;
  const whole = `VALUE(LEFT(${t},${p}-1))`;
  const frac = `IF(${p}>LEN(${t}),0,VALUE(MID(${t},${p}+1,20))/10^(LEN(${t})-${p}))`;
  return `IF(OR(LEFT(TRIM(${ref}),1)="-",LEFT(TRIM(${ref}),1)="−"),-1,1)*(${whole}+${frac})`;
}

function hyperlinkFormula(sheet: string, cell: string): string {
  const target = `#${quoteSheetName(sheet)}!${cell}`.replace(/"/g, '""');
  const label = `${sheet}!${cell}`.replace(/"/g, '""');
  return `=HYPERLINK("${target}","${label}")`;
}

function ratioFormula(row: SummaryIndicatorRow, year: number | undefined): string | null {
  if (year === undefined) return null;
  const p = row.plan[year];
  const a = row.actual[year];
  if (!p || !a) return null;
  const kh = sheetRef(p.sheet, p.cell);
  const th = sheetRef(a.sheet, a.cell);
  // Lower-is-better: meeting a ceiling of 1% with 0,5% is 200% done, not 50%.
  const ratio = row.direction === 'down' ? `${kh}/${th}*100` : `${th}/${kh}*100`;
  return `=IFERROR(IF(OR(${th}="",${kh}=""),"",${ratio}),"")`;
}

/** "2026-11-23" → "23/11/2026". */
export function viDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** "Tổng hợp", or "Tổng hợp (2)"... when a sheet of that name is the user's; the add-in's own sheet is regenerated in place. */
export function summarySheetName(wb: WorkbookSnapshot): { name: string; replace: boolean } {
  const own = wb.sheets.find((s) => s.addinMarker === SUMMARY_MARKER);
  if (own) return { name: own.name, replace: true };
  const taken = new Set(wb.sheets.map((s) => s.name.toLowerCase()));
  if (!taken.has(SUMMARY_BASE_NAME.toLowerCase())) return { name: SUMMARY_BASE_NAME, replace: false };
  for (let n = 2; ; n++) {
    const name = `${SUMMARY_BASE_NAME} (${n})`;
    if (!taken.has(name.toLowerCase())) return { name, replace: false };
  }
}

/** Percentages and rates take two decimals; other figures are whole when the source shows them whole. */
export function isRateUnit(unit: string): boolean {
  const n = normalizeVi(unit);
  return n.includes('%') || /^(ty le|toc do|lan)$/.test(n);
}

function rowFormat(views: Map<string, SheetView>, row: SummaryIndicatorRow): string {
  if (isRateUnit(row.unit)) return NUMBER_FORMATS.decimal;
  const view = views.get(row.sheet);
  if (!view) return NUMBER_FORMATS.decimal;
  let decimals = 0;
  for (const c of [row.target, ...Object.values(row.plan), ...Object.values(row.actual)]) {
    if (!c) continue;
    const at = parseA1(c.cell);
    if (typeof c.value === 'number') decimals = Math.max(decimals, displayedDecimals(c.value, view.numberFormat(at.row, at.col)));
    else if (typeof c.value === 'string' && /,\d/.test(c.value) && PLAIN_VI_NUMBER.test(c.value.trim())) decimals = Math.max(decimals, 1);
  }
  return decimals > 0 ? NUMBER_FORMATS.decimal : NUMBER_FORMATS.whole;
}

function cellText(c: SourceCell | undefined): string {
  if (!c || c.value === null || c.value === undefined) return '';
  if (typeof c.value === 'number') return formatViNumber(c.value, 2);
  return typeof c.value === 'object' ? '' : String(c.value);
}

export interface SummarySheetOptions {
  date: string;
  /** The issuing body when the workbook's title rows do not name it ("UBND phường An Dương"). */
  unit?: string;
}

export function summarySheetPlan(wb: WorkbookSnapshot, model: SummaryModel, options: SummarySheetOptions): EditPlan {
  const { name: sheet, replace } = summarySheetName(wb);
  const ops: EditOp[] = [];
  if (replace) ops.push({ op: 'deleteSheet', sheet, marker: SUMMARY_MARKER });
  ops.push({ op: 'addSheet', name: sheet, marker: SUMMARY_MARKER, activate: true });

  const ratioYear = latestActualYear(model);
  const { cols } = fitSummaryColumns(summaryColumns(model, ratioYear));
  const printCols = cols.filter((c) => c.print).length;
  const lastCol = columnLetter(cols.length);
  const lastPrint = columnLetter(printCols);
  const colIndex = new Map(cols.map((c, i) => [c.key, i + 1]));
  const letter = (key: string) => columnLetter(colIndex.get(key)!);
  const widthPt = (key: string) => columnTextPoints(cols[colIndex.get(key)! - 1].width);
  const w = new SheetWriter(sheet, ops, cols.map((c) => c.width));

  const h = SUMMARY_HEADER_ROW;
  const sources = model.sourceSheets.length ? model.sourceSheets.join('; ') : '(chưa có phụ lục nào được nhận dạng)';
  documentHeader(w, {
    issuer: findIssuer(wb, options.unit),
    date: options.date,
    title: SUMMARY_TITLE,
    subtitle: findAttachmentLine(wb) ?? '(Tổng hợp từ các phụ lục chỉ tiêu của đơn vị)',
    note: `Nguồn số liệu: ${sources}. Ngày lập: ${viDate(options.date)}`,
    printCols,
    leftCols: colIndex.get('name')!,
  });

  // The table header: wrapped, centred, tall enough for its longest heading.
  ops.push(
    { op: 'setValues', sheet, address: toA1(h, 1), values: [cols.map((c) => c.header)] },
    { op: 'setStyle', sheet, range: `A${h}:${lastCol}${h}`, bold: true, wrap: true, horizontalAlignment: 'center', verticalAlignment: 'center', border: true },
  );
  w.height(h, rowHeightFor(cols.map((c) => ({ text: c.header, widthPt: columnTextPoints(c.width), size: BODY_SIZE, bold: true })), BODY_SIZE));

  const first = h + 1;
  const rows = model.indicators;
  if (rows.length === 0) {
    ops.push({ op: 'setValues', sheet, address: toA1(first, 1), values: [['', '', 'Không có chỉ tiêu nào được nhận dạng trong các phụ lục.']] });
  }
  const values: Scalar[][] = [];
  const formulas: (string | null)[][] = [];
  const figureKeys = cols.filter((c) => c.align === 'right').map((c) => c.key);
  rows.forEach((r, i) => {
    const v: Scalar[] = new Array(cols.length).fill(null);
    const f: (string | null)[] = new Array(cols.length).fill(null);
    const set = (key: string, value: Scalar) => (v[colIndex.get(key)! - 1] = value);
    const setF = (key: string, formula: string | null) => (f[colIndex.get(key)! - 1] = formula);
    const name = r.kind === 'component' ? `  ${r.name}` : r.name;
    set('stt', i + 1);
    set('section', r.section);
    set('name', name);
    set('unit', r.unit);
    set('direction', DIRECTION_LABEL[r.direction]);
    setF('target', linkFormula(r.target));
    setF('average', linkFormula(r.annualAverage));
    for (const y of model.years) setF(`plan${y}`, linkFormula(r.plan[y]));
    if (model.hasActuals) {
      for (const y of model.actualYears) setF(`actual${y}`, linkFormula(r.actual[y]));
      setF('ratio', ratioFormula(r, ratioYear));
    }
    set('verdict', VERDICT_LABELS[r.verdict].vi);
    set('lead', r.lead);
    setF('source', hyperlinkFormula(r.source.sheet, r.source.cell));
    set('findings', r.findings);
    values.push(v);
    formulas.push(f);
    const figureText = (key: string): string => {
      if (key === 'target') return cellText(r.target);
      if (key === 'average') return cellText(r.annualAverage);
      const c = cols[colIndex.get(key)! - 1];
      if (c.year === undefined) return '';
      return cellText(key.startsWith('plan') ? r.plan[c.year] : r.actual[c.year]);
    };
    w.height(
      first + i,
      rowHeightFor(
        [
          { text: name, widthPt: widthPt('name'), size: BODY_SIZE },
          { text: r.section, widthPt: widthPt('section'), size: BODY_SIZE },
          { text: r.unit, widthPt: widthPt('unit'), size: BODY_SIZE },
          { text: r.lead, widthPt: widthPt('lead'), size: BODY_SIZE },
          { text: VERDICT_LABELS[r.verdict].vi, widthPt: widthPt('verdict'), size: BODY_SIZE },
          ...figureKeys.map((k) => ({ text: figureText(k), widthPt: widthPt(k), size: BODY_SIZE })),
        ],
        BODY_SIZE,
      ),
    );
  });
  const last = first + Math.max(rows.length, 1) - 1;
  if (rows.length) {
    ops.push({ op: 'setValues', sheet, address: toA1(first, 1), values });
    ops.push({ op: 'setFormulas', sheet, address: toA1(first, 1), formulas });
    const figFrom = letter('target');
    const lastFigure = model.hasActuals ? `actual${model.actualYears[model.actualYears.length - 1]}` : model.years.length ? `plan${model.years[model.years.length - 1]}` : 'average';
    const figTo = letter(lastFigure);
    const views = new Map(wb.sheets.filter((s) => model.sourceSheets.includes(s.name)).map((s) => [s.name, SheetView.of(s)]));
    // One op per run of rows with the same format keeps big summaries to a few hundred ops.
    for (const run of runsOf(rows.map((r) => rowFormat(views, r)))) {
      ops.push({ op: 'setNumberFormat', sheet, range: `${figFrom}${first + run.from}:${figTo}${first + run.to}`, format: run.value });
    }
    // Averages are growth rates and ratios are percentages: two decimals whatever the row's other figures.
    ops.push({ op: 'setNumberFormat', sheet, range: `${letter('average')}${first}:${letter('average')}${last}`, format: NUMBER_FORMATS.decimal });
    if (model.hasActuals) ops.push({ op: 'setNumberFormat', sheet, range: `${letter('ratio')}${first}:${letter('ratio')}${last}`, format: NUMBER_FORMATS.decimal });
    ops.push({ op: 'setStyle', sheet, range: `A${first}:${lastCol}${last}`, border: true, wrap: true, verticalAlignment: 'center' });
    for (const run of runsOf(cols.map((c) => c.align))) {
      ops.push({ op: 'setStyle', sheet, range: `${columnLetter(run.from + 1)}${first}:${columnLetter(run.to + 1)}${last}`, horizontalAlignment: run.value });
    }
    for (const run of runsOf(rows.map((r) => r.kind === 'component'))) {
      if (run.value) ops.push({ op: 'setStyle', sheet, range: `${letter('name')}${first + run.from}:${letter('name')}${first + run.to}`, italic: true });
    }
    const vcol = letter('verdict');
    for (const verdict of VERDICTS) {
      ops.push({
        op: 'addConditionalFormat',
        sheet,
        range: `${vcol}${first}:${vcol}${last}`,
        formula: markedCondition(`summary-${verdict}`, `$${vcol}${first}="${VERDICT_LABELS[verdict].vi}"`),
        fill: VERDICT_COLORS[verdict].fill,
        fontColor: VERDICT_COLORS[verdict].font,
        tag: verdict,
      });
    }
    ops.push({ op: 'createTable', sheet, range: `A${h}:${lastCol}${last}`, name: tableName(wb), style: 'TableStyleMedium2' });
  }
  ops.push({ op: 'freezePanes', sheet, rows: h, cols: 0 });
  ops.push({ op: 'setColumnWidths', sheet, widths: cols.map((c, i) => ({ col: columnLetter(i + 1), width: c.width })) });

  const at = { verdict: letter('verdict'), section: letter('section'), lead: letter('lead'), first, last };
  let next = countsBlock(w, model, last + 2, at, { label: colIndex.get('name')!, printCols });
  next = legendBlock(w, next, { label: colIndex.get('name')!, printCols });
  if (model.tasks.length) next = tasksBlock(w, model.tasks, next, { printCols, linkCol: colIndex.get('source')!, link: (t) => hyperlinkFormula(t.source.sheet, t.source.cell) });
  const end = signatureBlock(w, next, { date: options.date, issuer: findIssuer(wb, options.unit), printCols, leftCols: colIndex.get('name')! });

  // One font for the whole document; sizes other than the body's were set where they differ.
  ops.splice(replace ? 2 : 1, 0, { op: 'setStyle', sheet, range: `A1:${lastCol}${end}`, fontName: DOCUMENT_FONT, fontSize: BODY_SIZE });
  w.flushHeights();
  ops.push({
    op: 'setPageLayout',
    sheet,
    orientation: 'landscape',
    paperSize: 'A4',
    fitToWidth: true,
    printTitleRows: `${h}:${h}`,
    printArea: `A1:${lastPrint}${end}`,
    margins: { ...PAGE_MARGINS },
    centerHorizontally: true,
    footer: SUMMARY_FOOTER,
  });
  return { version: 1, action: 'summary', description: `Tạo bảng tổng hợp "${sheet}" (${rows.length} chỉ tiêu)`, ops };
}

function latestActualYear(model: SummaryModel): number | undefined {
  let y: number | undefined;
  for (const r of model.indicators) if (r.latestYear !== undefined && (y === undefined || r.latestYear > y)) y = r.latestYear;
  if (y === undefined && model.hasActuals) y = model.actualYears[model.actualYears.length - 1] ?? model.years[model.years.length - 1];
  return y;
}

function tableName(wb: WorkbookSnapshot): string {
  // Table names are workbook-wide; the replaced sheet takes its table with it.
  const others = wb.sheets.filter((s) => s.addinMarker !== SUMMARY_MARKER && s.name.toLowerCase().startsWith(SUMMARY_BASE_NAME.toLowerCase())).length;
  return others ? `PhuLucTongHop${others + 1}` : 'PhuLucTongHop';
}

/** Consecutive equal values as index runs: [a, a, b] → {a, 0..1}, {b, 2..2}. */
export function runsOf<T>(values: T[]): Array<{ value: T; from: number; to: number }> {
  const runs: Array<{ value: T; from: number; to: number }> = [];
  values.forEach((value, i) => {
    const last = runs[runs.length - 1];
    if (last && last.value === value) last.to = i;
    else runs.push({ value, from: i, to: i });
  });
  return runs;
}

