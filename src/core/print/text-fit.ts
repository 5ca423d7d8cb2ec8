/**
 * How much room printed text needs, estimated from Times New Roman's advance
 * widths. Neither Excel nor LibreOffice grows a row for wrapped text when it
 * opens a file, so the plan writes row heights; an estimate that errs on the
 * generous side keeps lines from spilling into the next row.
 */

import { boundedMemo } from '../memo';

/** Advance widths in thousandths of an em (Times New Roman / Liberation Serif, which share metrics). */
function advanceOf(ch: string): number {
  if (ch === ' ') return 250;
  if (/[0-9]/.test(ch)) return 500;
  if (/[.,:;'!|]/.test(ch)) return 278;
  if (/[iljtfr()[\]\-/]/.test(ch)) return 333;
  if (/[mw]/.test(ch)) return 722;
  if (/[MW]/.test(ch)) return 944;
  if (/[%≥≤>=<+−]/.test(ch)) return 833;
  const base = ch.normalize('NFD')[0];
  if (base !== ch && base) return advanceOf(base);
  if (/[a-z]/.test(ch)) return 480;
  if (/[A-ZĐ]/.test(ch)) return 722;
  return 600;
}

/** A text's advance in thousandths of an em. A summary measures the same names, units and figures on every row. */
const emOf = boundedMemo(20_000, (text: string): number => {
  let em = 0;
  for (const ch of text) em += advanceOf(ch);
  return em;
});

/** Width of one line of text in points. Bold Times is about 5% wider. */
export function textWidth(text: string, sizePt: number, bold = false): number {
  return (emOf(text) / 1000) * sizePt * (bold ? 1.06 : 1);
}

/**
 * Points of a column `chars` wide (Excel's unit: the default font's digit, 7 px
 * for Calibri 11 at 96 dpi, plus 5 px of padding), minus the cell's inner margins.
 */
export function columnTextPoints(chars: number): number {
  return Math.max(1, (Math.trunc(chars * 7 + 5) - 6) * 0.75);
}

/** Full width of columns in points, as the page sees them. */
export function columnsPoints(widths: number[]): number {
  return widths.reduce((s, w) => s + Math.trunc(w * 7 + 5) * 0.75, 0);
}

/** Lines a wrapped cell needs: greedy word wrap, as Excel and LibreOffice do; a word longer than the line is broken. */
export function wrappedLines(text: string, widthPt: number, sizePt: number, bold = false): number {
  let lines = 0;
  for (const para of String(text).split(/\r?\n/)) {
    lines++;
    let used = 0;
    for (const word of para.split(/\s+/).filter((w) => w)) {
      const w = textWidth(word, sizePt, bold);
      const space = used > 0 ? textWidth(' ', sizePt, bold) : 0;
      if (used > 0 && used + space + w <= widthPt) {
        used += space + w;
        continue;
      }
      if (used > 0) lines++;
      // A word wider than the column runs over as many lines as it needs.
      const extra = Math.max(0, Math.ceil(w / widthPt) - 1);
      lines += extra;
      used = w - extra * widthPt;
    }
  }
  return Math.max(1, lines);
}

/** Row height in points for `lines` lines of `sizePt` text, with the cell's top and bottom padding. */
export function rowHeight(lines: number, sizePt: number): number {
  return Math.min(409, Math.ceil((lines * sizePt * 1.2 + 5) * 4) / 4);
}

/** The height a row needs for its wrapped cells: [text, column width in points, size, bold]. */
export function rowHeightFor(cells: Array<{ text: string; widthPt: number; size: number; bold?: boolean }>, minSize: number): number {
  let h = rowHeight(1, minSize);
  for (const c of cells) {
    if (!c.text) continue;
    h = Math.max(h, rowHeight(wrappedLines(c.text, c.widthPt, c.size, c.bold), c.size));
  }
  return h;
}
