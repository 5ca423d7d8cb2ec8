/** Vietnamese text normalisation for matching header words and keywords. */

/** Lowercase, strip diacritics (đ → d), collapse whitespace: "Đơn vị tính" → "don vi tinh". */
export function normalizeVi(s: string): string {
  // The same labels, units and names are normalised again and again by every
  // recogniser and rule; a bounded memo saves most of the allocation.
  const hit = MEMO.get(s);
  if (hit !== undefined) return hit;
  const out = normalizeUncached(s);
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(s, out);
  return out;
}

const MEMO = new Map<string, string>();
const MEMO_LIMIT = 20000;

function normalizeUncached(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
