/**
 * The "Tổng hợp" sheet as an edit plan: the standard layout of
 * docs/summary.md, figures as formulas linked to their source cells, text as
 * values, an Excel table, counts, a chart, the colour legend and a print-ready
 * page with the signature block official forms end with.
 */
import { columnLetter, parseA1, quoteSheetName, sheetRef, toA1 } from '../a1';
import { VERDICT_COLORS, VERDICT_LABELS, VERDICTS, Verdict } from '../evaluation';
import { EditOp, EditPlan, markedCondition } from '../plan';
import type { WorkbookSnapshot } from '../snapshot';
import { SheetView } from '../sheet-view';
import { displayedDecimals } from '../growth';
import type { SourceCell, SummaryIndicatorRow, SummaryModel } from './model';

export const SUMMARY_MARKER = 'summary';
export const SUMMARY_BASE_NAME = 'Tổng hợp';
export const SUMMARY_TITLE = 'BẢNG TỔNG HỢP CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU';
/** The table header sits on this row; the title block above it. */
export const SUMMARY_HEADER_ROW = 5;

/** How the "Chiều" column shows a direction. */
export const DIRECTION_LABEL = { up: '↑', down: '↓', qualitative: 'định tính' } as const;

type Scalar = string | number | boolean | null;

export interface SummaryColumn {
  key: string;
  header: string;
  width: number;
  year?: number;
}

/** The fixed column set for a model (the year columns are the union of the years found). */
export function summaryColumns(model: SummaryModel, ratioYear: number | undefined): SummaryColumn[] {
  const cols: SummaryColumn[] = [
    { key: 'stt', header: 'STT', width: 6 },
    { key: 'section', header: 'Lĩnh vực', width: 14 },
    { key: 'name', header: 'Chỉ tiêu', width: 46 },
    { key: 'unit', header: 'ĐVT', width: 11 },
    { key: 'direction', header: 'Chiều', width: 8 },
    { key: 'target', header: 'Mục tiêu 2030 / 5 năm', width: 14 },
    { key: 'average', header: 'Bình quân năm', width: 12 },
  ];
  for (const y of model.years) cols.push({ key: `plan${y}`, header: `KH ${y}`, width: 11, year: y });
  if (model.hasActuals) {
    for (const y of model.years) cols.push({ key: `actual${y}`, header: `TH ${y}`, width: 11, year: y });
    cols.push({ key: 'ratio', header: `Tỷ lệ hoàn thành ${ratioYear ?? ''} (%)`.replace('  ', ' '), width: 13 });
  }
  cols.push(
    { key: 'verdict', header: 'Đánh giá', width: 15 },
    { key: 'lead', header: 'Cơ quan chủ trì', width: 28 },
    { key: 'source', header: 'Nguồn', width: 16 },
    { key: 'findings', header: 'Số lỗi', width: 8 },
  );
  return cols;
}

