/**
 * The CLI's option values, checked before anything is read or written: a bad
 * value is refused with a message naming it, never quietly replaced by a
 * default. Also the words Commander itself prints, in Vietnamese.
 */
import type { Language } from './messages';

export function parseLang(value: string): Language | null {
  return value === 'vi' || value === 'en' ? value : null;
}

/**
 * undefined: not given (the default: one per core); null: refused. 0 is a
 * value, not a slip: it runs everything on this thread (batch.ts), which the
 * help says; before, "abc" and "-1" quietly meant the same.
 */
export function parseWorkers(value: string | undefined): number | undefined | null {
  if (value === undefined) return undefined;
  return /^\d+$/.test(value) ? Number(value) : null;
}

/** A real calendar date written yyyy-mm-dd ("2026-02-30" is refused), or null. */
export function parseDate(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value ? value : null;
}

/**
 * The cells of a --replace list that the fill would not replace (no formula
 * there, or the typed figure already equals it). Items are "A1", "Sheet!A1"
 * or "'Sheet name'!$A$1"; the fill's entries carry their sheet and cell.
 */
export function unreplaceable(asked: readonly string[], replaced: ReadonlyArray<{ sheet: string; cell: string }>): string[] {
  const norm = (a1: string) => a1.replace(/\$/g, '').trim().toUpperCase();
  return asked.filter((item) => {
    const bang = item.lastIndexOf('!');
    const cell = norm(bang < 0 ? item : item.slice(bang + 1));
    let sheet = bang < 0 ? null : item.slice(0, bang).trim();
    if (sheet && sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    return !replaced.some((r) => norm(r.cell) === cell && (sheet === null || r.sheet === sheet));
  });
}

const TITLES_VI: Record<string, string> = { 'Usage:': 'Cách dùng:', 'Options:': 'Tùy chọn:', 'Commands:': 'Lệnh:', 'Arguments:': 'Tham số:', 'Global Options:': 'Tùy chọn chung:' };

/** Help titles ("Options:"), the "(default: ...)" Commander adds to an option and the "[options]" of a command. */
export function translateHelpTitle(title: string, lang: Language): string {
  return lang === 'vi' ? (TITLES_VI[title] ?? title.replace(/\(default: /g, '(mặc định: ').replace(' [options]', ' [tùy chọn]')) : title;
}

/** Commander's own errors ("error: unknown option '--x'"), in Vietnamese. */
const ERRORS_VI: Array<[RegExp, string]> = [
  [/^error: unknown option '([^']*)'/, "lỗi: không có tùy chọn '$1'"],
  [/^error: unknown command '([^']*)'/, "lỗi: không có lệnh '$1'"],
  [/^error: missing required argument '([^']*)'/, "lỗi: thiếu tham số '$1'"],
  [/^error: required option '([^']*)' not specified/, "lỗi: thiếu tùy chọn bắt buộc '$1'"],
  [/^error: option '([^']*)' argument missing/, "lỗi: tùy chọn '$1' cần một giá trị"],
  [/^error: too many arguments(.*)/, 'lỗi: thừa tham số$1'],
  [/\(Did you mean ([^?]*)\?\)/, '(Có phải ý bạn là $1?)'],
];

export function translateCommanderError(message: string, lang: Language): string {
  if (lang !== 'vi') return message;
  return ERRORS_VI.reduce((s, [re, to]) => s.replace(re, to), message);
}
