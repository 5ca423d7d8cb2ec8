import { ROW_KINDS } from '../layout';
import type { Phrase } from '../messages';
import { ERROR_CODES, isCellError } from '../snapshot';
import { tableColumnSpan } from '../model/header-blocks';

const CODES = new Set<string>(ERROR_CODES);

/** The error a cell shows: a real error value, or an error code pasted as text. */
function errorCode(v: unknown): string | null {
  if (v === null || typeof v === 'number' || typeof v === 'boolean') return null;
  if (typeof v === 'string') {
    if (v.length > 12 || v.indexOf('#') < 0) return null;
    const t = v.trim().toUpperCase();
    return CODES.has(t) ? t : null;
  }
  return isCellError(v as never) ? (v as { error: string }).error : null;
}
import { defineRule } from './types';

export const errorValue = defineRule({
  meta: {
    id: 'error-value',
    type: 'value',
    defaultSeverity: 'error',
    appliesTo: { sheets: ['indicators', 'tasks'], rows: ROW_KINDS },
    title: { vi: 'Ô báo lỗi Excel', en: 'Excel error in a cell' },
    description: {
      vi: 'Một ô trong bảng hiện lỗi Excel (#REF!, #DIV/0!, #VALUE!, #N/A, #NAME?...), thường do công thức trỏ tới ô đã xoá hoặc chia cho ô trống.',
      en: 'A cell in the table shows an Excel error (#REF!, #DIV/0!, #VALUE!, #N/A, #NAME?...), usually a formula pointing at a deleted cell or dividing by a blank one.',
    },
    fixable: false,
    messages: {
      error: { vi: 'Ô hiện lỗi {code}', en: 'The cell shows {code}' },
      errorExplained: { vi: 'Ô hiện lỗi {code} ({explanation})', en: 'The cell shows {code} ({explanation})' },
      formulaError: { vi: 'Ô hiện lỗi {code}; công thức: {formula}', en: 'The cell shows {code}; formula: {formula}' },
      formulaErrorExplained: { vi: 'Ô hiện lỗi {code} ({explanation}); công thức: {formula}', en: 'The cell shows {code} ({explanation}); formula: {formula}' },
    },
    example: {
      vi: 'Ô tốc độ tăng năm 2027 hiện #DIV/0! → "Ô hiện lỗi #DIV/0! (chia cho 0 hoặc ô trống)".',
      en: 'The 2027 growth cell shows #DIV/0! → "The cell shows #DIV/0! (division by zero or by a blank cell)".',
    },
  },
  row(ctx, r) {
    const { model } = ctx;
    const { from, to } = model.memo('tableColumnSpan', () => tableColumnSpan(model.layout, model.view));
    const { firstRow, firstCol } = model.view;
    // Every cell of every row is looked at: read the rows of the snapshot directly, numbers skipped first.
    const values = model.view.sheet.values;
    const line = r.row >= firstRow ? values[r.row - firstRow] : undefined;
    if (!line) return;
    for (let c = from; c <= to; c++) {
      const v = c >= firstCol ? line[c - firstCol] : undefined;
      if (v === undefined || v === null || typeof v === 'number') continue;
      const code = errorCode(v);
      if (!code) continue;
      const explanation = EXPLAIN[code];
      const formula = model.view.formula(r.row, c);
      ctx.report({
        row: r.row,
        col: c,
        ...(formula
          ? explanation
            ? { messageId: 'formulaErrorExplained', data: { code, explanation, formula } }
            : { messageId: 'formulaError', data: { code, formula } }
          : explanation
            ? { messageId: 'errorExplained', data: { code, explanation } }
            : { messageId: 'error', data: { code } }),
        actual: code,
      });
    }
  },
});

const EXPLAIN: Record<string, Phrase | undefined> = {
  '#REF!': { vi: 'công thức trỏ tới ô đã bị xoá', en: 'the formula points at a deleted cell' },
  '#DIV/0!': { vi: 'chia cho 0 hoặc ô trống', en: 'division by zero or by a blank cell' },
  '#VALUE!': { vi: 'công thức tính với chữ thay vì số', en: 'the formula computes with text instead of numbers' },
  '#N/A': { vi: 'không tìm thấy giá trị', en: 'a value was not found' },
  '#NAME?': { vi: 'tên hàm hoặc tên vùng sai', en: 'an unknown function or name' },
  '#NUM!': { vi: 'phép tính không hợp lệ', en: 'an invalid calculation' },
  '#NULL!': { vi: 'hai vùng không giao nhau', en: 'two ranges do not intersect' },
};
