/**
 * The ExcelJS 4.4 internals the reader walks (`_rows`, a row's `_cells`,
 * `_merges`), each checked before use, with the public API as the fallback:
 * the public iterators create missing rows and `worksheet.model` rebuilds the
 * whole sheet, which a batch of ward files cannot afford on every sheet; the
 * checks keep a later ExcelJS that renames or reshapes a field correct, only
 * slower.
 */
import type ExcelJS from 'exceljs';
import { parseRange } from '../../core/a1';
import type { Merge } from '../../core/snapshot';

export interface XCell {
  type: number;
  value: unknown;
  formula?: string;
  result?: unknown;
  style?: Partial<ExcelJS.Style>;
  note?: string | { texts?: { text: string }[] };
}

export interface XRow {
  number: number;
  hidden?: boolean;
  _cells?: (XCell | undefined)[];
}

/** Rows by index (row number − 1); holes where the sheet has no row. */
export function rowsOf(ws: ExcelJS.Worksheet): (XRow | undefined)[] {
  const rows = (ws as unknown as { _rows?: unknown })._rows;
  if (Array.isArray(rows)) return rows as (XRow | undefined)[];
  const out: XRow[] = [];
  // Empty rows included: a hidden row may hold no cell at all.
  ws.eachRow({ includeEmpty: true }, (r) => {
    out[r.number - 1] = r as unknown as XRow;
  });
  return out;
}

/** A row's cells by index (column − 1); holes where the row has no cell. */
export function cellsOf(row: XRow): (XCell | undefined)[] {
  if (Array.isArray(row._cells)) return row._cells;
  const out: XCell[] = [];
  (row as unknown as ExcelJS.Row).eachCell({ includeEmpty: false }, (c, col) => {
    out[col - 1] = c as unknown as XCell;
  });
  return out;
}

function isMergeRecord(m: unknown): m is Record<string, Merge | undefined> {
  if (!m || typeof m !== 'object' || Array.isArray(m) || m instanceof Map) return false;
  return Object.values(m).every(
    (r) => r === undefined || (typeof r === 'object' && r !== null && ['top', 'left', 'bottom', 'right'].every((k) => typeof (r as Record<string, unknown>)[k] === 'number')),
  );
}

/** The merged areas, top to bottom then left to right. */
export function mergesOf(ws: ExcelJS.Worksheet): Merge[] {
  const m = (ws as unknown as { _merges?: unknown })._merges;
  const out: Merge[] = [];
  if (isMergeRecord(m)) {
    for (const k in m) {
      const r = m[k];
      if (r) out.push({ top: r.top, left: r.left, bottom: r.bottom, right: r.right });
    }
  } else if (ws.hasMerges) {
    for (const range of ws.model.merges ?? []) out.push(parseRange(range));
  }
  out.sort((a, b) => a.top - b.top || a.left - b.left);
  return out;
}

/** Hidden columns (1-based), through the public `columns` list. */
export function hiddenColsOf(ws: ExcelJS.Worksheet): number[] {
  const cols = ws.columns;
  const out: number[] = [];
  if (!Array.isArray(cols)) return out;
  for (let i = 0; i < cols.length; i++) if (cols[i]?.hidden) out.push(i + 1);
  return out;
}
