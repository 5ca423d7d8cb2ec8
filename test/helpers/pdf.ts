/**
 * What a printed PDF shows, read with poppler-utils and from the PDF's own
 * content streams: per page its size, its text, every word with its box
 * (`pdftotext -bbox-layout`), the font size of every text run (the operand
 * of each `Tf`, which LibreOffice writes already scaled by the page's zoom)
 * and the ruled lines (table borders).
 *
 *   const pages = readPdf('/tmp/out.pdf');
 *   pages[0].fontSizes;   // [14.28, 11.22, ...]
 *   pages[0].words;       // [{ text: 'STT', xMin, yMin, xMax, yMax }, ...] (y from the top)
 */
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { inflateSync } from 'zlib';

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** A ruled line, in the same coordinates as the words (points, y from the top of the page). */
export interface PdfSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  text: string;
  words: PdfWord[];
  fontSizes: number[];
  lines: PdfSegment[];
}

const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");

/** Content stream text of each page, in page order (Pages /Kids; LibreOffice writes one flat page tree). */
function pageStreams(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const objects = new Map<number, { dict: string; start: number }>();
  const objRe = /(\d+) 0 obj\s*<<([\s\S]*?)>>\s*(stream\r?\n)?/g;
  for (let m = objRe.exec(raw); m; m = objRe.exec(raw)) objects.set(Number(m[1]), { dict: m[2], start: m[3] ? m.index + m[0].length : -1 });
  const stream = (n: number): string => {
    const o = objects.get(n);
    if (!o || o.start < 0) return '';
    const data = pdf.subarray(o.start, raw.indexOf('endstream', o.start));
    return (/\/FlateDecode/.test(o.dict) ? inflateSync(data) : data).toString('latin1');
  };
  const pagesObj = [...objects.values()].find((o) => /\/Type\s*\/Pages\b/.test(o.dict) && /\/Kids/.test(o.dict));
  if (!pagesObj) throw new Error('PDF without a page tree');
  const kids = [...(/\/Kids\s*\[([^\]]*)\]/.exec(pagesObj.dict)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((k) => Number(k[1]));
  return kids.map((k) => {
    const page = objects.get(k)!.dict;
    const contents = /\/Contents\s*(?:\[([^\]]*)\]|(\d+) 0 R)/.exec(page);
    const refs = contents?.[1] ? [...contents[1].matchAll(/(\d+) 0 R/g)].map((r) => Number(r[1])) : contents?.[2] ? [Number(contents[2])] : [];
    return refs.map(stream).join('\n');
  });
}

export function readPdf(path: string): PdfPage[] {
  const pdf = readFileSync(path);
  const streams = pageStreams(pdf);
  const html = execFileSync('pdftotext', ['-bbox-layout', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages: PdfPage[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  for (let m = pageRe.exec(html); m; m = pageRe.exec(html)) {
    const words: PdfWord[] = [];
    for (const w of m[3].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      words.push({ text: unescape(w[5]), xMin: Number(w[1]), yMin: Number(w[2]), xMax: Number(w[3]), yMax: Number(w[4]) });
    }
    const height = Number(m[2]);
    const content = streams[pages.length] ?? '';
    const fontSizes = [...content.matchAll(/\/[\w.+-]+\s+([\d.]+)\s+Tf\b/g)].map((t) => Number(t[1]));
    const lines: PdfSegment[] = [...content.matchAll(/([\d.-]+) ([\d.-]+) m\s+([\d.-]+) ([\d.-]+) l\s+S/g)].map((l) => ({
      x1: Number(l[1]),
      y1: height - Number(l[2]),
      x2: Number(l[3]),
      y2: height - Number(l[4]),
    }));
    const text = execFileSync('pdftotext', ['-f', String(pages.length + 1), '-l', String(pages.length + 1), '-layout', path, '-'], { encoding: 'utf8' });
    pages.push({ number: pages.length + 1, width: Number(m[1]), height, text, words, fontSizes, lines });
  }
  if (pages.length !== streams.length) throw new Error(`pdftotext read ${pages.length} pages, the page tree has ${streams.length}`);
  return pages;
}

/**
 * Pairs of words printed over each other. A word's box is its font's full
 * height (about 1.3 em with the accents' room) and lines are set about 1.15 em
 * apart, so the boxes of two lines of one cell touch: text is over text when
 * the boxes share more than `share` of the smaller height and more than a
 * point of width.
 */
export function overlappingWords(words: PdfWord[], share = 0.3): Array<[PdfWord, PdfWord]> {
  const out: Array<[PdfWord, PdfWord]> = [];
  const sorted = [...words].sort((a, b) => a.yMin - b.yMin);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    for (let j = i + 1; j < sorted.length && sorted[j].yMin < a.yMax; j++) {
      const b = sorted[j];
      const dx = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const dy = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (dx > 1 && dy > share * Math.min(a.yMax - a.yMin, b.yMax - b.yMin)) out.push([a, b]);
    }
  }
  return out;
}

/**
 * Words that a table border runs through: text that spills out of its cell
 * into the next row (too short a row) or is cut at a column border (too
 * narrow a column). The glyph box is the font's full height, so a border may
 * graze it by `tolerance` points.
 */
export function wordsCrossingBorders(page: PdfPage, tolerance = 1.5): PdfWord[] {
  return page.words.filter((w) =>
    page.lines.some((l) => {
      if (Math.abs(l.y1 - l.y2) < 0.01) {
        const cx = (w.xMin + w.xMax) / 2;
        return cx > Math.min(l.x1, l.x2) && cx < Math.max(l.x1, l.x2) && l.y1 > w.yMin + tolerance && l.y1 < w.yMax - tolerance;
      }
      if (Math.abs(l.x1 - l.x2) < 0.01) {
        const cy = (w.yMin + w.yMax) / 2;
        return cy > Math.min(l.y1, l.y2) && cy < Math.max(l.y1, l.y2) && l.x1 > w.xMin + tolerance && l.x1 < w.xMax - tolerance;
      }
      return false;
    }),
  );
}
