/**
 * The table body: every non-blank row from under the header to the end of the
 * table (signatures, "Nơi nhận", notes), each with its kind, its parent
 * indicator and its section. Linear in the body's cells.
 */
import { newRow, type ColumnInfo, type RowInfo, type SheetKind } from '../layout';
import { cellNumber } from '../numbers';
import type { SheetView } from '../sheet-view';
import type { CellValue } from '../snapshot';
import { directionOf } from './direction';
import type { HeaderBlock } from './header';
import { isColumnNumberRow, isContinuationRow, isGroupRowAbove, isHeaderLike, rowCells, scoreCells } from './header';
import { normalizeVi } from '../text';
import { classifyLabel } from './labels';

type SttForm = 'roman' | 'letter' | 'int' | 'dotted' | 'sub' | 'none' | 'other';

const ROMAN_RE = /^(?=[IVX])X{0,3}(IX|IV|V?I{0,3})[.)]?$/;
const SECTION_SENTENCE_RE = /^((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})|[A-H])\s*[.)/:-]\s*(\S.*)$/;

const INT_RE = /^\d{1,5}[.)]?$/;
const DOTTED_RE = /^\d{1,5}([.,]\d{1,3})+[.)]?$/;

export function sttForm(stt: string): SttForm {
  if (stt === '') return 'none';
  // Most STTs are numbers: a leading digit rules out roman, letter and sub forms at once.
  const first = stt.charCodeAt(0);
  if (first >= 48 && first <= 57) return INT_RE.test(stt) ? 'int' : DOTTED_RE.test(stt) ? 'dotted' : 'other';
  if (ROMAN_RE.test(stt)) return 'roman';
  if (/^[A-H][.)]?$/.test(stt)) return 'letter';
  if (/^([a-zđ][.)]?|[-+*•–—])$/.test(stt)) return 'sub';
  return 'other';
}

