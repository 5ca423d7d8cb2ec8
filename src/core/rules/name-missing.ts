import { rowHasValues } from './row-figures';
import { defineRule } from './types';

export const nameMissing = defineRule({
  meta: {
    id: 'name-missing',
    type: 'structure',
    defaultSeverity: 'error',
    appliesTo: { sheets: ['indicators', 'tasks'], rows: ['indicator', 'component', 'growth', 'task'] },
    title: { vi: 'Thiếu tên chỉ tiêu', en: 'Indicator name missing' },
    description: {
      vi: 'Một dòng có số liệu nhưng ô tên chỉ tiêu (nội dung) để trống: không biết số liệu đó thuộc chỉ tiêu nào.',
      en: 'A row has figures but its indicator name (content) cell is blank: nobody can tell what the figures measure.',
    },
    fixable: false,
    messages: {
      missing: { vi: 'Dòng {row} có số liệu nhưng chưa có tên chỉ tiêu', en: 'Row {row} has figures but no indicator name' },
      missingWithStt: { vi: 'Dòng {row} (STT {stt}) có số liệu nhưng chưa có tên chỉ tiêu', en: 'Row {row} (STT {stt}) has figures but no indicator name' },
    },
    example: {
      vi: 'Dòng "12 | (trống) | % | 100 | 100" → "Dòng 14 (STT 12) có số liệu nhưng chưa có tên chỉ tiêu".',
      en: 'Row "12 | (blank) | % | 100 | 100" → "Row 14 (STT 12) has figures but no indicator name".',
    },
  },
  row(ctx, r) {
    const { model } = ctx;
    if (model.name(r.row)) return;
    const cols = model.cols(r.row);
    const hasValues =
      r.kind === 'task' ? cols.all.some((c) => c.role !== 'stt' && !model.view.isEmpty(r.row, c.col)) : rowHasValues(model, r.row);
    if (!hasValues) return;
    ctx.report({
      row: r.row,
      col: cols.name?.col ?? model.view.firstCol,
      ...(r.stt ? { messageId: 'missingWithStt', data: { row: r.row, stt: r.stt } } : { messageId: 'missing', data: { row: r.row } }),
    });
  },
});
