/**
 * What an actual typed as words says ("Đạt", "Chưa đạt", "Vượt", "Không có"),
 * in one place for both the verdict and the conditional-format formulas, so a
 * colour on the sheet never disagrees with the verdict in the report.
 *
 * The words are read by their beginning (or as a whole), in a fixed order,
 * first match wins: that is what Excel's LEFT/LOWER can mirror in a short
 * formula (Excel refuses conditional-format formulas over 255 characters).
 * No diacritic folding: a verdict that read "Chua dat" as "chưa đạt" would
 * disagree with the sheet's colour.
 */

/** 'none': words meaning "nothing yet" ("Chưa có số liệu"): no colour, no verdict. */
export type WordVerdict = 'exceeded' | 'met' | 'missed' | 'none';

export interface WordRule {
  /** 'prefix': the text starts with `text`; 'exact': the text is `text`. */
  match: 'prefix' | 'exact';
  /** Lower case, as LOWER gives it. */
  text: string;
  verdict: WordVerdict;
}

/** The word a qualitative target is met by, per parseTarget's normalised word. */
const MET_WORD: Record<string, string> = {
  'duy-tri': 'duy trì',
  'on-dinh': 'ổn định',
  giam: 'giảm',
  tang: 'tăng',
};

/** The rules in order for a target (word and text from a qualitative target; none for a numeric one). */
export function wordRules(word?: string, targetText?: string): WordRule[] {
  const rules = baseRules(word);
  const target = targetText?.toLowerCase().trim();
  // The target's own words typed back ("Hàng năm" for "Hàng năm") are met, unless a met prefix already says so;
  // long texts are left out, to keep the formula within Excel's 255 characters.
  if (target && target.length <= EXACT_TARGET_MAX && rules.find((r) => matches(r, target))?.verdict !== 'met') {
    rules.unshift({ match: 'exact', text: target, verdict: 'met' });
  }
  return rules;
}

const EXACT_TARGET_MAX = 24;

function baseRules(word?: string): WordRule[] {
  const rules: WordRule[] = [];
  if (word === 'khong-co') {
    // "Không có điểm nóng": "Không", "Không có", "Không xảy ra" say met; "Có 2 điểm" says missed.
    rules.push({ match: 'prefix', text: 'không đạt', verdict: 'missed' });
    rules.push({ match: 'prefix', text: 'không', verdict: 'met' });
    rules.push({ match: 'prefix', text: 'có', verdict: 'missed' });
  }
  if (word === 'giam') rules.push({ match: 'prefix', text: 'tăng', verdict: 'missed' });
  if (word === 'tang') rules.push({ match: 'prefix', text: 'giảm', verdict: 'missed' });
  rules.push({ match: 'prefix', text: 'chưa có', verdict: 'none' });
  rules.push({ match: 'prefix', text: 'chưa', verdict: 'missed' });
  if (word !== 'khong-co') rules.push({ match: 'prefix', text: 'không', verdict: 'missed' });
  rules.push({ match: 'prefix', text: 'vượt', verdict: 'exceeded' });
  rules.push({ match: 'prefix', text: 'đạt', verdict: 'met' });
  rules.push({ match: 'prefix', text: 'hoàn thành', verdict: 'met' });
  const key = word ? MET_WORD[word] : undefined;
  if (key) rules.push({ match: 'prefix', text: key, verdict: 'met' });
  return rules;
}

function matches(r: WordRule, t: string): boolean {
  return r.match === 'exact' ? t === r.text : t.startsWith(r.text);
}

/** What the words say, or null when they say nothing we know. */
export function verdictFromWords(text: string, word?: string, targetText?: string): WordVerdict | null {
  const t = text.toLowerCase();
  return wordRules(word, targetText).find((r) => matches(r, t))?.verdict ?? null;
}

/** Excel string literal. */
export function xlString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** Every text matched by `a` is matched by `b`. */
function within(a: WordRule, b: WordRule): boolean {
  if (b.match === 'prefix') return a.text.startsWith(b.text);
  return a.match === 'exact' && a.text === b.text;
}

/** Some text is matched by both. */
function overlap(a: WordRule, b: WordRule): boolean {
  return within(a, b) || within(b, a);
}

function condition(r: WordRule, ref: string): string {
  return r.match === 'exact' ? `LOWER(${ref})=${xlString(r.text)}` : `LEFT(LOWER(${ref}),${r.text.length})=${xlString(r.text)}`;
}

/**
 * Excel conditions over the text in `ref` mirroring verdictFromWords: a rule
 * holds when it matches and no earlier rule with another verdict does, so the
 * conditions are mutually exclusive and TRUE exactly for the first match.
 */
export function wordConditions(ref: string, word?: string, targetText?: string): Record<'missed' | 'exceeded' | 'met', string> {
  const rules = wordRules(word, targetText);
  const out = { missed: 'FALSE', exceeded: 'FALSE', met: 'FALSE' };
  for (const verdict of ['missed', 'exceeded', 'met'] as const) {
    const terms: string[] = [];
    rules.forEach((r, i) => {
      if (r.verdict !== verdict) return;
      const blockers = rules.slice(0, i).filter((f) => f.verdict !== verdict && overlap(f, r));
      // A blocker inside another blocker adds nothing.
      const needed = blockers.filter((f, j) => !blockers.some((g, k) => k !== j && within(f, g) && !(within(g, f) && k > j)));
      // A blocker covering the whole rule means the rule can never be first.
      if (needed.some((f) => within(r, f))) return;
      const parts = [condition(r, ref), ...needed.map((f) => `NOT(${condition(f, ref)})`)];
      terms.push(parts.length === 1 ? parts[0] : `AND(${parts.join(',')})`);
    });
    if (terms.length > 0) out[verdict] = terms.length === 1 ? terms[0] : `OR(${terms.join(',')})`;
  }
  return out;
}