/** A live link to a source cell that stays blank (not 0) while the source is blank. */
function linkFormula(c: SourceCell | undefined): string | null {
  if (!c) return null;
  const ref = sheetRef(c.sheet, c.cell);
  return `=IF(${ref}="","",${ref})`;
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

function rowFormat(views: Map<string, SheetView>, row: SummaryIndicatorRow): string {
  const view = views.get(row.sheet);
  if (!view) return '#,##0.00';
  let decimals = 0;
  for (const c of [...Object.values(row.plan), ...Object.values(row.actual)]) {
    if (typeof c.value !== 'number') continue;
    const at = parseA1(c.cell);
    decimals = Math.max(decimals, displayedDecimals(c.value, view.numberFormat(at.row, at.col)));
  }
  return decimals > 0 ? '#,##0.00' : '#,##0';
}

export interface SummarySheetOptions {
  date: string;
}

export function summarySheetPlan(wb: WorkbookSnapshot, model: SummaryModel, options: SummarySheetOptions): EditPlan {
  const { name: sheet, replace } = summarySheetName(wb);
  const ops: EditOp[] = [];
  if (replace) ops.push({ op: 'deleteSheet', sheet, marker: SUMMARY_MARKER });
  ops.push({ op: 'addSheet', name: sheet, marker: SUMMARY_MARKER, activate: true });

  const ratioYear = latestActualYear(model);
  const cols = summaryColumns(model, ratioYear);
  const lastCol = columnLetter(cols.length);
  const colIndex = new Map(cols.map((c, i) => [c.key, i + 1]));
  const letter = (key: string) => columnLetter(colIndex.get(key)!);

  // Title block.
  ops.push(
    { op: 'setValues', sheet, address: 'A1', values: [[SUMMARY_TITLE]] },
    { op: 'mergeCells', sheet, range: `A1:${lastCol}1` },
    { op: 'setStyle', sheet, range: `A1:${lastCol}1`, bold: true, fontSize: 14, horizontalAlignment: 'center' },
    { op: 'setValues', sheet, address: 'A2', values: [[`Nguồn: ${model.sourceSheets.length ? model.sourceSheets.join('; ') : '(chưa có phụ lục nào được nhận dạng)'}`]] },
    { op: 'mergeCells', sheet, range: `A2:${lastCol}2` },
    { op: 'setStyle', sheet, range: `A2:${lastCol}2`, italic: true, horizontalAlignment: 'center' },
    { op: 'setValues', sheet, address: 'A3', values: [[`Ngày lập: ${viDate(options.date)}`]] },
    { op: 'mergeCells', sheet, range: `A3:${lastCol}3` },
    { op: 'setStyle', sheet, range: `A3:${lastCol}3`, italic: true, horizontalAlignment: 'center' },
  );

  // The table.
  const h = SUMMARY_HEADER_ROW;
  ops.push(
    { op: 'setValues', sheet, address: toA1(h, 1), values: [cols.map((c) => c.header)] },
    { op: 'setStyle', sheet, range: `A${h}:${lastCol}${h}`, bold: true, wrap: true, horizontalAlignment: 'center', verticalAlignment: 'center', border: true },
  );
  const first = h + 1;
  const rows = model.indicators;
  if (rows.length === 0) {
    ops.push({ op: 'setValues', sheet, address: toA1(first, 1), values: [['', '', 'Không có chỉ tiêu nào được nhận dạng trong các phụ lục.']] });
  }
  const values: Scalar[][] = [];
  const formulas: (string | null)[][] = [];
  rows.forEach((r, i) => {
    const v: Scalar[] = new Array(cols.length).fill(null);
    const f: (string | null)[] = new Array(cols.length).fill(null);
    const set = (key: string, value: Scalar) => (v[colIndex.get(key)! - 1] = value);
    const setF = (key: string, formula: string | null) => (f[colIndex.get(key)! - 1] = formula);
    set('stt', i + 1);
    set('section', r.section);
    set('name', r.kind === 'component' ? `  ${r.name}` : r.name);
    set('unit', r.unit);
    set('direction', DIRECTION_LABEL[r.direction]);
    setF('target', linkFormula(r.target));
    setF('average', linkFormula(r.annualAverage));
    for (const y of model.years) {
      setF(`plan${y}`, linkFormula(r.plan[y]));
      if (model.hasActuals) setF(`actual${y}`, linkFormula(r.actual[y]));
    }
    if (model.hasActuals) setF('ratio', ratioFormula(r, ratioYear));
    set('verdict', VERDICT_LABELS[r.verdict].vi);
    set('lead', r.lead);
    setF('source', hyperlinkFormula(r.source.sheet, r.source.cell));
    set('findings', r.findings);
    values.push(v);
    formulas.push(f);
  });
  const last = first + Math.max(rows.length, 1) - 1;
  if (rows.length) {
    ops.push({ op: 'setValues', sheet, address: toA1(first, 1), values });
    ops.push({ op: 'setFormulas', sheet, address: toA1(first, 1), formulas });
    const figFrom = letter('target');
    const figTo = model.hasActuals ? letter(`actual${model.years[model.years.length - 1]}`) : model.years.length ? letter(`plan${model.years[model.years.length - 1]}`) : letter('average');
    const views = new Map(wb.sheets.filter((s) => model.sourceSheets.includes(s.name)).map((s) => [s.name, SheetView.of(s)]));
    // One op per run of rows with the same format keeps big summaries to a few hundred ops.
    for (const run of runsOf(rows.map((r) => rowFormat(views, r)))) {
      ops.push({ op: 'setNumberFormat', sheet, range: `${figFrom}${first + run.from}:${figTo}${first + run.to}`, format: run.value });
    }
    if (model.hasActuals) ops.push({ op: 'setNumberFormat', sheet, range: `${letter('ratio')}${first}:${letter('ratio')}${last}`, format: '#,##0.00' });
    ops.push(
      { op: 'setStyle', sheet, range: `A${first}:${lastCol}${last}`, border: true, verticalAlignment: 'center' },
      { op: 'setStyle', sheet, range: `${letter('name')}${first}:${letter('name')}${last}`, wrap: true },
      { op: 'setStyle', sheet, range: `${letter('lead')}${first}:${letter('lead')}${last}`, wrap: true },
    );
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

  let next = last + 2;
  next = countsBlock(ops, sheet, model, next, { verdict: letter('verdict'), section: letter('section'), lead: letter('lead'), first, last });
  next = legendBlock(ops, sheet, next);
  if (model.tasks.length) next = tasksBlock(ops, sheet, model, next);
  signatureBlock(ops, sheet, next, cols.length);

  ops.push({
    op: 'setPageLayout',
    sheet,
    orientation: 'landscape',
    paperSize: 'A4',
    fitToWidth: true,
    printTitleRows: `${h}:${h}`,
    footer: 'Trang &P / &N',
  });
  return { version: 1, action: 'summary', description: `Tạo bảng tổng hợp "${sheet}" (${rows.length} chỉ tiêu)`, ops };
}

function latestActualYear(model: SummaryModel): number | undefined {
  let y: number | undefined;
  for (const r of model.indicators) if (r.latestYear !== undefined && (y === undefined || r.latestYear > y)) y = r.latestYear;
  if (y === undefined && model.hasActuals) y = model.years[model.years.length - 1];
  return y;
}

function tableName(wb: WorkbookSnapshot): string {
  // Table names are workbook-wide; the replaced sheet takes its table with it.
  const others = wb.sheets.filter((s) => s.addinMarker !== SUMMARY_MARKER && s.name.toLowerCase().startsWith(SUMMARY_BASE_NAME.toLowerCase())).length;
  return others ? `PhuLucTongHop${others + 1}` : 'PhuLucTongHop';
}

function heading(ops: EditOp[], sheet: string, row: number, text: string): void {
  ops.push({ op: 'setValues', sheet, address: `A${row}`, values: [[text]] }, { op: 'setStyle', sheet, range: `A${row}`, bold: true });
}

function countsBlock(
  ops: EditOp[],
  sheet: string,
  model: SummaryModel,
  start: number,
  at: { verdict: string; section: string; lead: string; first: number; last: number },
): number {
  const vr = `$${at.verdict}$${at.first}:$${at.verdict}$${at.last}`;
  const sr = `$${at.section}$${at.first}:$${at.section}$${at.last}`;
  const lr = `$${at.lead}$${at.first}:$${at.lead}$${at.last}`;
  const verdicts: Verdict[] = ['exceeded', 'met', 'missed', 'no-data', 'unknown'];
  let row = start;

  heading(ops, sheet, row, 'Thống kê theo đánh giá');
  row++;
  ops.push({ op: 'setValues', sheet, address: `A${row}`, values: [['', 'Đánh giá', 'Số chỉ tiêu']] }, { op: 'setStyle', sheet, range: `B${row}:C${row}`, bold: true, border: true });
  row++;
  verdicts.forEach((v, i) => {
    ops.push(
      { op: 'setValues', sheet, address: `B${row + i}`, values: [[VERDICT_LABELS[v].vi]] },
      { op: 'setFormulas', sheet, address: `C${row + i}`, formulas: [[`=COUNTIF(${vr},B${row + i})`]] },
    );
  });
  ops.push({ op: 'setStyle', sheet, range: `B${row}:C${row + verdicts.length - 1}`, border: true });
  row += verdicts.length + 1;

  // By section: also the chart's data (categories in the first column, series in the header row).
  const sections = [...new Set(model.indicators.map((r) => r.section))];
  heading(ops, sheet, row, 'Thống kê theo lĩnh vực');
  row++;
  const headerRow = row;
  ops.push(
    { op: 'setValues', sheet, address: `B${row}`, values: [['Lĩnh vực', ...verdicts.map((v) => VERDICT_LABELS[v].vi), 'Tổng']] },
    { op: 'setStyle', sheet, range: `B${row}:${columnLetter(2 + verdicts.length + 1)}${row}`, bold: true, border: true, wrap: true },
  );
  row++;
  sections.forEach((s, i) => {
    const r = row + i;
    ops.push({ op: 'setValues', sheet, address: `B${r}`, values: [[s]] });
    ops.push({
      op: 'setFormulas',
      sheet,
      address: `C${r}`,
      formulas: [[...verdicts.map((_, j) => `=COUNTIFS(${sr},$B${r},${vr},${columnLetter(3 + j)}$${headerRow})`), `=COUNTIF(${sr},$B${r})`]],
    });
  });
  if (sections.length) {
    const lastSectionRow = row + sections.length - 1;
    ops.push({ op: 'setStyle', sheet, range: `B${row}:${columnLetter(2 + verdicts.length + 1)}${lastSectionRow}`, border: true });
    ops.push({
      op: 'addChart',
      sheet,
      type: 'columnStacked',
      dataRange: `B${headerRow}:${columnLetter(2 + verdicts.length)}${lastSectionRow}`,
      anchor: `${columnLetter(2 + verdicts.length + 3)}${headerRow}`,
      title: 'Đánh giá chỉ tiêu theo lĩnh vực',
    });
  }
  row += Math.max(sections.length, 1) + 1;

  const leads = [...new Set(model.indicators.map((r) => r.lead).filter((l) => l))];
  heading(ops, sheet, row, 'Thống kê theo cơ quan chủ trì');
  row++;
  ops.push({ op: 'setValues', sheet, address: `B${row}`, values: [['Cơ quan chủ trì', 'Số chỉ tiêu', 'Không đạt']] }, { op: 'setStyle', sheet, range: `B${row}:D${row}`, bold: true, border: true });
  row++;
  leads.forEach((l, i) => {
    const r = row + i;
    ops.push(
      { op: 'setValues', sheet, address: `B${r}`, values: [[l]] },
      { op: 'setFormulas', sheet, address: `C${r}`, formulas: [[`=COUNTIF(${lr},$B${r})`, `=COUNTIFS(${lr},$B${r},${vr},"${VERDICT_LABELS.missed.vi}")`]] },
    );
  });
  if (leads.length) ops.push({ op: 'setStyle', sheet, range: `B${row}:D${row + leads.length - 1}`, border: true, wrap: true });
  return row + Math.max(leads.length, 1) + 1;
}

function legendBlock(ops: EditOp[], sheet: string, start: number): number {
  heading(ops, sheet, start, 'Chú thích màu (Đánh giá và tô màu trên phụ lục)');
  const verdicts: Verdict[] = ['exceeded', 'met', 'missed', 'no-data', 'unknown'];
  verdicts.forEach((v, i) => {
    const r = start + 1 + i;
    ops.push(
      { op: 'setValues', sheet, address: `B${r}`, values: [[VERDICT_LABELS[v].vi]] },
      { op: 'setStyle', sheet, range: `B${r}`, fill: VERDICT_COLORS[v].fill, fontColor: VERDICT_COLORS[v].font, border: true },
      { op: 'setValues', sheet, address: `C${r}`, values: [[LEGEND_TEXT[v]]] },
    );
  });
  return start + verdicts.length + 2;
}

const LEGEND_TEXT: Record<Verdict, string> = {
  exceeded: 'Thực hiện vượt mục tiêu theo chiều tốt',
  met: 'Thực hiện đạt mục tiêu',
  missed: 'Thực hiện không đạt mục tiêu',
  'no-data': 'Chưa nhập số thực hiện',
  unknown: 'Mục tiêu dạng văn bản, không tự so sánh được: cán bộ tự đánh giá',
};

function tasksBlock(ops: EditOp[], sheet: string, model: SummaryModel, start: number): number {
  heading(ops, sheet, start, 'CÁC NHIỆM VỤ TRỌNG TÂM');
  const h = start + 1;
  const headers = ['STT', 'Nhiệm vụ', 'Thời gian', 'Chủ trì', 'Phối hợp', 'Kết quả/sản phẩm', 'Nguồn'];
  ops.push(
    { op: 'setValues', sheet, address: `A${h}`, values: [headers] },
    { op: 'setStyle', sheet, range: `A${h}:G${h}`, bold: true, border: true, wrap: true, horizontalAlignment: 'center' },
  );
  model.tasks.forEach((t, i) => {
    const r = h + 1 + i;
    ops.push(
      { op: 'setValues', sheet, address: `A${r}`, values: [[i + 1, t.name, t.deadline, t.lead, t.partners, t.output]] },
      { op: 'setFormulas', sheet, address: `G${r}`, formulas: [[hyperlinkFormula(t.source.sheet, t.source.cell)]] },
    );
  });
  const last = h + model.tasks.length;
  ops.push({ op: 'setStyle', sheet, range: `A${h + 1}:G${last}`, border: true, wrap: true, verticalAlignment: 'top' });
  return last + 2;
}

function signatureBlock(ops: EditOp[], sheet: string, start: number, width: number): void {
  const right = Math.max(width - 4, 6);
  const rightCol = columnLetter(right);
  const rightEnd = columnLetter(Math.max(width, right));
  const leftEnd = 'C';
  const r = start;
  ops.push(
    { op: 'setValues', sheet, address: `${rightCol}${r}`, values: [['......................, ngày ...... tháng ...... năm ........']] },
    { op: 'mergeCells', sheet, range: `${rightCol}${r}:${rightEnd}${r}` },
    { op: 'setStyle', sheet, range: `${rightCol}${r}`, italic: true, horizontalAlignment: 'center' },
    { op: 'setValues', sheet, address: `A${r + 1}`, values: [['NGƯỜI LẬP BIỂU']] },
    { op: 'mergeCells', sheet, range: `A${r + 1}:${leftEnd}${r + 1}` },
    { op: 'setStyle', sheet, range: `A${r + 1}`, bold: true, horizontalAlignment: 'center' },
    { op: 'setValues', sheet, address: `${rightCol}${r + 1}`, values: [['THỦ TRƯỞNG ĐƠN VỊ']] },
    { op: 'mergeCells', sheet, range: `${rightCol}${r + 1}:${rightEnd}${r + 1}` },
    { op: 'setStyle', sheet, range: `${rightCol}${r + 1}`, bold: true, horizontalAlignment: 'center' },
    { op: 'setValues', sheet, address: `A${r + 2}`, values: [['(Ký, ghi rõ họ tên)']] },
    { op: 'mergeCells', sheet, range: `A${r + 2}:${leftEnd}${r + 2}` },
    { op: 'setStyle', sheet, range: `A${r + 2}`, italic: true, horizontalAlignment: 'center' },
    { op: 'setValues', sheet, address: `${rightCol}${r + 2}`, values: [['(Ký tên, đóng dấu)']] },
    { op: 'mergeCells', sheet, range: `${rightCol}${r + 2}:${rightEnd}${r + 2}` },
    { op: 'setStyle', sheet, range: `${rightCol}${r + 2}`, italic: true, horizontalAlignment: 'center' },
  );
  // The rows below stay empty: the room to sign and stamp.
}

/** Consecutive equal values as index runs: [a, a, b] → {a, 0..1}, {b, 2..2}. */
function runsOf<T>(values: T[]): Array<{ value: T; from: number; to: number }> {
  const runs: Array<{ value: T; from: number; to: number }> = [];
  values.forEach((value, i) => {
    const last = runs[runs.length - 1];
    if (last && last.value === value) last.to = i;
    else runs.push({ value, from: i, to: i });
  });
  return runs;
}
