import { roundingTolerance, yoyGrowth } from '../growth';
import { figure } from '../messages';
import { isNumber } from '../model/readings';
import { relativeError } from './arithmetic';
import { columnLabel, diffDecimals } from './format';
import { growthSubject, previousYearColumn } from '../model/growth-subject';
import { defineRule } from './types';

export const growthMismatch = defineRule({
  meta: {
    id: 'growth-mismatch',
    type: 'arithmetic',
    defaultSeverity: 'error',
    appliesTo: { sheets: ['indicators'], rows: ['growth'] },
    title: { vi: 'Tốc độ tăng không khớp số liệu', en: 'Growth rate contradicts the figures' },
    description: {
      vi: 'Tốc độ tăng hằng năm ghi trên dòng "Tốc độ tăng..." phải bằng (năm nay / năm trước − 1) × 100 của chỉ tiêu nó đo. Năm đầu tiên chỉ kiểm tra khi bảng có số năm gốc (ví dụ cột TH 2025). Sai số do làm tròn không bị báo.',
      en: 'A yearly growth on a "Tốc độ tăng..." row must equal (this year / last year − 1) × 100 of the indicator it measures. The first year is checked only when the table shows the base year (e.g. an actual 2025 column). Rounding differences are never reported.',
    },
    fixable: false,
    messages: {
      differs: {
        vi: '{column}: tốc độ tăng ghi {stated}% nhưng tính từ số liệu là {computed}% ({current} / {previous} − 1; lệch {diff})',
        en: '{column}: the growth reads {stated}% but the figures give {computed}% ({current} / {previous} − 1; off by {diff})',
      },
    },
    example: {
      vi: 'GRDP 2026 = 44.477, 2027 = 49.689; tốc độ tăng 2027 ghi 11,80 → "Năm 2027: tốc độ tăng ghi 11,80% nhưng tính từ số liệu là 11,72% (49.689 / 44.477 − 1; lệch 0,08)".',
      en: 'GRDP 2026 = 44,477, 2027 = 49,689; 2027 growth reads 11.80 → "2027: the growth reads 11.80% but the figures give 11.72% (49,689 / 44,477 − 1; off by 0.08)".',
    },
  },
  row(ctx, g) {
    const { model } = ctx;
    const subject = growthSubject(model, g);
    if (!subject) return;
    const cols = model.cols(g.row);
    for (const c of [...cols.planYears, ...cols.actualYears]) {
      const stated = model.read(g.row, c.col);
      if (!isNumber(stated)) continue;
      const prevCol = previousYearColumn(model, subject.row, c);
      if (!prevCol) continue;
      const cur = model.read(subject.row, c.col);
      const prev = model.read(subject.row, prevCol.col);
      if (!isNumber(cur) || !isNumber(prev)) continue;
      const computed = yoyGrowth(cur.value, prev.value);
      if (computed === null) continue;
      const slack = roundingTolerance(stated.decimals) + 100 * Math.abs(cur.value / prev.value) * (relativeError(cur) + relativeError(prev));
      const diff = stated.value - computed;
      if (Math.abs(diff) <= slack) continue;
      // "111,72" for +11,72 %: the index form (previous year = 100) some offices use; the same figure, not a slip.
      if (Math.abs(diff - 100) <= slack) continue;
      const d = Math.max(stated.decimals, 2);
      const dd = diffDecimals(diff, d);
      ctx.report({
        row: g.row,
        col: c.col,
        messageId: 'differs',
        data: {
          column: columnLabel(c),
          stated: figure(stated.value, stated.decimals),
          computed: figure(computed, d),
          current: figure(cur.value, cur.decimals),
          previous: figure(prev.value, prev.decimals),
          diff: figure(Math.abs(diff), dd),
        },
        expected: Number(computed.toFixed(d)),
        actual: stated.value,
      });
    }
  },
});
