import { boundedMemo } from '../memo';
import { parseViNumber } from '../numbers';
import { parseTarget } from '../target';
import { normalizeVi } from '../text';
import { classifyUnit } from '../units';
import { shortName } from './format';
import { defineRule } from './types';

/** "100% kế hoạch", "% KH", "% chỉ tiêu": a percentage of the assigned plan, a unit. */
const PERCENT_OF_PLAN = /^(\d+([.,]\d+)?\s*)?% ?(so voi )?(ke hoach|kh|chi tieu|cung ky|dan so)\b/;

/** What a unit cell holds instead of a unit: each is its own message of the rule. */
type NotAUnit = 'figure' | 'target' | 'sentence';

/** Why a unit cell holds no unit, or null when it reads as one (units repeat: each text is judged once). */
export const invalidUnitReason = boundedMemo(5000, judgeUnit);

function judgeUnit(unit: string): NotAUnit | null {
  const text = unit.trim();
  if (!text) return null;
  const n = normalizeVi(text);
  const kind = classifyUnit(text).kind;
  if (PERCENT_OF_PLAN.test(n)) return null;
  if (parseViNumber(text)) return 'figure';
  if (kind === 'percent' && /^%/.test(n)) return null;
  const spec = parseTarget(text);
  const words = n.split(/[\s/]+/).filter(Boolean).length;
  if (spec.kind !== 'text' && spec.kind !== 'number') {
    // "Lần" or "%" alone are units; a comparator, a range or a verdict word is a target.
    if (spec.kind === 'qualitative' || /\d/.test(text)) return 'target';
  }
  if (kind !== 'other') return null;
  // Units are short noun phrases ("Cơ sở kinh doanh", "Hộ gia đình"); punctuation or length makes a sentence.
  if (words >= 7 || (words >= 3 && /[,;.:“”"]/.test(text))) return 'sentence';
  return null;
}

export const unitInvalid = defineRule({
  meta: {
    id: 'unit-invalid',
    type: 'structure',
    defaultSeverity: 'warning',
    appliesTo: { sheets: ['indicators'], rows: ['indicator', 'component', 'growth'] },
    title: { vi: 'Ô đơn vị tính không phải đơn vị', en: 'Unit cell holds no unit' },
    description: {
      vi: 'Ô đơn vị tính chứa một con số, một mục tiêu hay một câu thay vì đơn vị (%, Tỷ đồng, Người...), thường do dán lệch cột.',
      en: 'The unit cell holds a figure, a target or a sentence instead of a unit (%, Tỷ đồng, Người...), usually a paste one column off.',
    },
    fixable: false,
    messages: {
      figure: {
        vi: 'Ô đơn vị tính ghi "{unit}": đây là một con số, không phải đơn vị tính (%, Tỷ đồng, Người...)',
        en: 'The unit cell reads "{unit}": a figure, not a unit (%, Tỷ đồng, Người...)',
      },
      target: {
        vi: 'Ô đơn vị tính ghi "{unit}": đây là một chỉ tiêu/mục tiêu, không phải đơn vị tính (%, Tỷ đồng, Người...)',
        en: 'The unit cell reads "{unit}": a target, not a unit (%, Tỷ đồng, Người...)',
      },
      sentence: {
        vi: 'Ô đơn vị tính ghi "{unit}": đây là một câu, không phải đơn vị tính (%, Tỷ đồng, Người...)',
        en: 'The unit cell reads "{unit}": a sentence, not a unit (%, Tỷ đồng, Người...)',
      },
    },
    example: {
      vi: 'Đơn vị tính ghi "Ổn định Không có “điểm nóng”" → "Ô đơn vị tính ghi "Ổn định Không có “điểm nóng”": đây là một chỉ tiêu/mục tiêu, không phải đơn vị tính (%, Tỷ đồng, Người...)".',
      en: 'Unit cell "Ổn định Không có “điểm nóng”" → "The unit cell reads "Ổn định Không có “điểm nóng”": a target, not a unit (%, Tỷ đồng, Người...)".',
    },
  },
  row(ctx, r) {
    const { model } = ctx;
    const unitCol = model.cols(r.row).unit;
    if (!unitCol) return;
    const unit = model.unit(r.row).text;
    const why = invalidUnitReason(unit);
    if (!why) return;
    ctx.report({ row: r.row, col: unitCol.col, messageId: why, data: { unit: shortName(unit, 50) }, actual: unit });
  },
});
