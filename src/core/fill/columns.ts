/**
 * Which column holds a role for a given body row. Tables pasted from Word
 * repeat their header where the page broke, and the repeat is not always in
 * the same order (seed 000 swaps its last two columns the second time), so a
 * formula for the average growth must go where the header above that row says
 * "tốc độ tăng bình quân", not blindly into the first header's column.
 */
import { ColumnInfo, columnsOf, ColumnRole } from '../layout';
import { normalizeVi } from '../text';
import type { HeaderTexts } from '../model/header-blocks';
import type { SheetModel } from '../model/sheet-model';

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
  const primary = model.memo('fill:primaryColumns', () => {
    const growth = columnsOf(model.layout, 'avgGrowth').find((x) => growthColumnYear(x.header) === undefined);
    return { planTotal: columnsOf(model.layout, 'planTotal')[0]?.col, avgGrowth: growth?.col };
  });
  return primary[role];
}

/** Header words, not the "A B C 1 2 ... 10=2/1" numbering. */
function hasWords(t: string): boolean {
  return /[a-z]{3,}/.test(t);
}

/** The repeated header above `row`, or undefined when the row sits under the first header. */
function repeatedHeaderAbove(model: SheetModel, row: number): HeaderTexts | undefined {
  // Blocks are top to bottom: the last one ending above the row, by binary search (long sheets repeat their header often).
  const blocks = model.headers().repeated;
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].lastRow < row) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? blocks[lo - 1] : undefined;
}

function blockText(block: HeaderTexts, col: number): string {
  return normalizeVi(block.texts.get(col) ?? '');
}

/** The column of `role` for body row `row`, or undefined when the header above that row has no such column. */
export function roleColumnForRow(model: SheetModel, role: WrittenRole, row: number): number | undefined {
  const col = primaryColumn(model, role);
  if (col === undefined) return undefined;
  const block = repeatedHeaderAbove(model, row);
  if (!block) return col;
  // One answer per repeated header and role (key: first row × 2 + role), whatever the number of rows under it.
  const under = model.memo('fill:columnsUnder', () => new Map<number, number | undefined>());
  const key = block.firstRow * 2 + (role === 'avgGrowth' ? 1 : 0);
  if (!under.has(key)) under.set(key, columnUnder(role, col, block));
  return under.get(key);
}

function columnUnder(role: WrittenRole, col: number, block: HeaderTexts): number | undefined {
  const here = blockText(block, col);
  if (!hasWords(here) || LOOKS_LIKE[role](here)) return col;
  for (const c of block.texts.keys()) {
    if (c !== col && LOOKS_LIKE[role](blockText(block, c))) return c;
  }
  return undefined;
}
