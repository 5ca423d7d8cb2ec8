/**
 * Where a table's header sits: the row with the most header words among the
 * first rows of the sheet, the group row above it (years, KH/TH blocks), the
 * rows below it that only continue it (years, "Đến năm 2030", KH/TH), and the
 * column-number row ("A B C 1 2 ... 10=2/1") under it.
 */
import type { SheetView } from '../sheet-view';
import { cellText } from '../sheet-view';
import { normalizeVi } from '../text';
import { classifyLabel, Label } from './labels';

/** Header rows are looked for in this many rows from the top of the used range. */
export const HEADER_WINDOW = 30;
const MAX_HEADER_ROWS = 4;

export interface HeaderBlock {
  firstRow: number;
  lastRow: number;
  /** The row with the most header words. */
  anchorRow: number;
  columnNumberRow?: number;
  firstCol: number;
  lastCol: number;
  /** Distinct roles named in the anchor row, for the confidence. */
  anchorRoles: number;
}

export interface LabelledCell {
  col: number;
  text: string;
  label: Label | undefined;
  /** Columns the cell covers when merged across. */
  width: number;
}

/** The cells a row shows in its own right: merged areas count once, at their top-left, and only in their top row. */
export function rowCells(view: SheetView, row: number, fromCol = view.firstCol, toCol = view.lastCol): LabelledCell[] {
  const out: LabelledCell[] = [];
  for (let c = fromCol; c <= toCol; c++) {
    const m = view.merge(row, c);
    if (m && (m.top !== row || m.left !== c)) continue;
    const text = view.text(row, c);
    if (text === '') continue;
    out.push({ col: c, text, label: classifyLabel(text), width: m ? m.right - m.left + 1 : 1 });
  }
  return out;
}

export interface RowScore {
  /** Distinct roles (a year or a series counts once) named by the row's cells. */
  distinct: number;
  hasName: boolean;
  hasStt: boolean;
  labelled: number;
  cells: number;
}

export function scoreCells(cells: LabelledCell[]): RowScore {
  const roles = new Set<string>();
  let labelled = 0;
  for (const cell of cells) {
    const l = cell.label;
    if (!l || l.kind === 'foreign') continue;
    labelled++;
    roles.add(l.kind === 'role' ? l.role : l.kind);
  }
  return { distinct: roles.size, hasName: roles.has('name'), hasStt: roles.has('stt'), labelled, cells: cells.length };
}

/** A header row names at least two things, one of them the STT or the name column, or three things. */
export function isHeaderLike(s: RowScore): boolean {
  if (s.labelled < 2) return false;
  // Header rows are mostly labels; a data row may hold one word that happens to be a header word.
  if (s.labelled * 2 < s.cells) return false;
  return (s.distinct >= 2 && (s.hasName || s.hasStt)) || s.distinct >= 3;
}

