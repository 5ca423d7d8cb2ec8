import { rowHasFigure } from './row-figures';
import type { Rule } from './types';
import { shortName } from './format';

export const unitMissing: Rule = {
  meta: {
    id: 'unit-missing',
    defaultSeverity: 'warning',
    title: { vi: 'Thiếu đơn vị tính', en: 'Unit missing' },
    description: {
      vi: 'Chỉ tiêu hoặc thành phần có số liệu nhưng ô đơn vị tính để trống (chỉ tiêu định tính như "Đạt", "Duy trì" thì không cần).',
      en: 'An indicator or component has figures but a blank unit cell (qualitative ones such as "Đạt", "Duy trì" need none).',
    },
    fixable: false,
    example: {
      vi: 'Dòng "Thu ngân sách | (trống) | 1.083,25 | 1.191,57 ..." → «Chỉ tiêu "Thu ngân sách" có số liệu nhưng chưa ghi đơn vị tính».',
      en: 'Row "Thu ngân sách | (blank) | 1,083.25 | 1,191.57 ..." → «"Thu ngân sách" has figures but no unit».',
    },
  },
  check(ctx) {
    const { model } = ctx;
    for (const r of model.rows) {
      if (r.kind !== 'indicator' && r.kind !== 'component') continue;
      const unitCol = model.cols(r.row).unit;
      if (!unitCol || model.unit(r.row).text) continue;
      if (!rowHasFigure(model, r.row)) continue;
      const name = shortName(model.name(r.row));
      ctx.report({
        row: r.row,
        col: unitCol.col,
        message: `Chỉ tiêu "${name}" có số liệu nhưng chưa ghi đơn vị tính`,
        messageEn: `"${name}" has figures but no unit`,
      });
    }
  },
};
