/**
 * Recognise phụ lục sheets (issue #3). CONTRACT STUB: the recogniser helper replaces the body.
 */
import type { Overrides, SheetLayout, SheetOverride, WorkbookLayout } from '../layout';
import type { SheetSnapshot, WorkbookSnapshot } from '../snapshot';

export function recognizeSheet(sheet: SheetSnapshot, override?: SheetOverride): SheetLayout {
  void override;
  return { name: sheet.name, kind: 'none', confidence: 0, reasons: ['chưa nhận dạng'], header: null, columns: [], rows: [] };
}

export function recognizeWorkbook(wb: WorkbookSnapshot, overrides?: Overrides): WorkbookLayout {
  return {
    sheets: wb.sheets.map((s) => recognizeSheet(s, overrides?.sheets.find((o) => o.sheet === s.name))),
  };
}
