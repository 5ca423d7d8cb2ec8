import { boundedMemo } from '../memo';
import { normalizeVi } from '../text';
import { parseTarget } from '../target';
import { isPlaceholder } from './row-figures';
import type { TextReading } from '../model/readings';
import { K_TEXT } from '../model/sheet-model';
import { shortName } from './format';
import { defineRule } from './types';

/** Verdict words typed as actuals ("Chưa đạt", "Đã hoàn thành", "Vượt"), and "no data yet". */
const VERDICT_WORDS = /^(chua|khong|da|dang|van) ?(dat|hoan thanh|thuc hien|trien khai|duy tri)\b|^vuot\b|^chua co (so lieu|du lieu|ket qua|bao cao)\b/;
/** Only digits, separators, signs and "%": a number that went wrong ("1.083,25,5", "12,,5"). */
const GARBLED_NUMBER = /^[\d\s.,%+-]*\d[\d\s.,%+-]*$/;
/** Led by a figure or a comparator ("100 chuẩn mức độ 2", "≥ 95 gia đình, 100 tổ dân phố"): a target with its own commentary. */
const LED_BY_FIGURE = /^\s*([≥≤><=~≈]|\d)/;

/**
 * Why a value cell's text cannot be read, or null when it can: a garbled
 * number, or words that are neither a known target form nor a verdict.
 */
// The same texts fill column after column ("Duy trì", "≥ 95%"): each is judged once.
export const unreadableValue = boundedMemo(20000, judge);

function judge(text: string): boolean {
  if (isPlaceholder(text)) return false;
  const spec = parseTarget(text);
  if (spec.kind !== 'text' || spec.period) return false;
  if (GARBLED_NUMBER.test(text)) return true;
  if (LED_BY_FIGURE.test(text)) return false;
  return !VERDICT_WORDS.test(normalizeVi(text));
}

export const valueUnparseable = defineRule({
  meta: {
    id: 'value-unparseable',
    type: 'value',
    defaultSeverity: 'error',
    appliesTo: { sheets: ['indicators'], rows: ['indicator', 'component', 'growth'] },
    title: { vi: 'Giá trị không đọc được', en: 'Unreadable value' },
    description: {
      vi: 'Một ô kế hoạch hoặc thực hiện không phải con số, không phải biểu thức mục tiêu ("68% trở lên", "14 - 15", "dưới 1%", hay một con số kèm lời như "100 chuẩn mức độ 2"), không phải mốc thời gian ("2026 - 2027") và cũng không phải từ định tính quen thuộc ("Đạt", "Duy trì", "Chưa đạt"): không đối chiếu được. Con số gõ hỏng ("1.083,25,5") cũng bị báo.',
      en: 'A plan or actual cell that is neither a number, nor a target expression ("68% trở lên", "14 - 15", "dưới 1%", or a figure with words such as "100 chuẩn mức độ 2"), nor a period ("2026 - 2027"), nor a known qualitative word ("Đạt", "Duy trì", "Chưa đạt"): it cannot be evaluated. A garbled number ("1.083,25,5") is reported too.',
    },
    fixable: false,
    messages: {
      yearCell: {
        vi: 'Không đọc được giá trị năm {year} "{text}": không phải số, biểu thức mục tiêu hay từ định tính',
        en: 'Cannot read the {year} cell "{text}": not a number, a target expression or a qualitative word',
      },
      cell: {
        vi: 'Không đọc được giá trị "{text}": không phải số, biểu thức mục tiêu hay từ định tính',
        en: 'Cannot read the cell "{text}": not a number, a target expression or a qualitative word',
      },
    },
    example: {
      vi: 'Ô kế hoạch năm 2026 ghi "Theo kế hoạch của huyện" → "Không đọc được giá trị năm 2026 "Theo kế hoạch của huyện": không phải số, biểu thức mục tiêu hay từ định tính".',
      en: 'The 2026 plan cell reads "Theo kế hoạch của huyện" → "Cannot read the 2026 cell "Theo kế hoạch của huyện": not a number, a target expression or a qualitative word".',
    },
  },
  row(ctx, r) {
    const { model } = ctx;
    for (const c of model.cols(r.row).values) {
      if (model.kind(r.row, c.col) !== K_TEXT) continue;
      const reading = model.read(r.row, c.col) as TextReading;
      if (!unreadableValue(reading.text)) continue;
      const text = shortName(reading.text, 50);
      ctx.report({
        row: r.row,
        col: c.col,
        ...(c.role === 'year' ? { messageId: 'yearCell', data: { year: c.year!, text } } : { messageId: 'cell', data: { text } }),
        actual: reading.text,
      });
    }
  },
});
