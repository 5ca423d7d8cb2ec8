import { columnLetter } from '../a1';
import { headerKey, movedColumns } from '../model/header-blocks';
import { shortName } from './format';
import type { Rule } from './types';

export const headerRepeatMismatch: Rule = {
  meta: {
    id: 'header-repeat-mismatch',
    defaultSeverity: 'warning',
    title: { vi: 'Tiêu đề lặp lại khác tiêu đề đầu', en: 'Repeated header differs from the first' },
    description: {
      vi: 'Bảng dán từ Word qua nhiều trang có tiêu đề lặp lại giữa bảng; nếu các cột của tiêu đề lặp khác (đổi chỗ, đổi tên) so với tiêu đề đầu thì số liệu bên dưới dễ bị đọc nhầm cột. Các cột khác nhau đó không được các quy tắc khác kiểm tra ở những dòng bên dưới, vì không biết số liệu theo tiêu đề nào.',
      en: 'A table pasted from Word across pages repeats its header mid-table; when the repeated header\'s columns differ (swapped, renamed) from the first one, the figures below it are easily read in the wrong column. The other rules leave those columns unchecked below it, since the figures may follow either header.',
    },
    fixable: false,
    example: {
      vi: 'Tiêu đề lặp ở dòng 22: cột L ghi "KH 5 năm ... so với trước TH 2021-2025 (%)" trong khi tiêu đề đầu ghi "Tốc độ tăng bình quân 5 năm 2026-2030 (%)" → "Tiêu đề lặp lại ở dòng 22: cột L ghi ... nhưng tiêu đề đầu ghi ...; có vẻ là cột M của tiêu đề đầu".',
      en: 'Header repeated at row 22: column L reads "KH 5 năm ... so với trước TH 2021-2025 (%)" where the first header reads "Tốc độ tăng bình quân 5 năm 2026-2030 (%)" → "Header repeated at row 22: column L reads ... but the first header reads ...; it seems to be column M of the first header".',
    },
  },
  check(ctx) {
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
        const L = columnLetter(col);
        const from = moved.get(col);
        const swapVi = from ? `; có vẻ là cột ${columnLetter(from)} của tiêu đề đầu (số liệu bên dưới không được kiểm tra ở cột này)` : '';
        const swapEn = from ? `; it seems to be column ${columnLetter(from)} of the first header (the figures below are not checked in this column)` : '';
        ctx.report({
          row,
          col,
          message: `Tiêu đề lặp lại ở dòng ${block.firstRow}: cột ${L} ghi "${shortName(text || '(trống)', 70)}" nhưng tiêu đề đầu (dòng ${first.firstRow}) ghi "${shortName(original || '(trống)', 70)}"${swapVi}`,
          messageEn: `Header repeated at row ${block.firstRow}: column ${L} reads "${shortName(text || '(blank)', 70)}" but the first header (row ${first.firstRow}) reads "${shortName(original || '(blank)', 70)}"${swapEn}`,
          expected: original,
          actual: text,
        });
      }
    }
  },
};
