/** The language checks of the vocabulary test, shared with the CLI's: English terms of the project, Vietnamese letters. */
import { VOCABULARY } from '../../src/core/vocabulary';

/** Every text a strings object can produce: plain strings, and functions called with 1 and with 2. */
export function texts(o: unknown, path = ''): Array<[string, string]> {
  if (typeof o === 'string') return [[path, o]];
  if (typeof o === 'function') {
    const f = o as (...a: unknown[]) => unknown;
    return [1, 2].flatMap((n) => texts(f(...Array.from({ length: Math.max(1, f.length) }, () => n)), `${path}(${n})`));
  }
  if (Array.isArray(o)) return o.flatMap((x, i) => texts(x, `${path}[${i}]`));
  if (o && typeof o === 'object') return Object.entries(o).flatMap(([k, v]) => texts(v, `${path}.${k}`));
  return [];
}

/** The project's own English words (its vocabulary and the words of its screens). */
export const ENGLISH_TERMS = [
  ...new Set(
    Object.values(VOCABULARY)
      .flatMap((g) => Object.values(g).map((t: { en: string }) => t.en.toLowerCase()))
      .flatMap((t) => t.split(/[^a-z]+/))
      .filter((w) => w.length >= 4 && !['with', 'target'].includes(w)),
  ),
  'target', 'targets', 'indicators', 'components', 'errors', 'warnings', 'finding', 'findings', 'rule', 'rules', 'sheet', 'sheets',
  'formula', 'formulas', 'fill', 'summary', 'highlight', 'protect', 'unknown', 'missed', 'exceeded', 'plan', 'actual', 'check',
];

const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
/** Names that stay Vietnamese in English: the product and the sheets it writes, always quoted. */
const stripNames = (s: string) => s.replace(/"[^"]*"/g, '""').replace(/Phụ lục/g, '');

export function englishTermsIn(s: string): string[] {
  return ENGLISH_TERMS.filter((w) => new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'iu').test(s));
}

export function vietnameseIn(s: string): boolean {
  return VIETNAMESE_LETTER.test(stripNames(s));
}

