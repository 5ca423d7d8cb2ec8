import { sumOfParts, sumTolerance } from '../model/sum-tolerance';
import type { ColumnInfo } from '../layout';
import { figure } from '../messages';
import { periodOf } from './arithmetic';
import { K_NUMBER, type RoleColumns } from '../model/sheet-model';
import { diffDecimals } from './format';
import { defineRule } from './types';

export const totalMismatch = defineRule({
  meta: {
    id: 'total-mismatch',
    type: 'arithmetic',
    defaultSeverity: 'error',
    appliesTo: { sheets: ['indicators'], rows: ['indicator', 'component'] },
    title: { vi: 'Tổng 5 năm không bằng tổng các năm', en: '5-year total differs from the sum of the years' },
    description: {
      vi: 'Với chỉ tiêu cộng dồn được (tiền, người, căn nhà, việc làm...), số kế hoạch 5 năm phải bằng tổng kế hoạch các năm. Tỷ lệ, mức bình quân và mức đạt đến năm 2030 không cộng dồn nên không kiểm tra. Chênh lệch do làm tròn không bị báo.',
      en: 'For a flow (money, people, houses, jobs...), the 5-year plan figure must equal the sum of the yearly plans. Rates, averages and end-of-period levels do not add up and are not checked. Rounding differences are never reported.',
    },
    fixable: false,
    messages: {
      differs: {
        vi: 'Tổng 5 năm ghi {total} nhưng tổng các năm là {sum} (lệch {diff})',
        en: 'The 5-year total reads {total} but the years add up to {sum} (off by {diff})',
      },
    },
    example: {
      vi: 'Tổng giá trị sản phẩm (Tỷ đồng): KH 5 năm 281.437; các năm 44.477 + 49.689 + 55.557 + 62.149 + 69.555 → "Tổng 5 năm ghi 281.437 nhưng tổng các năm là 281.427 (lệch 10)".',
      en: 'GRDP (billion VND): 5-year plan 281,437; years 44,477 + 49,689 + 55,557 + 62,149 + 69,555 → "The 5-year total reads 281,437 but the years add up to 281,427 (off by 10)".',
    },
  },
  row(ctx, r) {
    const { model } = ctx;
    const cols = model.cols(r.row);
    if (!cols.planTotal || cols.planYears.length < 2) return;
    const unit = model.unit(r.row);
    if (!model.isFlow(r.row)) return;
    const totalCol = cols.planTotal.col;
    if (model.kind(r.row, totalCol) !== K_NUMBER) return;
    const years = periodYears(cols);
    if (years.length < 2) return;
    const cells = years.map((c) => ({ row: r.row, col: c.col }));
    const sum = sumOfParts(model, cells);
    if (sum === null) return;
    const total = model.num(r.row, totalCol)!;
    const totalDec = model.dec(r.row, totalCol);
    const diff = total - sum;
    const tol = sumTolerance(model, r.row, totalCol, cells, unit.info.integer);
    if (Math.abs(diff) <= tol) return;
    let d = Math.max(0, totalDec);
    for (const c of years) d = Math.max(d, model.dec(r.row, c.col));
    const dd = diffDecimals(diff, d);
    ctx.report({
      row: r.row,
      col: totalCol,
      messageId: 'differs',
      data: { total: figure(total, totalDec), sum: figure(sum, d), diff: figure(Math.abs(diff), dd) },
      expected: Number(sum.toFixed(d)),
      actual: total,
    });
  },
});

/** The plan years inside the 5-year column's period ("2026-2030"): a base-year column is not part of the sum. */
function periodYears(cols: RoleColumns): ColumnInfo[] {
  const period = periodOf(cols.planTotal!.header);
  return cols.planYears.filter((c) => !period || ((c.year ?? 0) >= period.from && (c.year ?? 0) <= period.to));
}
