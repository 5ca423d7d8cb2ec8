/**
 * STT numbering: sections I, II, III; indicators 1, 2, 3 (running on across
 * sections, or restarting at 1 in each section when the whole table does so);
 * sub-rows 1.1, 1.2 under their parent number; letters a, b under an item.
 * Both STT rules read the same walk: duplicates and gaps are two views of it.
 */
import type { RowInfo } from '../layout';
import type { SheetModel } from '../model/sheet-model';

export interface SttEvent {
  kind: 'duplicate' | 'gap' | 'backwards';
  row: RowInfo;
  stt: string;
  /** The STT the numbering expected here (gap, backwards). */
  expected?: string;
  /** The STT of the numbered row before this one in the same scope. */
  previous?: string;
  /** The missing numbers as text ("12", "12-13") (gap). */
  missing?: string;
  /** The row that already carries this STT (duplicate). */
  firstRow?: number;
}

interface ParsedStt {
  /** Scope family: "R" Roman sections, "N1" top numbers, "N2" 1.1, "N3" 1.1.1, "A" letters. */
  family: string;
  /** Prefix inside the family ("1" for 1.2), "" for top levels. */
  prefix: string;
  value: number;
  /** The letter as typed (family "A"), shown as is. */
  letter?: string;
}

/** How a value of the STT's family prints: "1.{n}", a Roman numeral, the letter itself. */
function showStt(p: ParsedStt, n: number): string {
  if (p.family === 'R') return toRoman(n);
  if (p.family === 'A') return p.letter!;
  return p.prefix ? `${p.prefix}.${n}` : String(n);
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(s: string): number | null {
  if (!/^[IVXLC]+$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    const next = i + 1 < s.length ? ROMAN[s[i + 1]] : 0;
    total += v < next ? -v : v;
  }
  return total > 0 && total < 100 && toRoman(total) === s ? total : null;
}

const ROMAN_VALUES = [90, 50, 40, 10, 9, 5, 4, 1];
const ROMAN_DIGITS = ['XC', 'L', 'XL', 'X', 'IX', 'V', 'IV', 'I'];

function toRoman(n: number): string {
  let out = '';
  let rest = n;
  for (let i = 0; i < ROMAN_VALUES.length; i++) {
    while (rest >= ROMAN_VALUES[i]) {
      out += ROMAN_DIGITS[i];
      rest -= ROMAN_VALUES[i];
    }
  }
  return out;
}

/**
 * "12", "1.2", "1.2.3": groups of 1-3 digits joined by dots, at most four
 * groups (what /^\d{1,3}(\.\d{1,3}){0,3}$/ accepts), read without a regex or
 * a split since every numbered row has one.
 */
function dottedNumber(s: string): ParsedStt | null {
  let groups = 0;
  let digits = 0;
  let value = 0;
  // The groups before the last, as numbers: leading zeros dropped ("01.2" → "1").
  let prefix = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch >= 48 && ch <= 57) {
      if (++digits > 3) return null;
      value = value * 10 + (ch - 48);
    } else if (ch === 46) {
      if (digits === 0 || ++groups > 3) return null;
      prefix = groups === 1 ? String(value) : `${prefix}.${value}`;
      digits = 0;
      value = 0;
    } else {
      return null;
    }
  }
  if (digits === 0) return null;
  return { family: FAMILIES[groups], prefix, value };
}

const FAMILIES = ['N1', 'N2', 'N3', 'N4'];

export function parseStt(text: string): ParsedStt | null {
  let s = text.trim();
  // Cheap exits first: a plain number ("12") is most of a table.
  const quick = dottedNumber(s);
  if (quick) return quick;
  s = s.replace(/[.):]+$/, '').replace(/^\(/, '').trim();
  if (!s) return null;
  const roman = romanValue(s);
  if (roman !== null) return { family: 'R', prefix: '', value: roman };
  const n = dottedNumber(s);
  if (n) return n;
  if (/^[a-zđ]$/.test(s)) {
    // Vietnamese lists may or may not put đ between d and e: letters are checked for duplicates only.
    const value = s === 'đ' ? 4.5 : s.charCodeAt(0) - 96;
    return { family: 'A', prefix: '', value, letter: s };
  }
  return null;
}