function isTitleText(text: string): boolean {
  const t = normalizeVi(text);
  if (/^(phu luc|bieu|bang|kem theo|\()/.test(t) || t.includes(':') || t.length > 80) return true;
  // Titles are set in capitals; group headers are not.
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 12 && letters === letters.toUpperCase();
}

/** Column span covered by the header rows' cells (merges included). */
function spanOf(view: SheetView, first: number, last: number): { firstCol: number; lastCol: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (let r = first; r <= last; r++) {
    for (let c = view.firstCol; c <= view.lastCol; c++) {
      if (view.isEmpty(r, c) && !view.merge(r, c)) continue;
      const m = view.merge(r, c);
      if (m && view.isEmpty(m.top, m.left)) continue;
      lo = Math.min(lo, m ? m.left : c);
      hi = Math.max(hi, m ? m.right : c);
    }
  }
  return lo === Infinity ? { firstCol: view.firstCol, lastCol: view.lastCol } : { firstCol: lo, lastCol: hi };
}

function anchorColumns(cells: LabelledCell[]): { stt?: number; name?: number } {
  let stt: number | undefined;
  let name: number | undefined;
  for (const c of cells) {
    if (c.label?.kind !== 'role') continue;
    if (c.label.role === 'stt' && stt === undefined) stt = c.col;
    if (c.label.role === 'name' && name === undefined) name = c.col;
  }
  return { stt, name };
}

/** Empty, or covered by a merge that starts in an earlier header row. */
function continuesAbove(view: SheetView, row: number, col: number | undefined, headerTop: number): boolean {
  if (col === undefined) return true;
  const m = view.merge(row, col);
  if (m) return m.top < row && m.top >= headerTop;
  return view.isEmpty(row, col);
}

export function isContinuationRow(
  view: SheetView,
  row: number,
  top: number,
  firstCol: number,
  lastCol: number,
  key: { stt?: number; name?: number },
): boolean {
  if (!continuesAbove(view, row, key.stt, top) || !continuesAbove(view, row, key.name, top)) return false;
  const cells = rowCells(view, row, firstCol, lastCol);
  if (cells.length === 0) return false;
  const labelled = cells.filter((c) => c.label && c.label.kind !== 'foreign').length;
  return labelled >= 1 && labelled * 5 >= cells.length * 3;
}

/** Roles a group header may stand over ("Kế hoạch 5 năm" over "Đến năm 2030", "Phân công thực hiện" over the agencies). */
const GROUPED_ROLES = new Set([
  'target2030',
  'annualAverage',
  'planTotal',
  'avgGrowth',
  'ratioPrevious',
  'lead',
  'partners',
  'leader',
  'deadline',
  'output',
  'notes',
]);

/**
 * A group row above the anchor: each of its cells stands over columns the
 * anchor labels as years, KH/TH or grouped roles (never over STT or the name,
 * where titles sit), and none spans the whole table like a title.
 */
export function isGroupRowAbove(view: SheetView, row: number, anchor: number, firstCol: number, lastCol: number): boolean {
  const cells = rowCells(view, row, firstCol, lastCol);
  if (cells.length === 0) return false;
  const width = lastCol - firstCol + 1;
  for (const c of cells) {
    if (!c.label || c.label.kind === 'foreign' || isTitleText(c.text)) return false;
    if (c.width * 5 >= width * 4) return false;
    const text = headerText(view, anchor, c.col);
    const below = text === '' ? undefined : classifyLabel(text);
    if (!below) return false;
    if (below.kind === 'role' ? !GROUPED_ROLES.has(below.role) : below.kind === 'foreign') return false;
  }
  return true;
}

const COLUMN_NUMBER_RE = /^\(?([a-z]{1,2}|\d{1,2}(\s*[=*/+\-x:]\s*[\d/()+\-*x\s]*)?)\)?\.?$/i;

/** "A B C 1 2 3 ... 10=2/1" or "(1) (2) (3)": short tokens in most cells, the name column included. */
export function isColumnNumberRow(view: SheetView, row: number, firstCol: number, lastCol: number, nameCol?: number): boolean {
  if (nameCol !== undefined && !view.isEmpty(row, nameCol) && !COLUMN_NUMBER_RE.test(view.text(row, nameCol))) return false;
  let filled = 0;
  let tokens = 0;
  for (let c = firstCol; c <= lastCol; c++) {
    const t = view.text(row, c);
    if (t === '') continue;
    filled++;
    if (COLUMN_NUMBER_RE.test(t)) tokens++;
  }
  return filled >= 3 && tokens * 10 >= filled * 7;
}

function block(
  view: SheetView,
  firstRow: number,
  lastRow: number,
  anchorRow: number,
  anchorRoles: number,
  key: { stt?: number; name?: number },
): HeaderBlock {
  const { firstCol, lastCol } = spanOf(view, firstRow, lastRow);
  const next = lastRow + 1;
  const columnNumberRow = next <= view.lastRow && isColumnNumberRow(view, next, firstCol, lastCol, key.name) ? next : undefined;
  return { firstRow, lastRow, anchorRow, firstCol, lastCol, anchorRoles, ...(columnNumberRow !== undefined ? { columnNumberRow } : {}) };
}

/** The best header among the first rows, or undefined when no row reads like one. */
export function findHeader(view: SheetView): HeaderBlock | undefined {
  const end = Math.min(view.lastRow, view.firstRow + HEADER_WINDOW - 1);
  let best: { row: number; score: RowScore; cells: LabelledCell[] } | undefined;
  for (let r = view.firstRow; r <= end; r++) {
    const cells = rowCells(view, r);
    if (cells.length < 2) continue;
    const score = scoreCells(cells);
    if (!isHeaderLike(score)) continue;
    const rank = score.distinct * 10 + Math.min(score.labelled, 9);
    const bestRank = best ? best.score.distinct * 10 + Math.min(best.score.labelled, 9) : -1;
    if (rank > bestRank) best = { row: r, score, cells };
  }
  if (!best) return undefined;
  return extendHeader(view, best.row, best.cells, best.score.distinct);
}

function extendHeader(view: SheetView, anchor: number, cells: LabelledCell[], roles: number): HeaderBlock {
  const key = anchorColumns(cells);
  let { firstCol, lastCol } = spanOf(view, anchor, anchor);
  let first = anchor;
  while (
    first - 1 >= view.firstRow &&
    anchor - (first - 1) < MAX_HEADER_ROWS &&
    isGroupRowAbove(view, first - 1, anchor, firstCol, lastCol)
  )
    first--;
  let last = anchor;
  ({ firstCol, lastCol } = spanOf(view, first, anchor));
  while (last + 1 <= view.lastRow && last + 1 - first < MAX_HEADER_ROWS && isContinuationRow(view, last + 1, first, firstCol, lastCol, key))
    last++;
  return block(view, first, last, anchor, roles, key);
}

/** The header the user set (override): its rows as given. */
export function headerAt(view: SheetView, firstRow: number, lastRow: number): HeaderBlock {
  let anchor = firstRow;
  let anchorCells: LabelledCell[] = [];
  let bestDistinct = -1;
  for (let r = firstRow; r <= lastRow; r++) {
    const cells = rowCells(view, r);
    const s = scoreCells(cells);
    if (s.distinct > bestDistinct) {
      bestDistinct = s.distinct;
      anchor = r;
      anchorCells = cells;
    }
  }
  return block(view, firstRow, lastRow, anchor, Math.max(bestDistinct, 0), anchorColumns(anchorCells));
}

/** Text of a cell for header reading: the merged area's value for every cell it covers. */
export function headerText(view: SheetView, row: number, col: number): string {
  return cellText(view.mergedValue(row, col));
}
