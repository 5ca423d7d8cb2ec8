/** Vietnamese text normalisation for matching header words and keywords. */
import { boundedMemo } from './memo';

/**
 * Lowercase, strip diacritics (đ → d), collapse whitespace: "Đơn vị tính" → "don vi tinh".
 * The same labels, units and names are folded again and again by every
 * recogniser and rule (and the same template's in every ward's workbook):
 * cell-sized texts are memoised.
 */
export function normalizeVi(s: string): string {
  return s.length > MEMO_MAX_LENGTH ? fold(s) : memoFold(s);
}

const MEMO_MAX_LENGTH = 200;
const memoFold = boundedMemo(20000, fold);

/**
 * The general folding through Unicode decomposition: the reference the fast
 * table below is built from, and the path for text the table does not cover.
 */
export function foldGeneral(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Folded forms of the precomposed Latin letters (U+00C0..U+024F and the
 * Vietnamese block U+1EA0..U+1EFF), computed once from the general folding so the
 * two agree; folding a cell is then one table lookup per character. Each folds to
 * one character; 0 marks a code the table does not cover.
 */
const FOLD_LIMIT = 0x1f00;
const FOLD = new Uint16Array(FOLD_LIMIT);
for (const [from, to] of [
  [0xc0, 0x24f],
  [0x1ea0, 0x1eff],
]) {
  for (let cp = from; cp <= to; cp++) {
    const f = foldGeneral(String.fromCharCode(cp));
    if (f.length === 1) FOLD[cp] = f.charCodeAt(0);
  }
}

/** Output characters of the fold, reused: a cell's text is folded without a string per character. */
let buffer = new Uint16Array(256);
const CHUNK = 4096;

function fold(s: string): string {
  const n = s.length;
  if (n > buffer.length) buffer = new Uint16Array(Math.max(n, buffer.length * 2));
  const out = buffer;
  let len = 0;
  let space = false;
  // The text is already folded (lowercase ASCII, single inner spaces): return it as it is.
  let same = true;
  for (let i = 0; i < n; i++) {
    const code = s.charCodeAt(i);
    let folded: number;
    if (code < 0x80) {
      if (code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11) {
        space = len > 0;
        continue;
      }
      folded = code >= 65 && code <= 90 ? code + 32 : code;
    } else if (code === 0xa0) {
      space = len > 0;
      continue;
    } else if ((code >= 0x2010 && code <= 0x2027) || (code >= 0x2030 && code <= 0x205e) || (code >= 0x2190 && code <= 0x22ff)) {
      // Dashes, quotes, ellipsis, ≥ ≤ and other caseless symbols pass through.
      folded = code;
    } else {
      folded = code < FOLD_LIMIT ? FOLD[code] : 0;
      // Combining marks, other scripts, unusual spaces: the general path.
      if (folded === 0) return foldGeneral(s);
    }
    if (space) {
      if (same && s.charCodeAt(len) !== 32) same = false;
      out[len++] = 32;
      space = false;
    }
    if (same && s.charCodeAt(len) !== folded) same = false;
    out[len++] = folded;
  }
  if (same && len === n) return s;
  if (len <= CHUNK) return String.fromCharCode.apply(null, out.subarray(0, len) as unknown as number[]);
  let text = '';
  for (let i = 0; i < len; i += CHUNK) text += String.fromCharCode.apply(null, out.subarray(i, Math.min(len, i + CHUNK)) as unknown as number[]);
  return text;
}

