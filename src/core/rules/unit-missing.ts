import { rowHasFigure } from './row-figures';
import { defineRule } from './types';
import { shortName } from './format';

export const unitMissing = defineRule({
  meta: {
    id: 'unit-missing',
    type: 'structure',
    defaultSeverity: 'warning',
    appliesTo: { sheets: ['indicators'], rows: ['indicator', 'component'] },
    title: { vi: 'Thiếu đơn vị tính', en: 'Unit missing' },
    description: {
      vi: 'Chỉ tiêu hoặc thành phần có số liệu nhưng ô đơn vị tính để trống (chỉ tiêu định tính như "Đạt", "Duy trì" thì không cần).',
      en: 'An indicator or component has figures but a blank unit cell (qualitative ones such as "Đạt", "Duy trì" need none).',
    },
    fixable: false,
    messages: {
      missing: { vi: 'Chỉ tiêu "{name}" có số liệu nhưng chưa ghi đơn vị tính', en: '"{name}" has figures but no unit' },
    },
    example: {
      vi: 'Dòng "Thu ngân sách | (trống) | 1.083,25 | 1.191,57 ..." → «Chỉ tiêu "Thu ngân sách" có số liệu nhưng chưa ghi đơn vị tính».',
      en: 'Row "Thu ngân sách | (blank) | 1,083.25 | 1,191.57 ..." → «"Thu ngân sách" has figures but no unit».',
    },
  },
  row(ctx, r) {
    const { model } = ctx;
    const unitCol = model.cols(r.row).unit;
    if (!unitCol || model.unit(r.row).text || !rowHasFigure(model, r.row)) return;
    ctx.report({ row: r.row, col: unitCol.col, messageId: 'missing', data: { name: shortName(model.name(r.row)) } });
  },
});
