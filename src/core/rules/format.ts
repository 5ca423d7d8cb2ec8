/** Numbers and names as the messages show them: vi-VN first, en alongside. */
import { formatViNumber } from '../numbers';

/** 281427 → "281.427"; 6620.54 with 2 decimals → "6.620,54". */
export function vi(value: number, decimals = 0): string {
  return formatViNumber(value, decimals);
}

/** The English message's form: 281427 → "281,427"; 6620.54 → "6,620.54". */
export function en(value: number, decimals = 0): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + grouped + (frac ? '.' + frac : '');
}

/** An indicator's name cut to a readable length for a message. */
export function shortName(name: string, max = 60): string {
  const n = isCollapsed(name) ? name : name.replace(/\s+/g, ' ').trim();
  return n.length <= max ? n : n.slice(0, max - 1).trimEnd() + '…';
}

/** No whitespace but single spaces between words: what collapsing and trimming would leave as it is. */
function isCollapsed(s: string): boolean {
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
    } else if (isOtherSpace(c)) {
      return false;
    } else {
      space = false;
    }
  }
  return !space || s.length === 0;
}

/** Whitespace other than " " as /\s/ and trim() know it. */
function isOtherSpace(c: number): boolean {
  if (c < 0xa0) return c >= 9 && c <= 13;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Enough decimals to show the difference between two figures shown with `decimals`. */
export function diffDecimals(diff: number, decimals: number): number {
  let d = decimals;
  while (d < 6 && Math.abs(diff) > 0 && Number(Math.abs(diff).toFixed(d)) === 0) d++;
  return d;
}
