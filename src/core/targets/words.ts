/**
 * What an actual typed as words says ("Đạt", "Chưa đạt", "Vượt", "Không có"),
 * in one place for both the verdict and the conditional-format formulas, so a
 * colour on the sheet never disagrees with the verdict in the report.
 *
 * Matching is a case-insensitive substring or prefix test on the text as typed
 * (no diacritic folding), because that is all Excel's SEARCH/LEFT can do: a
 * verdict that folded "Chua dat" to "chưa đạt" would colour differently from
 * the sheet.
 */

/** Words saying the target was not reached. Checked first: "không đạt" contains "đạt". */
export const MISSED_PHRASES = ['chưa đạt', 'không đạt', 'chưa hoàn thành', 'không hoàn thành', 'không duy trì', 'chưa duy trì', 'không ổn định'] as const;

/** An actual starting with this word says the target was exceeded. */
export const EXCEEDED_PREFIX = 'vượt';

/** Words saying a qualitative target was reached. */
export const MET_PHRASES = ['đạt', 'hoàn thành', 'duy trì', 'ổn định'] as const;

/** Per qualitative target word: extra words meaning met / missed. */
export const WORD_PHRASES: Record<string, { met: string[]; missed: string[]; metPrefixes?: string[]; missedPrefixes?: string[] }> = {
  giam: { met: ['giảm'], missed: ['không giảm', 'tăng'] },
  tang: { met: ['tăng'], missed: ['không tăng', 'giảm'] },
  // "Không có điểm nóng": "Không có", "Không" mean met; "Có 2 điểm" means missed.
  'khong-co': { met: [], missed: [], metPrefixes: ['không'], missedPrefixes: ['có'] },
};

/** Like Excel's TRIM then LOWER. */
export function excelTrimLower(s: string): string {
  return s.replace(/ +/g, ' ').trim().toLowerCase();
}

export type TextVerdict = 'exceeded' | 'met' | 'missed' | null;

function missedByWords(t: string, word?: string): boolean {
  const extra = word ? WORD_PHRASES[word] : undefined;
  if (MISSED_PHRASES.some((p) => t.includes(p))) return true;
  if (extra?.missed.some((p) => t.includes(p))) return true;
  if (extra?.missedPrefixes?.some((p) => t.startsWith(p))) return true;
  return false;
}

function metByWords(t: string, word?: string, targetText?: string): boolean {
  const extra = word ? WORD_PHRASES[word] : undefined;
  if (MET_PHRASES.some((p) => t.includes(p))) return true;
  if (extra?.met.some((p) => t.includes(p))) return true;
  if (extra?.metPrefixes?.some((p) => t.startsWith(p))) return true;
  if (targetText !== undefined && t === excelTrimLower(targetText)) return true;
  return false;
}

/**
 * The verdict an actual's words give, or null when they say nothing we know.
 * `word` and `targetText` come from a qualitative target (parseTarget's word).
 */
export function verdictFromWords(text: string, word?: string, targetText?: string): TextVerdict {
  const t = excelTrimLower(text);
  if (!t) return null;
  if (missedByWords(t, word)) return 'missed';
  if (t.startsWith(EXCEEDED_PREFIX)) return 'exceeded';
  if (metByWords(t, word, targetText)) return 'met';
  return null;
}

/** Excel string literal. */
export function xlString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

function anyContains(ref: string, phrases: readonly string[]): string | null {
  if (phrases.length === 0) return null;
  if (phrases.length === 1) return `ISNUMBER(SEARCH(${xlString(phrases[0])},${ref}))`;
  // SUMPRODUCT forces array evaluation in Excel and LibreOffice alike.
  return `SUMPRODUCT(--ISNUMBER(SEARCH({${phrases.map(xlString).join(',')}},${ref})))>0`;
}

function anyPrefix(ref: string, prefixes: readonly string[]): string[] {
  return prefixes.map((p) => `LEFT(LOWER(TRIM(${ref})),${p.length})=${xlString(p)}`);
}

function or(parts: (string | null)[]): string {
  const xs = parts.filter((p): p is string => !!p);
  if (xs.length === 0) return 'FALSE';
  return xs.length === 1 ? xs[0] : `OR(${xs.join(',')})`;
}

/** Excel conditions over the text in `ref` mirroring verdictFromWords. ISTEXT guards numbers. */
export function wordConditions(ref: string, word?: string, targetText?: string): { missed: string; exceeded: string; met: string } {
  const extra = word ? WORD_PHRASES[word] : undefined;
  const missed = or([anyContains(ref, [...MISSED_PHRASES, ...(extra?.missed ?? [])]), ...anyPrefix(ref, extra?.missedPrefixes ?? [])]);
  const exceeded = anyPrefix(ref, [EXCEEDED_PREFIX])[0];
  const met = or([
    anyContains(ref, [...MET_PHRASES, ...(extra?.met ?? [])]),
    ...anyPrefix(ref, extra?.metPrefixes ?? []),
    targetText !== undefined && excelTrimLower(targetText) ? `LOWER(TRIM(${ref}))=${xlString(excelTrimLower(targetText))}` : null,
  ]);
  return {
    missed: `AND(ISTEXT(${ref}),${missed})`,
    exceeded: `AND(ISTEXT(${ref}),NOT(${missed}),${exceeded})`,
    met: `AND(ISTEXT(${ref}),NOT(${missed}),NOT(${exceeded}),${met})`,
  };
}
