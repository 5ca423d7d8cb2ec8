import { defineRule } from './types';
import { sttEvents } from './stt-sequence';

export const sttDuplicate = defineRule({
  meta: {
    id: 'stt-duplicate',
    type: 'structure',
    defaultSeverity: 'error',
    // The numbering is a run over the sheet: read whole, on task tables too.
    appliesTo: { sheets: ['indicators', 'tasks'], rows: [] },
    title: { vi: 'STT trùng', en: 'Duplicate STT' },
    description: {
      vi: 'Hai dòng cùng cấp mang cùng một số thứ tự (STT), ví dụ hai chỉ tiêu cùng đánh số 13.',
      en: 'Two rows at the same level carry the same ordinal (STT), e.g. two indicators both numbered 13.',
    },
    fixable: false,
    messages: {
      duplicate: {
        vi: 'STT {stt} trùng với STT của dòng {firstRow}: hai dòng cùng cấp không được cùng số thứ tự',
        en: 'STT {stt} repeats the STT of row {firstRow}: two rows at the same level cannot share an ordinal',
      },
    },
    example: {
      vi: 'STT chạy 11, 13, 13, 14 → dòng thứ hai mang STT 13: "STT 13 trùng với STT của dòng 12".',
      en: 'STT runs 11, 13, 13, 14 → the second row numbered 13: "STT 13 repeats the STT of row 12".',
    },
  },
  sheet(ctx) {
    const { model } = ctx;
    for (const e of model.memo('stt', () => sttEvents(model))) {
      if (e.kind !== 'duplicate') continue;
      const col = model.cols(e.row.row).stt?.col ?? model.view.firstCol;
      ctx.report({ row: e.row.row, col, messageId: 'duplicate', data: { stt: e.stt, firstRow: e.firstRow! }, actual: e.stt });
    }
  },
});
