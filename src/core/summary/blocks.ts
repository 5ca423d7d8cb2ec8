/**
 * The parts of the "Tổng hợp" sheet around its table: the document header,
 * the counts, the colour legend, the task block and the signature block.
 * Each writes plan ops through a SheetWriter, which also works out the row
 * heights its wrapped text needs.
 */
import { columnLetter } from '../a1';
import { VERDICT_COLORS, VERDICT_LABELS, Verdict } from '../evaluation';
import type { EditOp } from '../plan';
import { HEAD, Issuer, NATIONAL_MOTTO, NATIONAL_NAME, placeDateLine, PREPARER, UNKNOWN_ISSUER } from '../print/document';
import { BODY_SIZE } from '../print/page';
import { columnTextPoints, rowHeight, wrappedLines } from '../print/text-fit';
import type { SummaryModel, SummaryTaskRow } from './model';

type Scalar = string | number | boolean | null;

/** How one written cell looks; the city's report uses the same fields. */
export interface CellStyle {
  /** Last column of a merged area starting at the cell. */
  to?: number;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  align?: 'left' | 'center' | 'right';
  border?: boolean;
  fill?: string;
  fontColor?: string;
}

/** Writes cells of one sheet as plan ops and keeps the tallest height each row needs. */
export class SheetWriter {
  private readonly heights = new Map<number, number>();

  constructor(
    readonly sheet: string,
    readonly ops: EditOp[],
    private readonly widths: number[],
  ) {}

  /** Points of text room in columns from..to (1-based), as one merged cell. */
  widthPt(from: number, to = from): number {
    let chars = 0;
    for (let c = from; c <= to; c++) chars += this.widths[c - 1] ?? 8.43;
    return columnTextPoints(chars + (to - from) * (5 / 7));
  }

  height(row: number, h: number): void {
    this.heights.set(row, Math.max(this.heights.get(row) ?? 0, h));
  }

  put(row: number, col: number, value: Scalar, style: CellStyle = {}): void {
    const { sheet } = this;
    const a = `${columnLetter(col)}${row}`;
    const range = style.to && style.to > col ? `${a}:${columnLetter(style.to)}${row}` : a;
    this.ops.push({ op: 'setValues', sheet, address: a, values: [[value]] });
    if (range !== a) this.ops.push({ op: 'mergeCells', sheet, range });
    this.ops.push({
      op: 'setStyle',
      sheet,
      range,
      wrap: true,
      verticalAlignment: 'center',
      ...(style.bold ? { bold: true } : {}),
      ...(style.italic ? { italic: true } : {}),
      ...(style.size ? { fontSize: style.size } : {}),
      ...(style.align ? { horizontalAlignment: style.align } : {}),
      ...(style.border ? { border: true } : {}),
      ...(style.fill ? { fill: style.fill } : {}),
      ...(style.fontColor ? { fontColor: style.fontColor } : {}),
    });
    const size = style.size ?? BODY_SIZE;
    if (typeof value === 'string' && value) this.height(row, rowHeight(wrappedLines(value, this.widthPt(col, style.to ?? col), size, style.bold), size));
    else this.height(row, rowHeight(1, size));
  }

  formula(row: number, col: number, formula: string, style: CellStyle = {}): void {
    this.ops.push({ op: 'setFormulas', sheet: this.sheet, address: `${columnLetter(col)}${row}`, formulas: [[formula]] });
    this.ops.push({
      op: 'setStyle',
      sheet: this.sheet,
      range: `${columnLetter(col)}${row}`,
      verticalAlignment: 'center',
      ...(style.border ? { border: true } : {}),
      ...(style.align ? { horizontalAlignment: style.align } : {}),
    });
  }

  flushHeights(): void {
    const heights = [...this.heights].sort((a, b) => a[0] - b[0]).map(([row, height]) => ({ row, height }));
    if (heights.length) this.ops.push({ op: 'setRowHeights', sheet: this.sheet, heights });
  }
}

/** The first column of the right-hand block (motto, signature): wide enough for the motto, never left of `minCol`. */
function rightBlockStart(w: SheetWriter, printCols: number, minCol: number): number {
  let col = printCols;
  while (col > minCol && w.widthPt(col, printCols) < 250) col--;
  return col;
}

export interface DocumentHeader {
  issuer: Issuer | undefined;
  date: string;
  title: string;
  subtitle: string;
  note: string;
  printCols: number;
  /** The issuing body's block spans columns 1..leftCols. */
  leftCols: number;
}

/**
 * Rows 1-7: issuing body (left) and national name and motto (right), the place
 * and date, the title, the "(Kèm theo ...)" line and the sources. Row 8 is left
 * empty above the table header.
 */