const END_RE =
  /^(noi nhan|tm\.?\s|tm\.|kt\.?\s|kt\.|q\.\s|nguoi lap|luu\s*:|luu vt|xac nhan cua|thu truong don vi|\(ky|ghi chu\s*:|\*\s*ghi chu|phu luc\b)/;
const SIGNER_RE = /^(chu tich|pho chu tich|giam doc|pho giam doc|truong phong|ke toan truong)$/;
const DATE_LINE_RE = /\bngay\b.*\bthang\b.*\bnam\b/;

/**
 * ASCII characters an END_RE or SIGNER_RE match can start with (either case).
 * A trimmed cell starting with another ASCII character folds to text starting
 * with that character lowercased, so neither can match and the cell need not
 * be folded at all (unless it may be a date line, which has a comma).
 */
const END_FIRST = new Uint8Array(128);
for (const ch of 'ntkqlxgpc') END_FIRST[ch.charCodeAt(0)] = END_FIRST[ch.toUpperCase().charCodeAt(0)] = 1;
END_FIRST['('.charCodeAt(0)] = END_FIRST['*'.charCodeAt(0)] = 1;

/** Signature block, recipients, notes or the next appendix's title: the table ended above. */
function isEndRow(view: SheetView, row: number, firstCol: number, lastCol: number, sttCol?: number): boolean {
  if (sttCol !== undefined) {
    const form = sttForm(view.text(row, sttCol));
    if (form === 'int' || form === 'dotted' || form === 'roman') return false;
  }
  for (let c = firstCol; c <= lastCol; c++) {
    const v = view.value(row, c);
    if (typeof v !== 'string' || v.length > 160) continue;
    const t = v.trim();
    if (t === '') continue;
    const first = t.charCodeAt(0);
    if (first < 0x80 && END_FIRST[first] === 0 && !(t.length < 80 && t.includes(','))) continue;
    // Markers sit at the start of a cell; folding the first words is enough.
    const n = normalizeVi(t.length > 48 ? t.slice(0, 48) : t);
    if (END_RE.test(n) || SIGNER_RE.test(n)) return true;
    if (t.length < 80 && DATE_LINE_RE.test(n) && /,\s*ngay/.test(n)) return true;
  }
  return false;
}

export interface BodyColumns {
  stt?: number;
  name?: number;
  unit?: number;
  /** Plan-side figures: yearly plan, 5-year plan, 2030 level, yearly average (for direction). */
  targets: number[];
  /** Plan years in year order (growth rows are checked against them). */
  years: number[];
  /** Every column holding figures, to tell a section row (no figures) from a data row. */
  figures: number[];
}

export function bodyColumns(columns: ColumnInfo[]): BodyColumns {
  const one = (role: ColumnInfo['role']) => columns.find((c) => c.role === role)?.col;
  const planYears = columns
    .filter((c) => c.role === 'year' && (c.series ?? 'plan') === 'plan')
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  const targets = [
    ...planYears.map((c) => c.col),
    ...columns.filter((c) => c.role === 'planTotal' || c.role === 'target2030' || c.role === 'annualAverage').map((c) => c.col),
  ];
  const figures = columns
    .filter((c) => ['year', 'planTotal', 'target2030', 'annualAverage', 'avgGrowth', 'ratioPrevious'].includes(c.role))
    .map((c) => c.col);
  return { stt: one('stt'), name: one('name'), unit: one('unit'), targets, years: planYears.map((c) => c.col), figures };
}

export interface BodyReading {
  rows: RowInfo[];
  lastRow?: number;
}

const GROWTH_RE = /^(toc do (tang|tang truong|phat trien)|tang truong)\b/;
const OF_WHICH_RE = /^trong do\b/;
const TOTAL_RE = /^(tong cong|cong|tong so|tong toan bo)\s*:?$/;
const BULLET_RE = /^[-+•–—*]/;
/** Words every growth or indicator name shares; they say nothing about which row a growth row measures. */
const STOP = new Set('toc do tang truong phat trien cua theo va tong binh quan nam tren dia ban gia ty le so voi'.split(' '));

const tokenCache = new WeakMap<RowInfo, Set<string>>();

function tokens(name: string): Set<string> {
  return new Set(
    normalizeVi(name)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1 && !STOP.has(w)),
  );
}

function rowTokens(row: RowInfo): Set<string> {
  let t = tokenCache.get(row);
  if (!t) {
    t = tokens(row.name);
    tokenCache.set(row, t);
  }
  return t;
}

function isUpperSentence(name: string): boolean {
  const letters = name.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Leading numbering typed inside the name cell when the table has no STT column: "1. Tổng ...", "II. CHỈ TIÊU ...". */
function numberingInName(name: string): { stt: string; rest: string } | undefined {
  const m = /^((?:[IVX]+|\d{1,3}(?:\.\d{1,3})*))[.)]\s+(\S.*)$/.exec(name);
  return m ? { stt: m[1], rest: m[2] } : undefined;
}

interface Ctx {
  view: SheetView;
  cols: BodyColumns;
}

/** Year-on-year growth of the candidate's plan figures matches the growth row's figures. */
function growthMatches(ctx: Ctx, growthRow: number, candidate: number): number {
  const { view, cols } = ctx;
  let matches = 0;
  for (let i = 1; i < cols.years.length; i++) {
    const g = cellNumber(view.value(growthRow, cols.years[i]));
    const a = cellNumber(view.value(candidate, cols.years[i - 1]));
    const b = cellNumber(view.value(candidate, cols.years[i]));
    if (g === null || a === null || b === null || a === 0) continue;
    const pct = (b / a - 1) * 100;
    if (Math.abs(pct - g) <= Math.max(0.06, Math.abs(g) * 0.005) || Math.abs(pct / 100 - g) <= 0.0006) matches++;
  }
  return matches;
}

/** The row whose figures the growth row is the growth of: by the arithmetic, then by shared words, then the nearest. */
const MAX_GROWTH_CANDIDATES = 12;

