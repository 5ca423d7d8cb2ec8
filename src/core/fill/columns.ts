/**
 * Which column holds a role for a given body row. Tables pasted from Word
 * repeat their header where the page broke, and the repeat is not always in
 * the same order (seed 000 swaps its last two columns the second time), so a
 * formula for the average growth must go where the header above that row says
 * "tốc độ tăng bình quân", not blindly into the first header's column.
 */
import { ColumnInfo, columnsOf, ColumnRole } from '../layout';
import { cellText } from '../sheet-view';
import { normalizeVi } from '../text';
import type { SheetModel } from './sheet-model';

type WrittenRole = Extract<ColumnRole, 'planTotal' | 'avgGrowth'>;

const LOOKS_LIKE: Record<WrittenRole, (t: string) => boolean> = {
  avgGrowth: (t) => /binh quan/.test(t) && /(toc do|tang truong|\btang\b)/.test(t),
  planTotal: (t) => /(5 nam|giai doan|ke hoach|tong)/.test(t) && !/(so voi|binh quan|toc do|%)/.test(t),
};

/**
 * The year a growth column's header names ("Tốc độ tăng 2027 (%)"), when it
 * names exactly one and is not an average ("bình quân") or a period
 * ("2026-2030"): such a column holds that year's growth, not the average.
 */
export function growthColumnYear(header: string): number | undefined {
  const t = normalizeVi(header);
  if (/binh quan/.test(t) || /(19|20)\d\d\s*[-–]\s*(19|20)\d\d/.test(t)) return undefined;
  const years = new Set((t.match(/\b(19|20)\d\d\b/g) ?? []).map(Number));
  return years.size === 1 ? [...years][0] : undefined;
}

/** Columns the recogniser calls "avgGrowth" that hold one year's growth. */
export function yearGrowthColumns(model: SheetModel): Array<ColumnInfo & { growthYear: number }> {
  return columnsOf(model.layout, 'avgGrowth').flatMap((c) => {
    const y = growthColumnYear(c.header);
    return y === undefined ? [] : [{ ...c, growthYear: y }];
  });
}

/** The column of a role the fill writes: for the average, the first that is not one year's growth. */
function primaryColumn(model: SheetModel, role: WrittenRole): number | undefined {
  // Asked for every body row: the answer depends on the layout only.
  let memo = primaryCache.get(model);
  if (!memo) primaryCache.set(model, (memo = new Map()));
  if (memo.has(role)) return memo.get(role);
  const cols = columnsOf(model.layout, role);
  const c = role === 'avgGrowth' ? cols.find((x) => growthColumnYear(x.header) === undefined) : cols[0];
  memo.set(role, c?.col);
  return c?.col;
}

const primaryCache = new WeakMap<SheetModel, Map<WrittenRole, number | undefined>>();

/** Header words, not the "A B C 1 2 ... 10=2/1" numbering. */
function hasWords(t: string): boolean {
  return /[a-z]{3,}/.test(t);
}

/** Repeated header blocks (runs of layout rows of kind "header"), top to bottom; computed once per sheet. */
function headerBlocks(model: SheetModel): number[][] {
  let blocks = blockCache.get(model);
  if (blocks) return blocks;
  blocks = [];
  let prev: string | undefined;
  for (const r of model.layout.rows) {
    if (r.kind === 'header') {
      if (prev === 'header') blocks[blocks.length - 1].push(r.row);
      else blocks.push([r.row]);
    }
    prev = r.kind;
  }
  blockCache.set(model, blocks);
  return blocks;
}

const blockCache = new WeakMap<SheetModel, number[][]>();

/** Rows of the repeated header block above `row`, or [] when the row sits under the first header. */
function repeatedHeaderAbove(model: SheetModel, row: number): number[] {
  // Blocks are top to bottom: the last one ending above the row, by binary search (long sheets repeat their header often).
  const blocks = headerBlocks(model);
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid];
    if (b[b.length - 1] < row) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? blocks[lo - 1] : [];
}

function blockText(model: SheetModel, block: number[], col: number): string {
  return normalizeVi(block.map((r) => cellText(model.view.mergedValue(r, col))).join(' '));
}

/** The column of `role` for body row `row`, or undefined when the header above that row has no such column. */
export function roleColumnForRow(model: SheetModel, role: WrittenRole, row: number): number | undefined {
  const col = primaryColumn(model, role);
  if (col === undefined) return undefined;
  const block = repeatedHeaderAbove(model, row);
  if (block.length === 0) return col;
  let memo = cache.get(model);
  if (!memo) cache.set(model, (memo = new Map()));
  const key = block[0] * 2 + (role === 'avgGrowth' ? 1 : 0);
  if (!memo.has(key)) memo.set(key, columnUnder(model, role, col, block));
  return memo.get(key);
}

/** One answer per repeated header block and role (key: first row × 2 + role), whatever the number of rows under it. */
const cache = new WeakMap<SheetModel, Map<number, number | undefined>>();

function columnUnder(model: SheetModel, role: WrittenRole, col: number, block: number[]): number | undefined {
  const here = blockText(model, block, col);
  if (!hasWords(here) || LOOKS_LIKE[role](here)) return col;
  for (let c = model.view.firstCol; c <= model.view.lastCol; c++) {
    if (c !== col && LOOKS_LIKE[role](blockText(model, block, c))) return c;
  }
  return undefined;
}
