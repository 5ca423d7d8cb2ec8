/**
 * Which column holds a role for a given body row. Tables pasted from Word
 * repeat their header where the page broke, and the repeat is not always in
 * the same order (seed 000 swaps its last two columns the second time), so a
 * formula for the average growth must go where the header above that row says
 * "tốc độ tăng bình quân", not blindly into the first header's column.
 */
import { columnOf, ColumnRole } from '../layout';
import { cellText } from '../sheet-view';
import { normalizeVi } from '../text';
import type { SheetModel } from './sheet-model';

type WrittenRole = Extract<ColumnRole, 'planTotal' | 'avgGrowth'>;

const LOOKS_LIKE: Record<WrittenRole, (t: string) => boolean> = {
  avgGrowth: (t) => /binh quan/.test(t) && /(toc do|tang truong|\btang\b)/.test(t),
  planTotal: (t) => /(5 nam|giai doan|ke hoach|tong)/.test(t) && !/(so voi|binh quan|toc do|%)/.test(t),
};

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
  let found: number[] = [];
  for (const b of headerBlocks(model)) {
    if (b[b.length - 1] < row) found = b;
    else break;
  }
  return found;
}

function blockText(model: SheetModel, block: number[], col: number): string {
  return normalizeVi(block.map((r) => cellText(model.view.mergedValue(r, col))).join(' '));
}

/** The column of `role` for body row `row`, or undefined when the header above that row has no such column. */
export function roleColumnForRow(model: SheetModel, role: WrittenRole, row: number): number | undefined {
  const col = columnOf(model.layout, role)?.col;
  if (col === undefined) return undefined;
  const block = repeatedHeaderAbove(model, row);
  if (block.length === 0) return col;
  let memo = cache.get(model);
  if (!memo) cache.set(model, (memo = new Map()));
  const key = `${role}@${block[0]}`;
  if (!memo.has(key)) memo.set(key, columnUnder(model, role, col, block));
  return memo.get(key);
}

/** One answer per repeated header block, whatever the number of rows under it. */
const cache = new WeakMap<SheetModel, Map<string, number | undefined>>();

function columnUnder(model: SheetModel, role: WrittenRole, col: number, block: number[]): number | undefined {
  const here = blockText(model, block, col);
  if (!hasWords(here) || LOOKS_LIKE[role](here)) return col;
  for (let c = model.view.firstCol; c <= model.view.lastCol; c++) {
    if (c !== col && LOOKS_LIKE[role](blockText(model, block, c))) return c;
  }
  return undefined;
}