function growthParent(ctx: Ctx, growthRow: number, name: string, candidates: RowInfo[]): number | undefined {
  if (candidates.length === 0) return undefined;
  if (candidates.length === 1) return candidates[0].row;
  // A growth row follows the rows it measures closely; a long run of sub-rows is cut to its end.
  if (candidates.length > MAX_GROWTH_CANDIDATES) candidates = [candidates[0], ...candidates.slice(-MAX_GROWTH_CANDIDATES + 1)];
  const matches = candidates.map((c) => growthMatches(ctx, growthRow, c.row));
  const most = Math.max(...matches);
  // The arithmetic names one row: done. Otherwise shared words decide among the best, the nearest winning ties.
  if (most > 0 && matches.filter((m) => m === most).length === 1) return candidates[matches.indexOf(most)].row;
  const words = tokens(name);
  let best = candidates[candidates.length - 1].row;
  let bestShared = -1;
  for (let i = candidates.length - 1; i >= 0; i--) {
    if (matches[i] !== most) continue;
    let shared = 0;
    for (const w of rowTokens(candidates[i])) if (words.has(w)) shared++;
    if (shared > bestShared) {
      bestShared = shared;
      best = candidates[i].row;
    }
  }
  return best;
}

const NAME_HEADER_RE = /^(cac |ten |nhung |nhom )?(chi tieu|noi dung|nhiem vu|danh muc)\b/;

/** NAME_HEADER_RE starts with c, t, n or d: a trimmed text starting with any other ASCII character cannot match once folded. */
function mayStartNameHeader(code: number): boolean {
  if (code >= 0x80) return true;
  const lower = code >= 65 && code <= 90 ? code + 32 : code;
  return lower === 99 || lower === 116 || lower === 110 || lower === 100;
}

function isRole(text: string, role: 'stt' | 'name'): boolean {
  const l = classifyLabel(text);
  return l?.kind === 'role' && l.role === role;
}

function hasFigures(view: SheetView, row: number, cols: BodyColumns): boolean {
  for (const c of cols.figures) if (!view.isEmpty(row, c)) return true;
  return false;
}

/** A header pasted again inside the table (Word page break): the header row, its continuation rows and column-number row. */
/** The row starts a header: its STT or name cell holds the header word, and the row reads like a header. */
function startsHeader(view: SheetView, row: number, h: HeaderBlock, cols: BodyColumns): boolean {
  const sttText = cols.stt !== undefined ? view.text(row, cols.stt) : '';
  const nameText = cols.name !== undefined ? view.text(row, cols.name) : '';
  // Cheap tests first: this runs on every body row, and a numbered row is data.
  const form = sttForm(sttText);
  if (form === 'int' || form === 'dotted' || form === 'roman') return false;
  const sttLooks = sttText.length >= 2 && sttText.length <= 12 && isRole(sttText, 'stt');
  const nameLooks =
    !sttLooks &&
    nameText.length >= 4 &&
    nameText.length <= 60 &&
    mayStartNameHeader(nameText.charCodeAt(0)) &&
    NAME_HEADER_RE.test(normalizeVi(nameText)) &&
    isRole(nameText, 'name');
  return (sttLooks || nameLooks) && isHeaderLike(scoreCells(rowCells(view, row, h.firstCol, h.lastCol)));
}

/**
 * A header pasted again inside the table (Word page break): its group row
 * (when the texts sit in the bottom row), the header row, its continuation
 * rows and its column-number row. Returns how many rows it takes.
 */
