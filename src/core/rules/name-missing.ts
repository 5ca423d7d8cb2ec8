import { rowHasValues } from './row-figures';
import type { Rule } from './types';

export const nameMissing: Rule = {
  meta: {
    id: 'name-missing',
    defaultSeverity: 'error',
    title: { vi: 'Thiếu tên chỉ tiêu', en: 'Indicator name missing' },
    description: {
      vi: 'Một dòng có số liệu nhưng ô tên chỉ tiêu (nội dung) để trống: không biết số liệu đó thuộc chỉ tiêu nào.',
      en: 'A row has figures but its indicator name (content) cell is blank: nobody can tell what the figures measure.',
    },
    fixable: false,
    example: {
      vi: 'Dòng "12 | (trống) | % | 100 | 100" → "Dòng 14 (STT 12) có số liệu nhưng chưa có tên chỉ tiêu".',
      en: 'Row "12 | (blank) | % | 100 | 100" → "Row 14 (STT 12) has figures but no indicator name".',
    },
  },
  check(ctx) {
    const { model } = ctx;
    for (const r of model.rows) {
      if (r.kind !== 'indicator' && r.kind !== 'component' && r.kind !== 'growth' && r.kind !== 'task') continue;
      if (model.name(r.row)) continue;
      const cols = model.cols(r.row);
      const hasValues =
        r.kind === 'task' ? cols.all.some((c) => c.role !== 'stt' && !model.view.isEmpty(r.row, c.col)) : rowHasValues(model, r.row);
      if (!hasValues) continue;
      ctx.report({
        row: r.row,
        col: cols.name?.col ?? model.view.firstCol,
        message: `Dòng ${r.row}${r.stt ? ` (STT ${r.stt})` : ''} có số liệu nhưng chưa có tên chỉ tiêu`,
        messageEn: `Row ${r.row}${r.stt ? ` (STT ${r.stt})` : ''} has figures but no indicator name`,
      });
    }
  },
};
