/**
 * Target expressions ("68% trở lên", "≥ 15", "14 - 15", "Đạt", ...) parsed into a
 * typed spec (issue #2). Matching folds case and diacritics (normalizeVi); the
 * forms and decisions are documented in docs/numbers.md.
 */
import { parseViNumber, type ParseNumberOptions, type ParsedNumber } from './numbers';
import { normalizeVi } from './text';

export type TargetKind = 'number' | 'atLeast' | 'greaterThan' | 'atMost' | 'lessThan' | 'range' | 'about' | 'total' | 'qualitative' | 'text';

interface Base {
  /** The original text (or the number as text). */
  text: string;
  /** Written with a "%". */
  percent?: boolean;
  /** Decimals of the figure(s) as written, for precision-aware comparisons. */
  decimals?: number;
}

/** A span of calendar years ("2026 - 2027", "Năm 2026", "Quý II/2026"): a deadline, never a numeric range. */
export interface YearPeriod {
  from: number;
  to: number;
}

export type TargetSpec =
  | (Base & { kind: 'number' | 'atLeast' | 'greaterThan' | 'atMost' | 'lessThan' | 'about' | 'total'; value: number })
  | (Base & { kind: 'range'; min: number; max: number })
  | (Base & {
      kind: 'qualitative';
      /** Normalised meaning: "dat" (Đạt), "duy-tri" (Duy trì), "on-dinh" (Ổn định), "giam" (Giảm...), "tang" (Tăng...), "hang-nam" (Hàng năm), "khong-co" (Không còn/Không có ...), "hoan-thanh" (Hoàn thành). */
      word: string;
      /** Which way the words point when they imply a direction ("giảm" → down). */
      direction?: 'up' | 'down';
      /** A figure the words carry ("Duy trì 100%", "Giảm 5%"); what it measures (level or change) depends on the word. */
      figure?: number;
    })
  | (Base & {
      kind: 'text';
      /** Set when the text names calendar years rather than a target figure. */
      period?: YearPeriod;
    });

type ComparisonKind = 'number' | 'atLeast' | 'greaterThan' | 'atMost' | 'lessThan' | 'about' | 'total';

// Longest phrases first, so "khong qua" wins over "khong" and "tren duoi" over "tren".
const PREFIXES: Array<[string, ComparisonKind]> = (
  [
    ['tren duoi', 'about'],
    ['khoang chung', 'about'],
    ['khoang', 'about'],
    ['xap xi', 'about'],
    ['chung', 'about'],
    ['uoc dat', 'about'],
    ['uoc khoang', 'about'],
    ['khong vuot qua', 'atMost'],
    ['khong qua', 'atMost'],
    ['khong lon hon', 'atMost'],
    ['khong cao hon', 'atMost'],
    ['khong nhieu hon', 'atMost'],
    ['khong vuot', 'atMost'],
    ['toi da', 'atMost'],
    ['nhieu nhat', 'atMost'],
    ['cao nhat', 'atMost'],
    ['khong duoi', 'atLeast'],
    ['khong thap hon', 'atLeast'],
    ['khong it hon', 'atLeast'],
    ['khong nho hon', 'atLeast'],
    ['toi thieu', 'atLeast'],
    ['it nhat', 'atLeast'],
    ['thap nhat', 'atLeast'],
    ['lon hon', 'greaterThan'],
    ['cao hon', 'greaterThan'],
    ['nhieu hon', 'greaterThan'],
    ['vuot tren', 'greaterThan'],
    ['tren', 'greaterThan'],
    ['hon', 'greaterThan'],
    ['thap hon', 'lessThan'],
    ['nho hon', 'lessThan'],
    ['it hon', 'lessThan'],
    ['duoi', 'lessThan'],
    ['tong cong', 'total'],
    ['tong so', 'total'],
    ['tong', 'total'],
    ['bang', 'number'],
  ] as Array<[string, ComparisonKind]>
).sort((a, b) => b[0].length - a[0].length);

const SYMBOLS: Array<[string, ComparisonKind]> = [
  ['>=', 'atLeast'],
  ['<=', 'atMost'],
  ['>', 'greaterThan'],
  ['<', 'lessThan'],
  ['~', 'about'],
  ['=', 'number'],
];