function repeatedHeaderRows(view: SheetView, row: number, h: HeaderBlock, cols: BodyColumns): number {
  const first = row;
  let top = row;
  if (!startsHeader(view, row, h, cols)) {
    const blankKeys = (cols.stt === undefined || view.isEmpty(row, cols.stt)) && (cols.name === undefined || view.isEmpty(row, cols.name));
    if (!(
      blankKeys &&
      row + 1 <= view.lastRow &&
      startsHeader(view, row + 1, h, cols) &&
      isGroupRowAbove(view, row, row + 1, h.firstCol, h.lastCol)
    )) {
      return isColumnNumberRow(view, row, h.firstCol, h.lastCol, cols.name) ? 1 : 0;
    }
    top = row + 1;
  }
  let last = top;
  const key = { stt: cols.stt, name: cols.name };
  while (last + 1 <= view.lastRow && last + 1 - first < 4 && isContinuationRow(view, last + 1, first, h.firstCol, h.lastCol, key)) last++;
  if (last + 1 <= view.lastRow && isColumnNumberRow(view, last + 1, h.firstCol, h.lastCol, cols.name)) last++;
  return last - first + 1;
}

/**
 * A table whose STT column has no header text: the column left of the name
 * column holds it when most of its filled cells are STT-like (1, 1.1, I, a, -).
 */
export function sttColumnFromData(view: SheetView, h: HeaderBlock, columns: ColumnInfo[]): number | undefined {
  if (columns.some((c) => c.role === 'stt')) return undefined;
  const name = columns.find((c) => c.role === 'name')?.col;
  if (name === undefined || name - 1 < view.firstCol || columns.some((c) => c.col === name - 1)) return undefined;
  const col = name - 1;
  let filled = 0;
  let numbers = 0;
  const end = Math.min(view.lastRow, (h.columnNumberRow ?? h.lastRow) + 200);
  for (let r = (h.columnNumberRow ?? h.lastRow) + 1; r <= end; r++) {
    const t = view.text(r, col);
    if (t === '') continue;
    filled++;
    const form = sttForm(t);
    if (form === 'int' || form === 'dotted' || form === 'roman') numbers++;
  }
  return filled >= 2 && numbers * 3 >= filled * 2 ? col : undefined;
}

/** "1.2" → "1", "1,2" → "1": the STT up to its first mark (as `split(/[.,]/)[0]`, without the array). */
function beforeMark(stt: string): string {
  for (let i = 0; i < stt.length; i++) {
    const c = stt.charCodeAt(i);
    if (c === 46 || c === 44) return stt.slice(0, i);
  }
  return stt;
}

/** "3." or "3)" → "3" (as `replace(/[.)]$/, '')`). */
function withoutClosingMark(stt: string): string {
  const c = stt.charCodeAt(stt.length - 1);
  return c === 46 || c === 41 ? stt.slice(0, -1) : stt;
}

