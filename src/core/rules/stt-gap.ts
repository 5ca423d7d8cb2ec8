import type { Rule } from './types';
import { sttEvents } from './stt-sequence';

export const sttGap: Rule = {
  meta: {
    id: 'stt-gap',
    defaultSeverity: 'warning',
    title: { vi: 'STT nhảy cóc hoặc lùi', en: 'STT skips or goes backwards' },
    description: {
      vi: 'Số thứ tự bỏ qua một số (11 rồi 13) hoặc quay lùi (5 rồi 3) so với dòng cùng cấp trước đó.',
      en: 'The numbering skips a number (11 then 13) or goes backwards (5 then 3) relative to the previous row at the same level.',
    },
    fixable: false,
    example: {
      vi: 'STT 11 rồi 13 → "STT 13 đứng sau 11: thiếu STT 12".',
      en: 'STT 11 then 13 → "STT 13 follows 11: STT 12 is missing".',
    },
  },
  check(ctx) {
    const { model } = ctx;
    for (const e of model.memo('stt', () => sttEvents(model))) {
      if (e.kind === 'duplicate') continue;
      const col = model.cols(e.row.row).stt?.col ?? model.view.firstCol;
      const after = e.previous ? ` đứng sau ${e.previous}` : ' là số đầu tiên';
      const afterEn = e.previous ? ` follows ${e.previous}` : ' comes first';
      ctx.report({
        row: e.row.row,
        col,
        message:
          e.kind === 'gap'
            ? `STT ${e.stt}${after}: thiếu STT ${e.missing}`
            : `STT ${e.stt}${after}: số thứ tự lùi lại, dòng này lẽ ra mang STT ${e.expected}`,
        messageEn:
          e.kind === 'gap'
            ? `STT ${e.stt}${afterEn}: STT ${e.missing} is missing`
            : `STT ${e.stt}${afterEn}: the numbering goes backwards; this row should be ${e.expected}`,
        expected: e.expected,
        actual: e.stt,
      });
    }
  },
};
