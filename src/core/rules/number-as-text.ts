import { toA1 } from '../a1';
import { figure } from '../messages';
import type { EditPlan } from '../plan';
import type { NumberReading } from '../model/readings';
import { vi } from './format';
import { defineRule } from './types';

/** Excel number format codes are locale-free: "#,##0.00" shows 6.620,54 in a Vietnamese Excel. */
export function numberFormatFor(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

export const numberAsText = defineRule({
  meta: {
    id: 'number-as-text',
    type: 'value',
    defaultSeverity: 'warning',
    appliesTo: { sheets: ['indicators'], rows: ['indicator', 'component', 'growth'] },
    title: { vi: 'Số lưu dạng chữ', en: 'Number stored as text' },
    description: {
      vi: 'Một ô số liệu chứa con số gõ dưới dạng chữ (thường do dán từ Word, ví dụ "1083,25"): Excel không cộng, không tính tốc độ tăng được. Sửa tự động: ghi lại thành số với định dạng hiển thị đúng số chữ số thập phân.',
      en: 'A figure cell holds a number typed as text (often pasted from Word, e.g. "1083,25"): Excel cannot add it or compute growth from it. Auto-fix: write it back as a number with a format showing the same decimals.',
    },
    fixable: true,
    messages: {
      asText: {
        vi: 'Số {shown} đang lưu dạng chữ ("{text}") nên Excel không cộng, không tính được; nên ghi thành số',
        en: '{text} is a number stored as text, so Excel cannot add or compute with it; store it as the number {value}',
      },
    },
    example: {
      vi: 'Ô năm 2026 ghi chữ "1083,25" → "Số 1.083,25 đang lưu dạng chữ ("1083,25") nên Excel không cộng, không tính được; nên ghi thành số"; bản sửa ghi 1083,25 thành số với định dạng #,##0.00.',
      en: 'The 2026 cell holds the text "1083,25" → "1083,25 is a number stored as text, so Excel cannot add or compute with it; store it as the number 1083.25"; the fix writes the number with the format #,##0.00.',
    },
  },
  row(ctx, r) {
    const { model } = ctx;
    for (const c of model.cols(r.row).values) {
      // "15%" typed in a % row shows what it means; only plain numbers are rewritten.
      if (!model.isPlainTextNumber(r.row, c.col)) continue;
      const reading = model.read(r.row, c.col) as NumberReading;
      const cell = toA1(r.row, c.col);
      const fix: EditPlan = {
        version: 1,
        action: 'fix',
        description: `Ghi ${cell} thành số ${vi(reading.value, reading.decimals)}`,
        ops: [
          { op: 'setValues', sheet: model.sheet, address: cell, values: [[reading.value]] },
          { op: 'setNumberFormat', sheet: model.sheet, range: cell, format: numberFormatFor(reading.decimals) },
        ],
      };
      ctx.report({
        row: r.row,
        col: c.col,
        messageId: 'asText',
        // The English message names the number as JavaScript prints it (1083.25), the Vietnamese one as Excel shows it.
        data: { shown: figure(reading.value, reading.decimals), text: reading.text, value: reading.value },
        expected: reading.value,
        actual: reading.text,
        fix,
      });
    }
  },
});
