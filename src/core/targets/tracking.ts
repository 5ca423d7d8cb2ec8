/**
 * "Thêm cột theo dõi thực hiện": for a plan-only sheet, a "Thực hiện" block
 * (one column per year) and a completion-ratio block, to the RIGHT of the
 * table so none of the user's references shift, in the header's style, with
 * the highlight rules over the new actual cells.
 */
import { columnLetter, rangeToA1, toA1 } from '../a1';
import type { ColumnInfo, SheetLayout, WorkbookLayout } from '../layout';
import { newColumn, yearColumns } from '../layout';
import { EditOp, EditPlan, emptyPlan } from '../plan';
import { SheetView } from '../sheet-view';
import type { WorkbookSnapshot } from '../snapshot';
import { sheetTargetCells, TargetCell } from './cells';
import { numberExpr, xlNumber } from './formulas';
import { highlightOps, HighlightOptions } from './highlight';

export interface TrackingOptions extends HighlightOptions {
  /** Years to add (default: every plan year without an actual column). */
  years?: number[];
}

/** Header words the recogniser reads as the actual series ("Thực hiện", "TH"). */
export const TRACKING_HEADER = { actual: 'Thực hiện', actualYear: (y: number) => `TH ${y}`, ratio: 'Tỷ lệ hoàn thành (%)', ratioYear: (y: number) => `Năm ${y}`, single: (title: string, y: number) => (title === 'Thực hiện' ? `Thực hiện ${y}` : `Tỷ lệ hoàn thành ${y} (%)`) } as const;

const RATIO_FORMAT = '0.0%';

/** Last column holding anything in the table's rows (header included), merges counted. */
function tableRightEdge(view: SheetView, layout: SheetLayout, top: number, bottom: number): number {
  let right = Math.max(0, ...layout.columns.map((c) => c.col));
  for (let r = top; r <= bottom; r++) {
    for (let c = view.lastCol; c > right; c--) {
      if (!view.isEmpty(r, c)) {
        right = c;
        break;
      }
    }
  }
  for (const m of view.sheet.merges ?? []) if (m.bottom >= top && m.top <= bottom && m.right > right) right = m.right;
  return right;
}

/** The header's own fill, so new headers look like the old ones. */
function headerFill(view: SheetView, first: number, last: number, cols: ColumnInfo[]): string | undefined {
  for (let r = first; r <= last; r++) for (const c of cols) {
    const f = view.fill(r, c.col);
    if (f) return f;
  }
  return undefined;
}

function rangeA1(top: number, left: number, bottom: number, right: number): string {
  return rangeToA1({ top, left, bottom, right });
}

/** TH/KH, or KH/TH when lower is better, as a formula; null when the target is not a number. */
function ratioFormula(cell: TargetCell): string | null {
  const t = cell.actualCell;
  const c = cell.criterion;
  let ref: string;
  let down: boolean;
  if (c.type === 'floor' || c.type === 'ceiling') {
    ref = cell.planIsNumber ? cell.planCell : xlNumber(c.value);
    down = c.type === 'ceiling';
  } else if (c.type === 'band') {
    // The edge that must be reached: the lower bound when higher is better, the upper when lower is.
    down = c.good === 'down';
    ref = xlNumber(down ? c.hi : c.lo);
  } else {
    return null;
  }
  // Blank TH shows nothing; a zero, text or blank plan gives an error, shown as nothing too.
  const v = numberExpr(t);
  return `=IFERROR(IF(${t}="","",${down ? `${ref}/${v}` : `${v}/${ref}`}),"")`;
}

