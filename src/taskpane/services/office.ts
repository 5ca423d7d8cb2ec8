/**
 * The task pane's only Office glue: wait for Office.js, hand back the real
 * host and the display language. Components receive an ExcelService instead.
 */
import { officeReady } from '../../excel/office-host';
import type { XlHost } from '../../excel/api';
import { Language, languageOf } from '../i18n';

export async function connectToExcel(): Promise<{ host: XlHost; language: Language }> {
  const host = await officeReady();
  return { host, language: languageOf(Office.context.displayLanguage) };
}
