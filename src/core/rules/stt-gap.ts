import type { MessageData } from '../messages';
import { defineRule } from './types';
import { sttEvents } from './stt-sequence';

export const sttGap = defineRule({
  meta: {
    id: 'stt-gap',
    type: 'structure',
    defaultSeverity: 'warning',
    // The numbering is a run over the sheet: read whole, on task tables too.
    appliesTo: { sheets: ['indicators', 'tasks'], rows: [] },
    title: { vi: 'STT nhảy cóc hoặc lùi', en: 'STT skips or goes backwards' },
    description: {
      vi: 'Số thứ tự bỏ qua một số (11 rồi 13) hoặc quay lùi (5 rồi 3) so với dòng cùng cấp trước đó.',
      en: 'The numbering skips a number (11 then 13) or goes backwards (5 then 3) relative to the previous row at the same level.',
    },
    fixable: false,
    messages: {
      gap: { vi: 'STT {stt} đứng sau {previous}: thiếu STT {missing}', en: 'STT {stt} follows {previous}: STT {missing} is missing' },
      gapAtStart: { vi: 'STT {stt} là số đầu tiên: thiếu STT {missing}', en: 'STT {stt} comes first: STT {missing} is missing' },
      backwards: {
        vi: 'STT {stt} đứng sau {previous}: số thứ tự lùi lại, dòng này lẽ ra mang STT {expected}',
        en: 'STT {stt} follows {previous}: the numbering goes backwards; this row should be {expected}',
      },
      backwardsAtStart: {
        vi: 'STT {stt} là số đầu tiên: số thứ tự lùi lại, dòng này lẽ ra mang STT {expected}',
        en: 'STT {stt} comes first: the numbering goes backwards; this row should be {expected}',
      },
    },
    example: {
      vi: 'STT 11 rồi 13 → "STT 13 đứng sau 11: thiếu STT 12".',
      en: 'STT 11 then 13 → "STT 13 follows 11: STT 12 is missing".',
    },
  },
  sheet(ctx) {
    const { model } = ctx;
    for (const e of model.memo('stt', () => sttEvents(model))) {
      if (e.kind === 'duplicate') continue;
      const col = model.cols(e.row.row).stt?.col ?? model.view.firstCol;
      const data: MessageData = { stt: e.stt };
      if (e.previous) data.previous = e.previous;
      if (e.kind === 'gap') data.missing = e.missing!;
      else data.expected = e.expected!;
      const messageId = e.kind === 'gap' ? (e.previous ? 'gap' : 'gapAtStart') : e.previous ? 'backwards' : 'backwardsAtStart';
      ctx.report({
        row: e.row.row,
        col,
        messageId,
        data,
        expected: e.expected,
        actual: e.stt,
      });
    }
  },
});