/** "68% trở lên" / "5 trở xuống" / "5 trở lại". */
const SUFFIXES: Array<[RegExp, ComparisonKind]> = [
  [/\s*tro len$/, 'atLeast'],
  [/\s*tro xuong$/, 'atMost'],
  [/\s*tro lai$/, 'atMost'],
];

// Symbols folded to ASCII before diacritics are stripped: NFD would turn "≯" into ">" + a combining mark.
const SYMBOL_FOLDS: Array<[RegExp, string]> = [
  [/[≥≧⩾]/g, '>='],
  [/[≤≦⩽]/g, '<='],
  // Negated relations: "≮ 5" is not below 5, i.e. at least 5.
  [/≮/g, '>='],
  [/≯/g, '<='],
  [/≰/g, '>'],
  [/≱/g, '<'],
  [/[≈∼≃～]/g, '~'],
  [/＞/g, '>'],
  [/＜/g, '<'],
  [/＝/g, '='],
  [/％/g, '%'],
  [/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-'],
  [/[“”„‟"'‘’]/g, ''],
];

const MAX_TARGET_TEXT = 300;
const NUMBER_TOKEN = '[-+]?\\d[\\d.,]*';
const RANGE = new RegExp(`^(?:tu\\s*)?(${NUMBER_TOKEN})\\s*(%?)\\s*(?:-|÷|~|\\.\\.\\.?|…|den|toi)\\s*(${NUMBER_TOKEN})\\s*(%?)(.*)$`);
const FIGURE = new RegExp(`^(${NUMBER_TOKEN})\\s*(%?)(.*)$`);

/** Folds case, diacritics and symbol variants; keeps digits, signs and separators as typed. */
function fold(raw: string): string {
  let s = raw.normalize('NFC');
  for (const [re, to] of SYMBOL_FOLDS) s = s.replace(re, to);
  s = normalizeVi(s);
  s = s.replace(/>\s*=|=\s*>/g, '>=').replace(/<\s*=|=\s*</g, '<=');
  // Trailing punctuation, footnote stars and a closing remark in brackets carry no target.
  let prev: string;
  do {
    prev = s;
    s = s.replace(/\s*\([^()]*\)$/, '').replace(/[\s.;:!*]+$/, '');
  } while (s !== prev);
  return s;
}

/** Words after the figure ("Dưới 3 vụ", "≥ 15 triệu đồng/người") name the unit; digits there mean more than one figure. */
function isUnitTail(tail: string): boolean {
  return tail === '' || /^\s*\/?\s*[a-z(][^0-9]*$/.test(tail);
}

function numberOf(token: string, percent: boolean, options: ParseNumberOptions): ParsedNumber | null {
  return parseViNumber(token + (percent ? '%' : ''), { ...options, percentUnit: options.percentUnit || percent });
}

const YEAR = '(19\\d{2}|20\\d{2}|2100)';
const YEAR_SPAN = new RegExp(`^(?:giai doan|thoi gian|thoi ky|ky|tu nam|tu|nam)?\\s*${YEAR}\\s*(?:-|÷|den nam|den|toi)\\s*(?:nam\\s*)?${YEAR}$`);
const ONE_YEAR = new RegExp(`^(?:(?:trong |truoc |cuoi |dau |giua )?nam|(?:thang|quy)\\s*[0-9ivx]{1,4}\\s*(?:\\/|-|\\.|nam)\\s*(?:nam)?)\\s*${YEAR}$`);

function periodOf(n: string): YearPeriod | null {
  const span = YEAR_SPAN.exec(n);
  if (span) {
    const from = Number(span[1]);
    const to = Number(span[2]);
    // A real period runs forward and is short; "1950 - 2000" is more likely a figure range.
    if (to >= from && to - from <= 30) return { from, to };
    return null;
  }
  const one = ONE_YEAR.exec(n);
  if (one) return { from: Number(one[1]), to: Number(one[1]) };
  return null;
}

type Numeric =
  | { kind: ComparisonKind; value: number; percent: boolean; decimals: number }
  | { kind: 'range'; min: number; max: number; percent: boolean; decimals: number };

function rangeOf(s: string, options: ParseNumberOptions): Numeric | null {
  const m = RANGE.exec(s);
  if (!m || !isUnitTail(m[5])) return null;
  const percent = m[2] === '%' || m[4] === '%';
  const a = numberOf(m[1], percent, options);
  const b = numberOf(m[3], percent, options);
  if (!a || !b) return null;
  return { kind: 'range', min: Math.min(a.value, b.value), max: Math.max(a.value, b.value), percent, decimals: Math.max(a.decimals, b.decimals) };
}

function figureOf(s: string, kind: ComparisonKind, allowTail: boolean, options: ParseNumberOptions): Numeric | null {
  const m = FIGURE.exec(s);
  if (!m || (m[3] !== '' && !(allowTail && isUnitTail(m[3])))) return null;
  const parsed = numberOf(m[1], m[2] === '%', options);
  if (!parsed) return null;
  return { kind, value: parsed.value, percent: parsed.percent, decimals: parsed.decimals };
}

function stripPrefix(s: string): [ComparisonKind, string] | null {
  for (const [sym, kind] of SYMBOLS) if (s.startsWith(sym)) return [kind, s.slice(sym.length).trim()];
  for (const [word, kind] of PREFIXES) {
    if (s.startsWith(word)) {
      const rest = s.slice(word.length);
      // Whole words only: "tren" must not match "trenx", "hon" not "hong".
      if (rest === '' || /^[\s:\d+\-<>=~%]/.test(rest)) return [kind, rest.replace(/^[\s:]+/, '')];
    }
  }
  return null;
}

/** A numeric target from folded text, or null. */
function numericOf(n: string, options: ParseNumberOptions): Numeric | null {
  const plain = figureOf(n, 'number', false, options);
  if (plain) return plain;
  if (n.length > MAX_TARGET_TEXT) return null;

  let s = n;
  let suffixKind: ComparisonKind | null = null;
  for (const [re, kind] of SUFFIXES) {
    if (re.test(s)) {
      suffixKind = kind;
      s = s.replace(re, '');
      break;
    }
  }
  let prefixKind: ComparisonKind | null = null;
  const pre = stripPrefix(s);
  if (pre) [prefixKind, s] = pre;
  if (suffixKind) s = s.replace(/^tu\s+/, '');
  // "Tối thiểu 68% trở lên" agrees with itself; "Dưới 5 trở lên" does not and stays text.
  if (prefixKind && suffixKind && prefixKind !== suffixKind) return null;
  const kind = suffixKind ?? prefixKind;

  if (kind === null || kind === 'about') {
    const range = rangeOf(s, options);
    if (range) return range;
  }
  if (kind === null) {
    // "Từ 50" alone reads as a floor.
    const from = /^tu\s+(.*)$/.exec(s);
    if (from) return figureOf(from[1], 'atLeast', true, options);
    // "100% kế hoạch", "90% số hộ": a percentage names its base in words. A bare "100/ cơ sở" does not.
    if (/^[-+]?\d[\d.,]*\s*%\s+[a-z]/.test(s)) return figureOf(s, 'number', true, options);
    return null;
  }
  return figureOf(s, kind, true, options);
}

interface WordRule {
  word: string;
  /** Folded leading phrase. */
  phrase: RegExp;
  /**
   * The first word as typed (NFC, lower case) when diacritics tell it from a
   * false friend: "đất" (land), "đặt" and "đạt" all fold to "dat".
   */
  raw?: RegExp;
  direction?: 'up' | 'down';
}

const WORDS: WordRule[] = [
  { word: 'dat', phrase: /^dat\b/, raw: /^(?:đ|d)(?:ạ|a)t$/ },
  { word: 'hoan-thanh', phrase: /^hoan thanh\b/ },
  { word: 'duy-tri', phrase: /^(?:tiep tuc )?duy tri\b/ },
  { word: 'on-dinh', phrase: /^(?:giu )?on dinh\b/ },
  { word: 'giam', phrase: /^giam\b/, raw: /^gi(?:ả|a)m$/, direction: 'down' },
  { word: 'tang', phrase: /^tang\b(?! cuong)/, raw: /^t(?:ă|a)ng$/, direction: 'up' },
  { word: 'khong-co', phrase: /^(?:khong (?:con|co|de xay ra|xay ra|phat sinh|de phat sinh|de)|xoa bo|xoa|chap dut)\b/, direction: 'down' },
  { word: 'hang-nam', phrase: /^(?:hang|moi) nam\b/ },
];

// Lead-ins that only say when or how hard: "Hàng năm giảm", "Phấn đấu đạt".
const LEAD_INS = /^(?:hang nam|moi nam|phan dau|tiep tuc)[,:]?\s+/;

function wordOf(n: string, raw: string): WordRule | null {
  const rawFirst = (raw.normalize('NFC').trim().toLowerCase().split(/\s+/)[0] ?? '').replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  for (const rule of WORDS) {
    if (!rule.phrase.test(n)) continue;
    if (rule.raw && !rule.raw.test(rawFirst)) continue;
    return rule;
  }
  return null;
}

/** The figure inside qualitative words ("Duy trì 100%", "Giảm 5%"), when there is exactly one. */
function figureInWords(n: string, options: ParseNumberOptions): { value: number; percent: boolean; decimals: number } | null {
  const tokens = n.match(/[-+]?\d[\d.,]*\s*%?/g);
  if (!tokens || tokens.length !== 1) return null;
  const t = tokens[0].replace(/\s+/g, '').replace(/[.,]+(%?)$/, '$1');
  const percent = t.endsWith('%');
  const parsed = numberOf(percent ? t.slice(0, -1) : t, percent, options);
  return parsed ? { value: parsed.value, percent: parsed.percent, decimals: parsed.decimals } : null;
}

function toSpec(num: Numeric, text: string): TargetSpec {
  if (num.kind === 'range') return { kind: 'range', min: num.min, max: num.max, percent: num.percent, decimals: num.decimals, text };
  return { kind: num.kind, value: num.value, percent: num.percent, decimals: num.decimals, text };
}

function fromString(input: string, options: ParseNumberOptions): TargetSpec {
  const n = fold(input);
  if (n === '') return { kind: 'text', text: input };

  const period = periodOf(n);
  if (period) return { kind: 'text', text: input, period };

  const numeric = numericOf(n, options);
  if (numeric) return toSpec(numeric, input);

  // Lead-ins ("Hàng năm giảm ...", "Phấn đấu đạt 90%") only say when or how hard; the rest carries the target.
  const rawWords = input.normalize('NFC').trim().split(/\s+/);
  let body = n;
  let rawBody = rawWords.join(' ');
  const lead = LEAD_INS.exec(n);
  if (lead && n.length > lead[0].length) {
    const inner = numericOf(n.slice(lead[0].length), options);
    if (inner) return toSpec(inner, input);
    const rest = n.slice(lead[0].length);
    const rawRest = rawWords.slice(lead[0].trim().split(' ').length).join(' ');
    if (wordOf(rest, rawRest)) {
      body = rest;
      rawBody = rawRest;
    }
  }

  const rule = wordOf(body, rawBody);
  if (!rule) return { kind: 'text', text: input };

  if (rule.word === 'dat') {
    // "Đạt 100%", "Đạt ≥ 90%", "Đạt từ 95% trở lên": the figure is the target, "đạt" only says "reach".
    const rest = body.replace(/^dat\s*(?:muc\s+|ty le\s+)?/, '');
    const num = rest ? numericOf(rest, options) : null;
    if (num) return toSpec(num, input);
  }
  const spec: TargetSpec = { kind: 'qualitative', word: rule.word, text: input };
  if (rule.direction) spec.direction = rule.direction;
  const fig = figureInWords(body, options);
  if (fig) {
    spec.figure = fig.value;
    spec.percent = fig.percent;
    spec.decimals = fig.decimals;
  }
  return spec;
}

/** Decimals of a number as JS prints it: the digits a user typed into the cell. */
function printedDecimals(v: number): number | undefined {
  const s = String(v);
  if (s.includes('e')) return undefined;
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

/**
 * Parse a target cell. `options` carries what the row's unit says (see
 * parseViNumber) for text such as "1.766". Anything unknown is `text`; never throws.
 */
export function parseTarget(input: string | number | null, options: ParseNumberOptions = {}): TargetSpec {
  if (input === null || input === undefined) return { kind: 'text', text: '' };
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { kind: 'text', text: String(input) };
    const spec: TargetSpec = { kind: 'number', value: input, percent: false, text: String(input) };
    const d = printedDecimals(input);
    if (d !== undefined) spec.decimals = d;
    return spec;
  }
  if (typeof input !== 'string') return { kind: 'text', text: String(input) };
  return fromString(input, options);
}