export function planTracking(wb: WorkbookSnapshot, layout: WorkbookLayout, sheetName: string, options: TrackingOptions = {}): EditPlan {
  const description = `Thêm cột theo dõi thực hiện cho "${sheetName}"`;
  const sl = layout.sheets.find((s) => s.name === sheetName);
  const sheet = wb.sheets.find((s) => s.name === sheetName);
  if (!sl || !sheet || sl.kind !== 'indicators' || !sl.header) return emptyPlan('tracking', description);
  const view = SheetView.of(sheet);
  const planCols = yearColumns(sl, 'plan');
  const haveActual = new Set(yearColumns(sl, 'actual').map((c) => c.year));
  const planYears = [...new Set(planCols.map((c) => c.year).filter((y): y is number => y !== undefined))];
  const years = (options.years ?? planYears).filter((y) => planYears.includes(y) && !haveActual.has(y)).sort((a, b) => a - b);
  if (years.length === 0) return emptyPlan('tracking', description);

  const { firstRow: hf, lastRow: hl } = sl.header;
  const bodyTop = Math.max(hl, sl.columnNumberRow ?? 0) + 1;
  const bodyBottom = Math.max(sl.lastRow ?? 0, ...sl.rows.map((r) => r.row), bodyTop);
  const start = tableRightEdge(view, sl, hf, bodyBottom) + 1;
  const n = years.length;
  const thCol = (i: number) => start + i;
  const ratioCol = (i: number) => start + n + i;
  const end = start + 2 * n - 1;

  const ops: EditOp[] = [];
  // Headers: a merged block title over the year cells, like the plan's "2026..2030" header.
  const blocks = [
    { left: start, title: TRACKING_HEADER.actual, label: TRACKING_HEADER.actualYear },
    { left: start + n, title: TRACKING_HEADER.ratio, label: TRACKING_HEADER.ratioYear },
  ];
  for (const b of blocks) {
    if (hl > hf) {
      ops.push({ op: 'setValues', sheet: sheetName, address: toA1(hf, b.left), values: [[b.title]] });
      if (n > 1 || hl - 1 > hf) ops.push({ op: 'mergeCells', sheet: sheetName, range: rangeA1(hf, b.left, hl - 1, b.left + n - 1) });
      ops.push({ op: 'setValues', sheet: sheetName, address: toA1(hl, b.left), values: [years.map((y) => b.label(y))] });
    } else {
      ops.push({ op: 'setValues', sheet: sheetName, address: toA1(hf, b.left), values: [years.map((y) => TRACKING_HEADER.single(b.title, y))] });
    }
  }
  const fill = headerFill(view, hf, hl, sl.columns);
  ops.push({
    op: 'setStyle',
    sheet: sheetName,
    range: rangeA1(hf, start, hl, end),
    bold: true,
    border: true,
    wrap: true,
    horizontalAlignment: 'center',
    verticalAlignment: 'center',
    ...(fill ? { fill } : {}),
  });

  // The column-number row ("A B C 1 2 3 ...") goes on counting.
  if (sl.columnNumberRow) {
    const r = sl.columnNumberRow;
    let max = 0;
    for (let c = view.firstCol; c < start; c++) {
      // "10=2/1" counts as 10: the next column is 11.
      const m = /^(\d+)/.exec(view.text(r, c));
      if (m) max = Math.max(max, Number(m[1]));
    }
    if (max > 0) {
      ops.push({ op: 'setValues', sheet: sheetName, address: toA1(r, start), values: [Array.from({ length: 2 * n }, (_, i) => max + 1 + i)] });
      ops.push({ op: 'setStyle', sheet: sheetName, range: rangeA1(r, start, r, end), border: true, horizontalAlignment: 'center' });
    }
  }

  ops.push({ op: 'setStyle', sheet: sheetName, range: rangeA1(bodyTop, start, bodyBottom, end), border: true });
  ops.push({ op: 'setColumnWidths', sheet: sheetName, widths: Array.from({ length: 2 * n }, (_, i) => ({ col: columnLetter(start + i), width: 11 })) });

  // The sheet as it will read afterwards: the new actual columns paired with the plan.
  const added: ColumnInfo[] = years.map((y, i) => newColumn('year', thCol(i), `${TRACKING_HEADER.actual} / ${TRACKING_HEADER.actualYear(y)}`, y, 'actual'));
  const after: SheetLayout = { ...sl, columns: [...sl.columns, ...added] };
  const newCols = new Set(added.map((c) => c.col));
  const cells = sheetTargetCells(view, after, options.directions).map((c) => {
    if (!newCols.has(c.actualCol)) return c;
    // The new actual cell takes the plan cell's number format (set below), so they compare in the same scale.
    return { ...c, actualPercentFormat: c.planPercentFormat };
  });

  // One formula op per row (null leaves a cell alone) and one format for the ratio block keep the plan short.
  const byRow = new Map<number, TargetCell[]>();
  for (const cell of cells) if (newCols.has(cell.actualCol)) byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell]);
  for (const [row, rowCells] of byRow) {
    const formats = rowCells.map((c) => view.numberFormat(row, c.planCol));
    if (formats.every((f) => f && f === formats[0]) && rowCells.length === n) {
      ops.push({ op: 'setNumberFormat', sheet: sheetName, range: rangeA1(row, start, row, start + n - 1), format: formats[0]! });
    } else {
      rowCells.forEach((c, i) => formats[i] && ops.push({ op: 'setNumberFormat', sheet: sheetName, range: c.actualCell, format: formats[i]! }));
    }
    const formulas: (string | null)[] = years.map((y) => {
      const c = rowCells.find((x) => x.year === y);
      return c ? ratioFormula(c) : null;
    });
    if (formulas.some((f) => f !== null)) ops.push({ op: 'setFormulas', sheet: sheetName, address: toA1(row, ratioCol(0)), formulas: [formulas] });
  }
  ops.push({ op: 'setNumberFormat', sheet: sheetName, range: rangeA1(bodyTop, ratioCol(0), bodyBottom, end), format: RATIO_FORMAT });

  ops.push({ op: 'removeAddinConditionalFormats', sheet: sheetName });
  ops.push(...highlightOps(cells, options));
  return { version: 1, action: 'tracking', description, ops };
}
