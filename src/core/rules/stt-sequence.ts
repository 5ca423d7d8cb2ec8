/**
 * STT numbering: sections I, II, III; indicators 1, 2, 3 (running on across
 * sections, or restarting at 1 in each section when the whole table does so);
 * sub-rows 1.1, 1.2 under their parent number; letters a, b under an item.
 * Both STT rules read the same walk: duplicates and gaps are two views of it.
 */
import type { RowInfo } from '../layout';
import type { SheetModel } from './sheet-model';

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
  /** How to print a value of this family ("1.{n}"). */
  show: (n: number) => string;
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

function toRoman(n: number): string {
  const table: Array<[number, string]> = [
    [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

export function parseStt(text: string): ParsedStt | null {
  const s = text.trim().replace(/[.):]+$/, '').replace(/^\(/, '').trim();
  if (!s) return null;
  const roman = romanValue(s);
  if (roman !== null) return { family: 'R', prefix: '', value: roman, show: toRoman };
  if (/^\d{1,3}(\.\d{1,3}){0,3}$/.test(s)) {
    const parts = s.split('.').map(Number);
    const value = parts[parts.length - 1];
    const prefix = parts.slice(0, -1).join('.');
    return { family: `N${parts.length}`, prefix, value, show: (n) => (prefix ? `${prefix}.${n}` : String(n)) };
  }
  if (/^[a-zđ]$/.test(s)) {
    // Vietnamese lists may or may not put đ between d and e: letters are checked for duplicates only.
    const value = s === 'đ' ? 4.5 : s.charCodeAt(0) - 96;
    return { family: 'A', prefix: '', value, show: () => s };
  }
  return null;
}

const NUMBERED_KINDS = new Set(['section', 'indicator', 'component', 'growth', 'task']);

function sttCol(model: SheetModel, row: number): number {
  return model.cols(row).stt?.col ?? model.view.firstCol;
}

export function sttEvents(model: SheetModel): SttEvent[] {
  const numbered: Array<{ row: RowInfo; p: ParsedStt; section: number }> = [];
  let section = 0;
  let lastTop = '';
  for (const r of model.rows) {
    if (r.kind === 'section') section = r.row;
    if (!NUMBERED_KINDS.has(r.kind) || !r.stt) continue;
    const p = parseStt(r.stt);
    if (!p) continue;
    // Letters belong to the numbered item above them.
    if (p.family === 'A') p.prefix = lastTop;
    if (p.family === 'N1') lastTop = String(p.value);
    numbered.push({ row: r, p, section: r.section ?? section });
  }

  // Top numbers restart in each section only if every later section starts again at 1.
  const firstInSection = new Map<number, number>();
  for (const n of numbered) if (n.p.family === 'N1' && !firstInSection.has(n.section)) firstInSection.set(n.section, n.p.value);
  const starts = [...firstInSection.values()];
  const restart = starts.length >= 2 && starts.slice(1).every((v) => v === 1);

  const scopes = new Map<string, { last: number; lastText: string; seen: Map<number, number> }>();
  const events: SttEvent[] = [];
  for (const { row, p, section: sec } of numbered) {
    const key = `${p.family}|${p.prefix}|${p.family === 'N1' && restart ? sec : ''}`;
    let scope = scopes.get(key);
    if (!scope) {
      scope = { last: 0, lastText: '', seen: new Map() };
      scopes.set(key, scope);
    }
    // A sub-number typed as a real number loses its trailing zero: 1.10 is stored as 1.1, 1.20 as 1.2.
    if (p.prefix && p.value !== scope.last + 1 && p.value * 10 === scope.last + 1 && typeof model.view.value(row.row, sttCol(model, row.row)) === 'number') {
      p.value *= 10;
    }
    const stt = p.show(p.value);
    const first = scope.seen.get(p.value);
    if (first !== undefined) {
      events.push({ kind: 'duplicate', row, stt, firstRow: first, previous: scope.lastText || undefined });
    } else if (p.value !== scope.last + 1 && p.family !== 'A' && (scope.last > 0 || p.prefix !== '')) {
      // A top-level run may start anywhere (a table continued from another sheet); sub-numbers start at 1.
      events.push({
        kind: p.value > scope.last ? 'gap' : 'backwards',
        row,
        stt,
        expected: p.show(scope.last + 1),
        missing: p.value - 1 > scope.last + 1 ? `${p.show(scope.last + 1)}-${p.show(p.value - 1)}` : p.show(scope.last + 1),
        previous: scope.lastText || undefined,
      });
      scope.seen.set(p.value, row.row);
    } else {
      scope.seen.set(p.value, row.row);
    }
    scope.last = p.value;
    scope.lastText = stt;
  }
  return events;
}
