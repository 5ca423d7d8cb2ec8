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

/**
 * The core's two-language texts ("Vietnamese / English", as the fill's reasons
 * and notes are written): the half of the language shown, never both.
 */
export function languageHalf(text: string, lang: Language): string {
  const halves = text.split(' / ');
  return lang === 'en' && halves.length > 1 ? halves.slice(1).join(' / ') : halves[0];
}

/** A figure as the pane's language writes it (vi: 1.234,5; en: 1,234.5), at most two decimals. */
export function formatFigure(value: number, lang: Language, percent = false): string {
  const shown = new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'vi-VN', { maximumFractionDigits: 2 }).format(percent ? value * 100 : value);
  return percent ? `${shown}%` : shown;
}
