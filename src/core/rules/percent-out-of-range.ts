import { figure } from '../messages';
import type { Reading } from '../model/readings';
import { columnLabel } from './format';
import { K_NUMBER, K_TARGET } from '../model/sheet-model';
import { defineRule } from './types';

/**
 * Names of rates that may leave [0, 100]: growth, change, ratios to another
 * period, completion of a plan (110 % of plan is fine).
 */
const UNBOUNDED_NAME = /toc do|tang truong|\btang\b|\bgiam\b|so voi|so cung ky|chi so|vuot|(hoan thanh|thuc hien|dat) .*(ke hoach|chi tieu)/;
const UNBOUNDED_UNIT = /ke hoach|\bkh\b|chi tieu|so voi|cung ky/;

/** Columns that hold shares or levels; growth and ratio columns are exempt by nature. */
function isBounded(role: string): boolean {
  return role === 'year' || role === 'planTotal' || role === 'target2030';
}

/** The first figure of a reading outside [0, 100] (a range's min, then its max), undefined when none. */
function outside(r: Reading): number | undefined {
  if (r.kind === 'number') return out(r.value);
  if (r.kind !== 'target') return undefined;
  const s = r.spec;
  if (s.kind === 'range') return out(s.min) ?? out(s.max);
  if ('value' in s && typeof s.value === 'number') return out(s.value);
  return undefined;
}

function out(v: number): number | undefined {
  return v < 0 || v > 100 ? v : undefined;
}

export const percentOutOfRange = defineRule({
  meta: {
    id: 'percent-out-of-range',
    type: 'value',
    defaultSeverity: 'error',
    appliesTo: { sheets: ['indicators'], rows: ['indicator', 'component'] },
    title: { vi: 'Tỷ lệ % ngoài khoảng 0-100', en: 'Percentage outside 0-100' },
    description: {
      vi: 'Một tỷ lệ hay tỷ trọng tính bằng % nhỏ hơn 0 hoặc lớn hơn 100. Tốc độ tăng, tỷ lệ so với kỳ trước và % hoàn thành kế hoạch không bị giới hạn nên được bỏ qua.',
      en: 'A share or rate in % below 0 or above 100. Growth rates, ratios to a previous period and % of plan completed are unbounded and exempt.',
    },
    fixable: false,
    messages: {
      below: {
        vi: '{column}: tỷ lệ {share}% nhỏ hơn 0%; tỷ lệ phải nằm trong khoảng 0-100%',
        en: '{column}: a share of {value}% is below 0%; it must lie within 0-100%',
      },
      above: {
        vi: '{column}: tỷ lệ {share}% vượt quá 100%; tỷ lệ phải nằm trong khoảng 0-100%',
        en: '{column}: a share of {value}% is above 100%; it must lie within 0-100%',
      },
    },
    example: {
      vi: 'Tỷ lệ hộ dân sử dụng nước sạch năm 2028 ghi 110 (%) → "Năm 2028: tỷ lệ 110% vượt quá 100%; tỷ lệ phải nằm trong khoảng 0-100%".',
      en: 'Share of households with clean water in 2028 reads 110 (%) → "2028: a share of 110% is above 100%; it must lie within 0-100%".',
    },
  },
  row(ctx, r) {
    const { model } = ctx;
    const unit = model.unit(r.row);
    if (unit.info.kind !== 'percent' || UNBOUNDED_UNIT.test(unit.norm)) return;
    let exempt: boolean | undefined;
    for (const c of model.cols(r.row).values) {
      if (!isBounded(c.role)) continue;
      const k = model.kind(r.row, c.col);
      if (k !== K_NUMBER && k !== K_TARGET) continue;
      if (k === K_NUMBER) {
        const v = model.num(r.row, c.col)!;
        if (v >= 0 && v <= 100) continue;
      }
      const reading = model.read(r.row, c.col);
      const bad = outside(reading);
      if (bad === undefined) continue;
      // The name is read only for a figure out of range: folding every name costs more than the check.
      // Sub-rows of a growth indicator ("...tăng bình quân" split by sector) are growth rates too.
      exempt ??= UNBOUNDED_NAME.test(model.normName(r.row)) || (r.parent !== undefined && UNBOUNDED_NAME.test(model.normName(r.parent)));
      if (exempt) return;
      ctx.report({
        row: r.row,
        col: c.col,
        messageId: bad < 0 ? 'below' : 'above',
        // The English message prints the figure as JavaScript does (110.5), the Vietnamese one as shown (110,5).
        data: { column: columnLabel(c, false), share: figure(bad, decimalsOf(reading)), value: bad },
        expected: bad < 0 ? 0 : 100,
        actual: bad,
      });
    }
  },
});

function decimalsOf(r: Reading): number {
  if (r.kind === 'number') return r.decimals;
  if (r.kind === 'target') return r.spec.decimals ?? 0;
  return 0;
}