export function documentHeader(w: SheetWriter, d: DocumentHeader): void {
  const issuer = d.issuer ?? UNKNOWN_ISSUER;
  const right = rightBlockStart(w, d.printCols, d.leftCols + 1);
  const center = { align: 'center' as const };
  w.put(1, 1, issuer.parent, { ...center, to: d.leftCols, size: 12 });
  w.put(1, right, NATIONAL_NAME, { ...center, to: d.printCols, size: 12, bold: true });
  w.put(2, 1, issuer.unit, { ...center, to: d.leftCols, size: 12, bold: true });
  w.put(2, right, NATIONAL_MOTTO, { ...center, to: d.printCols, size: 13, bold: true });
  w.put(3, right, placeDateLine(issuer.place, d.date), { ...center, to: d.printCols, size: 12, italic: true });
  w.height(4, rowHeight(1, 8));
  w.put(5, 1, d.title, { ...center, to: d.printCols, size: 14, bold: true });
  w.put(6, 1, d.subtitle, { ...center, to: d.printCols, size: 12, italic: true });
  w.put(7, 1, d.note, { ...center, to: d.printCols, italic: true });
  w.height(8, rowHeight(1, 6));
}

export interface CountRanges {
  verdict: string;
  section: string;
  lead: string;
  first: number;
  last: number;
}

const COUNTED: Verdict[] = ['exceeded', 'met', 'missed', 'no-data', 'unknown'];

/**
 * Counts below the table, as COUNTIF formulas over it so they follow edits.
 * Each indicator row counts once, by its latest year with an actual figure:
 * the headings say so, since a year-by-year count would be larger.
 */
export function countsBlock(w: SheetWriter, model: SummaryModel, start: number, at: CountRanges, place: { label: number; printCols: number }): number {
  const vr = `$${at.verdict}$${at.first}:$${at.verdict}$${at.last}`;
  const sr = `$${at.section}$${at.first}:$${at.section}$${at.last}`;
  const lr = `$${at.lead}$${at.first}:$${at.lead}$${at.last}`;
  const L = place.label;
  const letter = (c: number) => columnLetter(c);
  const cell = { border: true };
  let row = start;

  w.put(row++, 1, 'Thống kê theo đánh giá', { bold: true, to: place.printCols });
  w.put(row, L, 'Đánh giá (mỗi chỉ tiêu tính một lần, theo năm gần nhất có số thực hiện)', { ...cell, bold: true });
  w.put(row++, L + 1, 'Số chỉ tiêu', { ...cell, bold: true, align: 'center', to: L + 2 });
  for (const v of COUNTED) {
    w.put(row, L, VERDICT_LABELS[v].vi, cell);
    w.formula(row, L + 1, `=COUNTIF(${vr},${letter(L)}${row})`, { ...cell, align: 'center' });
    w.ops.push({ op: 'mergeCells', sheet: w.sheet, range: `${letter(L + 1)}${row}:${letter(L + 2)}${row}` });
    row++;
  }
  row++;

  // By section: also the chart's data (categories in the first column, series in the header row).
  const sections = [...new Set(model.indicators.map((r) => r.section))];
  w.put(row++, 1, 'Thống kê theo lĩnh vực (số chỉ tiêu)', { bold: true, to: place.printCols });
  const headerRow = row;
  w.put(row, L, 'Lĩnh vực', { ...cell, bold: true });
  COUNTED.forEach((v, j) => w.put(row, L + 1 + j, VERDICT_LABELS[v].vi, { ...cell, bold: true, align: 'center' }));
  w.put(row++, L + 1 + COUNTED.length, 'Tổng', { ...cell, bold: true, align: 'center' });
  for (const s of sections) {
    w.put(row, L, s, cell);
    COUNTED.forEach((_, j) => w.formula(row, L + 1 + j, `=COUNTIFS(${sr},$${letter(L)}${row},${vr},${letter(L + 1 + j)}$${headerRow})`, { ...cell, align: 'center' }));
    w.formula(row, L + 1 + COUNTED.length, `=COUNTIF(${sr},$${letter(L)}${row})`, { ...cell, align: 'center' });
    row++;
  }
  if (sections.length) {
    w.ops.push({
      op: 'addChart',
      sheet: w.sheet,
      type: 'columnStacked',
      dataRange: `${letter(L)}${headerRow}:${letter(L + COUNTED.length)}${row - 1}`,
      anchor: `${letter(L + COUNTED.length + 2)}${headerRow}`,
      title: 'Đánh giá chỉ tiêu theo lĩnh vực',
    });
  } else row++;
  row++;

  const leads = [...new Set(model.indicators.map((r) => r.lead).filter((l) => l))];
  w.put(row++, 1, 'Thống kê theo cơ quan chủ trì (số chỉ tiêu)', { bold: true, to: place.printCols });
  w.put(row, L, 'Cơ quan chủ trì', { ...cell, bold: true });
  w.put(row, L + 1, 'Số chỉ tiêu', { ...cell, bold: true, align: 'center' });
  w.put(row++, L + 2, 'Không đạt', { ...cell, bold: true, align: 'center' });
  for (const l of leads) {
    w.put(row, L, l, cell);
    w.formula(row, L + 1, `=COUNTIF(${lr},$${letter(L)}${row})`, { ...cell, align: 'center' });
    w.formula(row, L + 2, `=COUNTIFS(${lr},$${letter(L)}${row},${vr},"${VERDICT_LABELS.missed.vi}")`, { ...cell, align: 'center' });
    row++;
  }
  return (leads.length ? row : row + 1) + 1;
}

