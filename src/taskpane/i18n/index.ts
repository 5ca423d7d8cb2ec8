import { en } from './en';
import { vi, Strings } from './vi';

export type { Strings };
export type Language = 'vi' | 'en';

/** Vietnamese unless Office's display language is English ("en-US", "en-GB", ...). */
export function languageOf(displayLanguage: string | undefined | null): Language {
  return displayLanguage && /^en\b/i.test(displayLanguage) ? 'en' : 'vi';
}

export function stringsFor(lang: Language): Strings {
  return lang === 'en' ? en : vi;
}