/** Every kind but header rows carries numbering. */
function isNumbered(kind: string): boolean {
  return kind === 'section' || kind === 'indicator' || kind === 'component' || kind === 'growth' || kind === 'task';
}

function sttCol(model: SheetModel, row: number): number {
  return model.cols(row).stt?.col ?? model.view.firstCol;
}

export function sttEvents(model: SheetModel): SttEvent[] {
  // Numbered rows side by side: their row, parsed STT and section.
  const rowsN: RowInfo[] = [];
  const parsedN: ParsedStt[] = [];
  const sectionsN: number[] = [];
  let section = 0;
  let lastTop = '';
  for (const r of model.rows) {
    if (r.kind === 'section') section = r.row;
    if (!isNumbered(r.kind) || !r.stt) continue;
    const p = parseStt(r.stt);
    if (!p) continue;
    // Letters belong to the numbered item above them.
    if (p.family === 'A') p.prefix = lastTop;
    if (p.family === 'N1') lastTop = String(p.value);
    rowsN.push(r);
    parsedN.push(p);
    sectionsN.push(r.section ?? section);
  }

  // Top numbers restart in each section only if every later section starts again at 1.
  const firstInSection = new Map<number, number>();
  for (let i = 0; i < parsedN.length; i++) if (parsedN[i].family === 'N1' && !firstInSection.has(sectionsN[i])) firstInSection.set(sectionsN[i], parsedN[i].value);
  const starts = [...firstInSection.values()];
  const restart = starts.length >= 2 && starts.slice(1).every((v) => v === 1);

  interface Scope {
    last: number;
    /** The STT before, parsed: printed only when an event quotes it. */
    lastP: ParsedStt | null;
    seen: Map<number, number>;
  }
  const scopes = new Map<string, Scope>();
  const events: SttEvent[] = [];
  const previousText = (scope: Scope): string | undefined => (scope.lastP ? showStt(scope.lastP, scope.last) : undefined);
  // Consecutive rows mostly share a scope: its key is built only when family, prefix or section changes.
  let scope: Scope | undefined;
  let keyFamily = '';
  let keyPrefix = '';
  let keySection: number | string = '';
  for (let i = 0; i < parsedN.length; i++) {
    const row = rowsN[i];
    const p = parsedN[i];
    const sec = sectionsN[i];
    const keySec = p.family === 'N1' && restart ? sec : '';
    if (!scope || p.family !== keyFamily || p.prefix !== keyPrefix || keySec !== keySection) {
      const key = `${p.family}|${p.prefix}|${keySec}`;
      scope = scopes.get(key);
      if (!scope) {
        scope = { last: 0, lastP: null, seen: new Map() };
        scopes.set(key, scope);
      }
      keyFamily = p.family;
      keyPrefix = p.prefix;
      keySection = keySec;
    }
    // A sub-number typed as a real number loses its trailing zero: 1.10 is stored as 1.1, 1.20 as 1.2.
    if (p.prefix && p.value !== scope.last + 1 && p.value * 10 === scope.last + 1 && typeof model.view.value(row.row, sttCol(model, row.row)) === 'number') {
      p.value *= 10;
    }
    const first = scope.seen.get(p.value);
    if (first !== undefined) {
      events.push({ kind: 'duplicate', row, stt: showStt(p, p.value), firstRow: first, previous: previousText(scope) });
    } else if (p.value !== scope.last + 1 && p.family !== 'A' && (scope.last > 0 || p.prefix !== '')) {
      // A top-level run may start anywhere (a table continued from another sheet); sub-numbers start at 1.
      events.push({
        kind: p.value > scope.last ? 'gap' : 'backwards',
        row,
        stt: showStt(p, p.value),
        expected: showStt(p, scope.last + 1),
        missing: p.value - 1 > scope.last + 1 ? `${showStt(p, scope.last + 1)}-${showStt(p, p.value - 1)}` : showStt(p, scope.last + 1),
        previous: previousText(scope),
      });
      scope.seen.set(p.value, row.row);
    } else {
      scope.seen.set(p.value, row.row);
    }
    scope.last = p.value;
    scope.lastP = p;
  }
  return events;
}
