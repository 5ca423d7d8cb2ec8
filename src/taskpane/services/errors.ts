/**
 * Turns whatever an action threw into what the message bar shows: the
 * adapter's sentence in the pane's language plus what to do next.
 */
import { ExcelActionError } from '../../excel/errors';
import type { Strings } from '../i18n';

export interface ShownError {
  code: string;
  message: string;
  next: string;
}

export function describeError(e: unknown, t: Strings): ShownError {
  if (e instanceof ExcelActionError) {
    return { code: e.code, message: t.language === 'en' ? e.messageEn : e.message, next: t.errorNext[e.code] ?? t.errorNext.unknown };
  }
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'unknown', message, next: t.errorNext.unknown };
}
