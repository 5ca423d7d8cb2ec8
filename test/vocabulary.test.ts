/**
 * One language per screen: no English term of the project in the Vietnamese
 * task pane or CLI output, no Vietnamese in the English ones (the names of
 * the sheets the add-in writes, "Kiểm tra" and "Tổng hợp", and the product
 * name are names, quoted or fixed, and allowed).
 */
import { RULE_METAS } from '../src/core/rules';
import { LEGEND } from '../src/core/targets';
import { VOCABULARY } from '../src/core/vocabulary';
import { englishTermsIn, ENGLISH_TERMS, texts, vietnameseIn } from './helpers/language';
import { en } from '../src/taskpane/i18n/en';
import { vi } from '../src/taskpane/i18n/vi';

describe('vocabulary', () => {
  it('has a list of English terms to look for', () => {
    expect(ENGLISH_TERMS).toEqual(expect.arrayContaining(['indicator', 'component', 'warning', 'error', 'missed', 'comparable']));
  });

  /** What the pane shows besides its strings: the legend and the rule titles. */
  const shown = (lang: 'vi' | 'en') => [
    ...LEGEND.map((l) => [`legend.${l.verdict}`, l[lang]] as [string, string]),
    ...RULE_METAS.map((m) => [`rule.${m.id}`, m.title[lang]] as [string, string]),
  ];

  it('the Vietnamese task pane has no English term', () => {
    const leaks = [...texts(vi), ...shown('vi')]
      .filter(([path]) => path !== '.language')
      .map(([path, s]) => [path, englishTermsIn(s)] as const)
      .filter(([, w]) => w.length > 0);
    expect(leaks).toEqual([]);
  });

  it('the English task pane has no Vietnamese outside the product and sheet names', () => {
    const leaks = [...texts(en), ...shown('en')].filter(([path, s]) => path !== '.language' && vietnameseIn(s));
    expect(leaks).toEqual([]);
  });

  it('a state has one name: the vocabulary has no name twice in a language', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const group of Object.values(VOCABULARY)) {
        const words = Object.values(group).map((t: { vi: string; en: string }) => t[lang]);
        expect(new Set(words).size).toBe(words.length);
      }
    }
  });

  it('the checks catch what they look for', () => {
    expect(englishTermsIn('22 indicator, 14 component')).toEqual(['indicator', 'component']);
    expect(englishTermsIn('22 chỉ tiêu')).toEqual([]);
    expect(vietnameseIn('1 warnings · Không đạt')).toBe(true);
    expect(vietnameseIn('Export to a "Kiểm tra" sheet')).toBe(false);
  });
});
