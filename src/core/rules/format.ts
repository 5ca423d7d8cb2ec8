/** Numbers, names and column labels as the messages show them: vi-VN first, en alongside. */
import type { ColumnInfo } from '../layout';
import { formatEnNumber, type Phrase } from '../messages';
import { formatViNumber } from '../numbers';

/** 281427 → "281.427"; 6620.54 with 2 decimals → "6.620,54". */
export function vi(value: number, decimals = 0): string {
  return formatViNumber(value, decimals);
}

/** The English message's form: 281427 → "281,427"; 6620.54 → "6,620.54". */
export function en(value: number, decimals = 0): string {
  return formatEnNumber(value, decimals);
}

/**
 * The column a figure sits in, as a message names it: "Năm 2026" / "2026",
 * "TH 2026" / "Actual 2026", "Kế hoạch 5 năm" / "5-year plan",
 * "Mục tiêu đến 2030" / "2030 target". `series: false` names an actual
 * column by its year alone, as the share rule always has.
 */
export function columnLabel(c: ColumnInfo, series = true): Phrase {
  if (c.role === 'planTotal') return { vi: 'Kế hoạch 5 năm', en: '5-year plan' };
  if (c.role === 'target2030') return { vi: 'Mục tiêu đến 2030', en: '2030 target' };
  const th = series && c.series === 'actual';
  return { vi: `${th ? 'TH' : 'Năm'} ${c.year}`, en: `${th ? 'Actual ' : ''}${c.year}` };
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
