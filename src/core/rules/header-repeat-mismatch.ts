import { columnLetter } from '../a1';
import type { MessageValue, Phrase } from '../messages';
import { headerKey, movedColumns } from '../model/header-blocks';
import { shortName } from './format';
import { defineRule } from './types';

export const headerRepeatMismatch = defineRule({
  meta: {
    id: 'header-repeat-mismatch',
    type: 'structure',
    defaultSeverity: 'warning',
    appliesTo: { sheets: ['indicators', 'tasks'], rows: [] },
    title: { vi: 'Tiêu đề lặp lại khác tiêu đề đầu', en: 'Repeated header differs from the first' },
    description: {
      vi: 'Bảng dán từ Word qua nhiều trang có tiêu đề lặp lại giữa bảng; nếu các cột của tiêu đề lặp khác (đổi chỗ, đổi tên) so với tiêu đề đầu thì số liệu bên dưới dễ bị đọc nhầm cột. Các cột khác nhau đó không được các quy tắc khác kiểm tra ở những dòng bên dưới, vì không biết số liệu theo tiêu đề nào.',
      en: 'A table pasted from Word across pages repeats its header mid-table; when the repeated header\'s columns differ (swapped, renamed) from the first one, the figures below it are easily read in the wrong column. The other rules leave those columns unchecked below it, since the figures may follow either header.',
    },
    fixable: false,
    messages: {
      differs: {
        vi: 'Tiêu đề lặp lại ở dòng {row}: cột {column} ghi "{text}" nhưng tiêu đề đầu (dòng {firstRow}) ghi "{original}"',
        en: 'Header repeated at row {row}: column {column} reads "{text}" but the first header (row {firstRow}) reads "{original}"',
      },
      moved: {
        vi: 'Tiêu đề lặp lại ở dòng {row}: cột {column} ghi "{text}" nhưng tiêu đề đầu (dòng {firstRow}) ghi "{original}"; có vẻ là cột {from} của tiêu đề đầu (số liệu bên dưới không được kiểm tra ở cột này)',
        en: 'Header repeated at row {row}: column {column} reads "{text}" but the first header (row {firstRow}) reads "{original}"; it seems to be column {from} of the first header (the figures below are not checked in this column)',
      },
    },
    example: {
      vi: 'Tiêu đề lặp ở dòng 22: cột L ghi "KH 5 năm ... so với trước TH 2021-2025 (%)" trong khi tiêu đề đầu ghi "Tốc độ tăng bình quân 5 năm 2026-2030 (%)" → "Tiêu đề lặp lại ở dòng 22: cột L ghi ... nhưng tiêu đề đầu ghi ...; có vẻ là cột M của tiêu đề đầu".',
      en: 'Header repeated at row 22: column L reads "KH 5 năm ... so với trước TH 2021-2025 (%)" where the first header reads "Tốc độ tăng bình quân 5 năm 2026-2030 (%)" → "Header repeated at row 22: column L reads ... but the first header reads ...; it seems to be column M of the first header".',
    },
  },
  sheet(ctx) {
    const { model } = ctx;
    const { first, repeated } = model.headers();
    if (!first) return;
    for (const block of repeated) {
      const moved = movedColumns(first, block);
      for (const [col, text] of block.texts) {
        const original = first.texts.get(col) ?? '';
        if (headerKey(text) === headerKey(original)) continue;
        // The text row of the block where this column's header shows, for the cell address.
        let row = block.firstRow;
        for (let r = block.firstRow; r <= block.lastRow; r++) {
          if (model.view.text(r, col)) {
            row = r;
            break;
          }
        }
        const from = moved.get(col);
        const data = { row: block.firstRow, column: columnLetter(col), text: headerText(text), firstRow: first.firstRow, original: headerText(original) };
        ctx.report({
          row,
          col,
          ...(from ? { messageId: 'moved', data: { ...data, from: columnLetter(from) } } : { messageId: 'differs', data }),
          expected: original,
          actual: text,
        });
      }
    }
  },
});

const BLANK: Phrase = { vi: '(trống)', en: '(blank)' };

/** A header cell as a message quotes it: cut to a readable length, a blank one named as such. */
function headerText(text: string): MessageValue {
  return text ? shortName(text, 70) : BLANK;
}
