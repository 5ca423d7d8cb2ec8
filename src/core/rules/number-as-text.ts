import { toA1 } from '../a1';
import type { EditPlan } from '../plan';
import type { NumberReading } from '../model/readings';
import { isFigureRow } from '../model/sheet-model';
import { vi } from './format';
import type { Rule } from './types';

/** Excel number format codes are locale-free: "#,##0.00" shows 6.620,54 in a Vietnamese Excel. */
export function numberFormatFor(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

export const numberAsText: Rule = {
  meta: {
    id: 'number-as-text',
    defaultSeverity: 'warning',
    title: { vi: 'Số lưu dạng chữ', en: 'Number stored as text' },
    description: {
      vi: 'Một ô số liệu chứa con số gõ dưới dạng chữ (thường do dán từ Word, ví dụ "1083,25"): Excel không cộng, không tính tốc độ tăng được. Sửa tự động: ghi lại thành số với định dạng hiển thị đúng số chữ số thập phân.',
      en: 'A figure cell holds a number typed as text (often pasted from Word, e.g. "1083,25"): Excel cannot add it or compute growth from it. Auto-fix: write it back as a number with a format showing the same decimals.',
    },
    fixable: true,
    example: {
      vi: 'Ô năm 2026 ghi chữ "1083,25" → "Số 1.083,25 đang lưu dạng chữ ("1083,25") nên Excel không cộng, không tính được; nên ghi thành số"; bản sửa ghi 1083,25 thành số với định dạng #,##0.00.',
      en: 'The 2026 cell holds the text "1083,25" → "1083,25 is a number stored as text, so Excel cannot add or compute with it; store it as the number 1083.25"; the fix writes the number with the format #,##0.00.',
    },
  },
  check(ctx) {
    const { model } = ctx;
    for (const r of model.rows) {
      if (!isFigureRow(r.kind)) continue;
      for (const c of model.cols(r.row).values) {
        // "15%" typed in a % row shows what it means; only plain numbers are rewritten.
        if (!model.isPlainTextNumber(r.row, c.col)) continue;
        const reading = model.read(r.row, c.col) as NumberReading;
        const cell = toA1(r.row, c.col);
        const shown = vi(reading.value, reading.decimals);
        const fix: EditPlan = {
          version: 1,
          action: 'fix',
          description: `Ghi ${cell} thành số ${shown}`,
          ops: [
            { op: 'setValues', sheet: model.sheet, address: cell, values: [[reading.value]] },
            { op: 'setNumberFormat', sheet: model.sheet, range: cell, format: numberFormatFor(reading.decimals) },
          ],
        };
        ctx.report({
          row: r.row,
          col: c.col,
          message: `Số ${shown} đang lưu dạng chữ ("${reading.text}") nên Excel không cộng, không tính được; nên ghi thành số`,
          messageEn: `${reading.text} is a number stored as text, so Excel cannot add or compute with it; store it as the number ${reading.value}`,
          expected: reading.value,
          actual: reading.text,
          fix,
        });
      }
    }
  },
};