export const LEGEND_TEXT: Record<Verdict, string> = {
  exceeded: 'Thực hiện vượt mục tiêu theo chiều tốt',
  met: 'Thực hiện đạt mục tiêu',
  missed: 'Thực hiện không đạt mục tiêu',
  'no-data': 'Chưa nhập số thực hiện',
  unknown: 'Mục tiêu dạng văn bản, không tự so sánh được: cán bộ tự đánh giá',
};

export function legendBlock(w: SheetWriter, start: number, place: { label: number; printCols: number }): number {
  w.put(start, 1, 'Chú thích màu (Đánh giá và tô màu trên phụ lục)', { bold: true, to: place.printCols });
  COUNTED.forEach((v, i) => {
    const r = start + 1 + i;
    w.put(r, place.label, VERDICT_LABELS[v].vi, { fill: VERDICT_COLORS[v].fill, fontColor: VERDICT_COLORS[v].font, border: true });
    w.put(r, place.label + 1, LEGEND_TEXT[v], { to: place.printCols });
  });
  return start + COUNTED.length + 2;
}

const TASK_FIELDS: Array<{ header: string; min: number; value: (t: SummaryTaskRow) => string }> = [
  { header: 'Nhiệm vụ', min: 150, value: (t) => t.name },
  { header: 'Thời gian', min: 50, value: (t) => t.deadline },
  { header: 'Chủ trì', min: 60, value: (t) => t.lead },
  { header: 'Phối hợp', min: 60, value: (t) => t.partners },
  { header: 'Kết quả/sản phẩm', min: 0, value: (t) => t.output },
];

/** Columns 2..printCols shared out among the task fields: each spans columns until it has its room, the last takes the rest. */
function taskSpans(w: SheetWriter, printCols: number): Array<{ from: number; to: number }> {
  const spans: Array<{ from: number; to: number }> = [];
  let col = 2;
  TASK_FIELDS.forEach((f, i) => {
    const left = TASK_FIELDS.length - i - 1;
    let to = col;
    if (left === 0) to = printCols;
    else while (w.widthPt(col, to) < f.min && printCols - to > left) to++;
    spans.push({ from: col, to });
    col = to + 1;
  });
  return spans;
}

export interface TaskPlace {
  printCols: number;
  /** The internal column that gets the link to each task's source row. */
  linkCol: number;
  link: (t: SummaryTaskRow) => string;
}

export function tasksBlock(w: SheetWriter, tasks: SummaryTaskRow[], start: number, place: TaskPlace): number {
  w.put(start, 1, 'CÁC NHIỆM VỤ TRỌNG TÂM', { bold: true, to: place.printCols });
  const spans = taskSpans(w, place.printCols);
  const h = start + 1;
  const head = { bold: true, border: true, align: 'center' as const };
  w.put(h, 1, 'STT', head);
  TASK_FIELDS.forEach((f, i) => w.put(h, spans[i].from, f.header, { ...head, to: spans[i].to }));
  w.put(h, place.linkCol, 'Nguồn', head);
  tasks.forEach((t, i) => {
    const r = h + 1 + i;
    w.put(r, 1, i + 1, { border: true, align: 'center' });
    TASK_FIELDS.forEach((f, k) => w.put(r, spans[k].from, f.value(t), { border: true, to: spans[k].to }));
    w.formula(r, place.linkCol, place.link(t));
  });
  return h + tasks.length + 2;
}

export interface SignaturePlace {
  date: string;
  issuer: Issuer | undefined;
  printCols: number;
  leftCols: number;
}

/** The preparer signs on the left, the head of the unit on the right, with five empty rows to sign and stamp. Returns the last row. */
export function signatureBlock(w: SheetWriter, start: number, p: SignaturePlace): number {
  const right = rightBlockStart(w, p.printCols, p.leftCols + 1);
  const center = { align: 'center' as const, size: 12 };
  w.put(start, right, placeDateLine((p.issuer ?? UNKNOWN_ISSUER).place, p.date), { ...center, italic: true, to: p.printCols });
  w.put(start + 1, 1, PREPARER.title, { ...center, bold: true, to: p.leftCols });
  w.put(start + 1, right, HEAD.title, { ...center, bold: true, to: p.printCols });
  w.put(start + 2, 1, PREPARER.note, { ...center, italic: true, to: p.leftCols });
  w.put(start + 2, right, HEAD.note, { ...center, italic: true, to: p.printCols });
  // The rows below stay empty: the room to sign and stamp.
  for (let r = start + 3; r <= start + 7; r++) w.height(r, rowHeight(1, BODY_SIZE));
  return start + 7;
}
