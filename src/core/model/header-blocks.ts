/**
 * Header blocks of a table: the first header and every header repeated inside
 * the table (pasted from Word across page breaks), read column by column so
 * that they can be compared, and so that the rows under a repeated header can
 * follow that header's column order when it differs from the first one.
 */
import type { ColumnInfo, SheetLayout } from '../layout';
import type { SheetView } from '../sheet-view';
import { cellText } from '../sheet-view';
import { boundedMemo } from '../memo';
import { isColumnNumberRow } from '../recognize/header';
import { normalizeVi } from '../text';

/** A header's rows and what it says over each column (the recogniser's HeaderBlock says where the header is). */
export interface HeaderTexts {
  firstRow: number;
  lastRow: number;
  /** Header text per column (texts of the block's rows joined with " / "), "" when none. */
  texts: Map<number, string>;
}

export function tableColumnSpan(layout: SheetLayout, view: SheetView): { from: number; to: number } {
  if (layout.columns.length === 0) return { from: view.firstCol, to: view.lastCol };
  let from = Infinity;
  let to = -Infinity;
  for (const c of layout.columns) {
    if (c.col < from) from = c.col;
    if (c.col > to) to = c.col;
  }
  return { from, to };
}

function blockTexts(view: SheetView, firstRow: number, lastRow: number, from: number, to: number): Map<number, string> {
  // The "1 2 3" row is the same for every column: judged once per row, not once per cell.
  const rows: number[] = [];
  for (let r = firstRow; r <= lastRow; r++) if (!isColumnNumberRow(view, r, from, to)) rows.push(r);
  const texts = new Map<number, string>();
  for (let c = from; c <= to; c++) {
    let joined = '';
    let lastMerge: unknown = null;
    for (const r of rows) {
      const m = view.merge(r, c);
      if (m && m === lastMerge) continue;
      lastMerge = m ?? null;
      const t = cellText(view.mergedValue(r, c));
      if (t) joined = joined ? joined + ' / ' + t : t;
    }
    texts.set(c, joined);
  }
  return texts;
}

/** The first header and the repeated ones (consecutive rows of kind "header" in the body). */
export function headerBlocks(layout: SheetLayout, view: SheetView): { first: HeaderTexts | null; repeated: HeaderTexts[] } {
  const { from, to } = tableColumnSpan(layout, view);
  const h = layout.header;
  const first = h ? { firstRow: h.firstRow, lastRow: h.lastRow, texts: blockTexts(view, h.firstRow, h.lastRow, from, to) } : null;
  const repeated: HeaderTexts[] = [];
  let start = -1;
  let prev = -1;
  const flush = (): void => {
    if (start > 0) repeated.push({ firstRow: start, lastRow: prev, texts: blockTexts(view, start, prev, from, to) });
    start = -1;
  };
  for (const r of layout.rows) {
    if (r.kind !== 'header' || (layout.header && r.row <= layout.header.lastRow)) continue;
    if (start > 0 && r.row === prev + 1) {
      prev = r.row;
      continue;
    }
    flush();
    start = r.row;
    prev = r.row;
  }
  flush();
  return { first, repeated };
}

const folded = boundedMemo(5000, (text: string): { key: string; tokens: Set<string> } => {
  const key = normalizeVi(text).replace(/[^a-z0-9%]+/g, ' ').trim();
  return { key, tokens: new Set(key.split(' ').filter(Boolean)) };
});

/** A header text folded for comparison: case, diacritics and punctuation do not count. */
export function headerKey(text: string): string {
  return folded(text).key;
}

function tokens(text: string): Set<string> {
  return folded(text).tokens;
}

/** Token overlap (Jaccard) between two header texts, in [0,1]. */
export function headerSimilarity(a: string, b: string): number {
  const x = tokens(a);
  const y = tokens(b);
  if (x.size === 0 && y.size === 0) return 1;
  let common = 0;
  for (const t of x) if (y.has(t)) common++;
  return common / (x.size + y.size - common);
}

/**
 * For a repeated header whose columns differ from the first header, which
 * first-header column each differing column now holds (by best text match).
 */
export function movedColumns(first: HeaderTexts, repeated: HeaderTexts): Map<number, number> {
  const moved = new Map<number, number>();
  for (const [col, text] of repeated.texts) {
    const original = first.texts.get(col) ?? '';
    if (!text || headerKey(text) === headerKey(original)) continue;
    const stay = headerSimilarity(text, original);
    let best = -1;
    let bestScore = 0;
    for (const [c, t] of first.texts) {
      if (c === col || !t) continue;
      const s = headerSimilarity(text, t);
      if (s > bestScore) {
        bestScore = s;
        best = c;
      }
    }
    if (best > 0 && bestScore >= 0.5 && bestScore > stay) moved.set(col, best);
  }
  return moved;
}

/** The layout's columns without those a repeated header moved. */
export function withoutColumns(columns: ColumnInfo[], moved: Map<number, number>): ColumnInfo[] {
  return moved.size === 0 ? columns : columns.filter((c) => !moved.has(c.col));
}
