import { roundingTolerance, yoyGrowth } from '../growth';
import { isNumber } from '../model/readings';
import { relativeError } from './arithmetic';
import { diffDecimals, en, vi } from './format';
import { growthSubject, previousYearColumn } from '../model/growth-subject';
import type { Rule } from './types';

export const growthMismatch: Rule = {
  meta: {
    id: 'growth-mismatch',
    defaultSeverity: 'error',
    title: { vi: 'Tốc độ tăng không khớp số liệu', en: 'Growth rate contradicts the figures' },
    description: {
      vi: 'Tốc độ tăng hằng năm ghi trên dòng "Tốc độ tăng..." phải bằng (năm nay / năm trước − 1) × 100 của chỉ tiêu nó đo. Năm đầu tiên chỉ kiểm tra khi bảng có số năm gốc (ví dụ cột TH 2025). Sai số do làm tròn không bị báo.',
      en: 'A yearly growth on a "Tốc độ tăng..." row must equal (this year / last year − 1) × 100 of the indicator it measures. The first year is checked only when the table shows the base year (e.g. an actual 2025 column). Rounding differences are never reported.',
    },
    fixable: false,
    example: {
      vi: 'GRDP 2026 = 44.477, 2027 = 49.689; tốc độ tăng 2027 ghi 11,80 → "Năm 2027: tốc độ tăng ghi 11,80% nhưng tính từ số liệu là 11,72% (49.689 / 44.477 − 1; lệch 0,08)".',
      en: 'GRDP 2026 = 44,477, 2027 = 49,689; 2027 growth reads 11.80 → "2027: the growth reads 11.80% but the figures give 11.72% (49,689 / 44,477 − 1; off by 0.08)".',
    },
  },
  check(ctx) {
    const { model } = ctx;
    for (const g of model.rows) {
      if (g.kind !== 'growth') continue;
      const subject = growthSubject(model, g);
      if (!subject) continue;
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
        const th = c.series === 'actual' ? 'TH ' : 'Năm ';
        ctx.report({
          row: g.row,
          col: c.col,
          message: `${th}${c.year}: tốc độ tăng ghi ${vi(stated.value, stated.decimals)}% nhưng tính từ số liệu là ${vi(computed, d)}% (${vi(cur.value, cur.decimals)} / ${vi(prev.value, prev.decimals)} − 1; lệch ${vi(Math.abs(diff), dd)})`,
          messageEn: `${c.series === 'actual' ? 'Actual ' : ''}${c.year}: the growth reads ${en(stated.value, stated.decimals)}% but the figures give ${en(computed, d)}% (${en(cur.value, cur.decimals)} / ${en(prev.value, prev.decimals)} − 1; off by ${en(Math.abs(diff), dd)})`,
          expected: Number(computed.toFixed(d)),
          actual: stated.value,
        });
      }
    }
  },
};