export function readRows(view: SheetView, h: HeaderBlock, columns: ColumnInfo[], kind: SheetKind): BodyReading {
  const cols = bodyColumns(columns);
  const ctx: Ctx = { view, cols };
  const rows: RowInfo[] = [];
  const start = (h.columnNumberRow ?? h.lastRow) + 1;
  let section: number | undefined;
  let indicator: RowInfo | undefined;
  /** Indicators and components since the current indicator: the candidates for a growth row's parent. */
  let family: RowInfo[] = [];
  let lastData: RowInfo | undefined;
  const bySttInSection = new Map<string, number>();
  let lastRow: number | undefined;
  /** Rows carry numbers (an STT column, or "1." typed in the name): an un-numbered row then belongs to the one above. */
  let numbered = cols.stt !== undefined;
  /** The row's plan-side cells for directionOf, one array for every row (it keeps none). */
  const targetValues: CellValue[] = new Array(cols.targets.length).fill(null);

  for (let r = start; r <= view.lastRow; r++) {
    if (view.isRowEmpty(r, h.firstCol, h.lastCol)) continue;
    if (isEndRow(view, r, h.firstCol, h.lastCol, cols.stt)) break;
    const repeated = repeatedHeaderRows(view, r, h, cols);
    if (repeated > 0) {
      for (let k = 0; k < repeated; k++) {
        if (view.isRowEmpty(r + k, h.firstCol, h.lastCol)) continue;
        rows.push(
          newRow(
            r + k,
            'header',
            cols.stt !== undefined ? view.text(r + k, cols.stt) : '',
            cols.name !== undefined ? view.text(r + k, cols.name) : '',
            '',
          ),
        );
      }
      lastRow = r + repeated - 1;
      r += repeated - 1;
      continue;
    }

    let stt = cols.stt !== undefined ? view.text(r, cols.stt) : '';
    let name = cols.name !== undefined ? view.text(r, cols.name) : '';
    const unit = cols.unit !== undefined ? view.text(r, cols.unit) : '';
    const italic = cols.name !== undefined && view.isItalic(r, cols.name);
    if (cols.stt === undefined) {
      const n = numberingInName(name);
      if (n) {
        stt = n.stt;
        name = n.rest;
        numbered = true;
      }
    }
    // "I. NHÓM CHỈ TIÊU VỀ KINH TẾ" typed across the STT cell (often merged over the row).
    const sentence = stt.length > 3 ? SECTION_SENTENCE_RE.exec(stt) : null;
    if (sentence && (name === '' || name === stt)) {
      stt = sentence[1];
      name = sentence[2].trim();
    } else if (stt === '' && cols.stt !== undefined) {
      // The same sentence typed in the name column, the STT cell left blank.
      const inName = SECTION_SENTENCE_RE.exec(name);
      if (inName && ROMAN_RE.test(inName[1])) {
        stt = inName[1];
        name = inName[2].trim();
      }
    }
    const form = sttForm(stt);
    const nName = normalizeVi(name);
    const figures = hasFigures(view, r, cols);

    let rowKind: RowInfo['kind'];
    let parent: number | undefined;
    const bare = form === 'none' && !figures && unit === '' && !BULLET_RE.test(name) && !OF_WHICH_RE.test(nName);
    const boldName = cols.name !== undefined && view.isBold(r, cols.name);
    if (form === 'roman' || form === 'letter' || (bare && (isUpperSentence(name) || boldName))) {
      rowKind = 'section';
    } else if (kind === 'tasks') {
      rowKind = 'task';
    } else if (form === 'int') {
      rowKind = 'indicator';
    } else if (form === 'dotted') {
      parent = bySttInSection.get(beforeMark(stt)) ?? indicator?.row;
      rowKind = parent !== undefined ? 'component' : 'indicator';
    } else if (GROWTH_RE.test(nName) && (form === 'none' || form === 'sub') && (family.length > 0 || lastData)) {
      rowKind = 'growth';
      parent = growthParent(ctx, r, name, family.length > 0 ? family : lastData ? [lastData] : []);
    } else if (OF_WHICH_RE.test(nName) && lastData) {
      rowKind = 'component';
      parent = lastData.row;
    } else if (TOTAL_RE.test(nName) && form === 'none') {
      // "Tổng cộng" under the table adds up the indicators; it belongs to none of them.
      rowKind = 'indicator';
    } else if (indicator && (numbered || italic || BULLET_RE.test(name))) {
      rowKind = 'component';
      parent = indicator.row;
    } else {
      rowKind = 'indicator';
    }

    const info = newRow(r, rowKind, stt, name, unit);
    if (italic) info.italic = true;
    if (parent !== undefined) info.parent = parent;
    if (rowKind === 'section') {
      section = r;
      indicator = undefined;
      family = [];
      lastData = undefined;
      bySttInSection.clear();
    } else if (section !== undefined) info.section = section;
    if (rowKind === 'indicator' || rowKind === 'component' || rowKind === 'growth') {
      for (let k = 0; k < cols.targets.length; k++) targetValues[k] = view.value(r, cols.targets[k]);
      info.direction = directionOf(nName, targetValues, true);
    }
    if (rowKind === 'indicator') {
      indicator = info;
      family = [info];
      if (form === 'int') bySttInSection.set(withoutClosingMark(stt), r);
    } else if (rowKind === 'component') family.push(info);
    if (rowKind === 'indicator' || rowKind === 'component') lastData = info;
    rows.push(info);
    lastRow = r;
  }
  return { rows, ...(lastRow !== undefined ? { lastRow } : {}) };
}
