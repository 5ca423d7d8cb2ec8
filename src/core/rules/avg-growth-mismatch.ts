import { averageGrowth, baseFromFirstGrowth, roundingTolerance } from '../growth';
import { figure, type Figure } from '../messages';
import { isNumber, type NumberReading } from '../model/readings';
import { periodOf, relativeError } from './arithmetic';
import { diffDecimals } from './format';
import { growthRowsBySubject } from '../model/growth-subject';
import type { SheetModel } from '../model/sheet-model';
import { defineRule } from './types';

interface Base {
  year: number;
  value: number;
  /** Relative rounding error of the base value. */
  relError: number;
  /** Set when the base is implied by the first year's growth rather than read from a column. */
  implied?: { firstYear: number; growth: Figure };
}

/**
 * The base-year value, where the table gives it: a column for the year before
 * the period, or the first year's value and its stated growth on a growth row
 * (Y0 = Y1 / (1 + g/100)). Null when unknown: then the average cannot be checked.
 */
function findBase(model: SheetModel, row: number, firstYear: number, growthRows: number[]): Base | null {
  const cols = model.cols(row);
  const baseYear = firstYear - 1;
  for (const c of [...cols.actualYears, ...cols.planYears]) {
    if (c.year !== baseYear) continue;
    const r = model.read(row, c.col);
    if (isNumber(r) && r.value > 0) {
      return { year: baseYear, value: r.value, relError: relativeError(r) };
    }
  }
  const firstCol = cols.planYears.find((c) => c.year === firstYear);
  if (!firstCol) return null;
  const y1 = model.read(row, firstCol.col);
  if (!isNumber(y1)) return null;
  for (const g of growthRows) {
    const g1 = model.read(g, firstCol.col);
    if (!isNumber(g1)) continue;
    const base = baseFromFirstGrowth(y1.value, g1.value);
    if (base === null || !(base > 0)) continue;
    const relError = relativeError(y1) + roundingTolerance(g1.decimals) / 100 / (1 + g1.value / 100);
    return { year: baseYear, value: base, relError, implied: { firstYear, growth: figure(g1.value, g1.decimals) } };
  }
  return null;
}

export const avgGrowthMismatch = defineRule({
  meta: {
    id: 'avg-growth-mismatch',
    type: 'arithmetic',
    defaultSeverity: 'error',
    appliesTo: { sheets: ['indicators'], rows: ['indicator', 'component'] },
    title: { vi: 'Tốc độ tăng bình quân không khớp số liệu', en: 'Average growth contradicts the figures' },
    description: {
      vi: 'Tốc độ tăng bình quân là trung bình nhân từ năm gốc: ((năm cuối / năm gốc)^(1/n) − 1) × 100. Năm gốc lấy từ cột năm gốc (ví dụ TH 2025) hoặc suy từ tốc độ tăng năm đầu trên dòng "Tốc độ tăng..." (Y2025 = Y2026 / (1 + g/100)). Khi bảng không cho biết năm gốc thì không kiểm tra được và không báo lỗi.',
      en: 'Average growth is geometric from the base year: ((last / base)^(1/n) − 1) × 100. The base comes from a base-year column (e.g. actual 2025) or is implied by the first year\'s growth on a growth row (Y2025 = Y2026 / (1 + g/100)). Where the table does not give the base, it cannot be checked and nothing is reported.',
    },
    fixable: false,
    messages: {
      differs: {
        vi: 'Tốc độ tăng bình quân ghi {stated}% nhưng tính từ năm gốc {baseYear} đến {lastYear} là {computed}% (năm gốc {baseYear}; {lastYear}: {last}; lệch {diff})',
        en: 'The average growth reads {stated}% but from the {baseYear} base to {lastYear} it is {computed}% (the {baseYear} base; {lastYear}: {last}; off by {diff})',
      },
      differsFromImpliedBase: {
        vi: 'Tốc độ tăng bình quân ghi {stated}% nhưng tính từ năm gốc {baseYear} đến {lastYear} là {computed}% (năm gốc {baseYear} suy từ tốc độ tăng {firstGrowth}% năm {firstYear}: {base}; {lastYear}: {last}; lệch {diff})',
        en: 'The average growth reads {stated}% but from the {baseYear} base to {lastYear} it is {computed}% (the {baseYear} base implied by the {firstGrowth}% growth of {firstYear}: {base}; {lastYear}: {last}; off by {diff})',
      },
    },
    example: {
      vi: 'GRDP 2026 = 44.477 (tăng 14,20%), 2030 = 69.555, bình quân ghi 12,80 → "Tốc độ tăng bình quân ghi 12,80% nhưng tính từ năm gốc 2025 đến 2030 là 12,30% (năm gốc 2025 suy từ tốc độ tăng 14,20% năm 2026: 38.946,58; 2030: 69.555; lệch 0,50)".',
      en: 'GRDP 2026 = 44,477 (growth 14.20%), 2030 = 69,555, average reads 12.80 → "The average growth reads 12.80% but from the 2025 base to 2030 it is 12.30% (the 2025 base implied by the 14.20% growth of 2026: 38,946.58; 2030: 69,555; off by 0.50)".',
    },
  },
  row(ctx, r) {
    const { model } = ctx;
    const cols = model.cols(r.row);
    if (!cols.avgGrowth || cols.planYears.length === 0) return;
    const stated = model.read(r.row, cols.avgGrowth.col);
    if (!isNumber(stated)) return;
    const period = periodOf(cols.avgGrowth.header);
    const firstYear = period?.from ?? cols.planYears[0].year!;
    const lastYear = period?.to ?? cols.planYears[cols.planYears.length - 1].year!;
    const lastCol = cols.planYears.find((c) => c.year === lastYear);
    if (!lastCol) return;
    const last: NumberReading | null = ((x) => (isNumber(x) ? x : null))(model.read(r.row, lastCol.col));
    if (!last || !(last.value > 0)) return;
    const growthBySubject = model.memo('growthBySubject', () => growthRowsBySubject(model));
    const base = findBase(model, r.row, firstYear, (growthBySubject.get(r.row) ?? []).map((g) => g.row));
    if (!base) return;
    const n = lastYear - base.year;
    const computed = averageGrowth(base.value, last.value, n);
    if (computed === null) return;
    const slack = roundingTolerance(stated.decimals) + (100 * (1 + computed / 100) * (relativeError(last) + base.relError)) / n;
    const diff = stated.value - computed;
    if (Math.abs(diff) <= slack) return;
    const d = Math.max(stated.decimals, 2);
    const dd = diffDecimals(diff, d);
    ctx.report({
      row: r.row,
      col: cols.avgGrowth.col,
      messageId: base.implied ? 'differsFromImpliedBase' : 'differs',
      data: {
        stated: figure(stated.value, stated.decimals),
        baseYear: base.year,
        lastYear,
        computed: figure(computed, d),
        last: figure(last.value, last.decimals),
        diff: figure(Math.abs(diff), dd),
        ...(base.implied ? { firstGrowth: base.implied.growth, firstYear: base.implied.firstYear, base: figure(base.value, 2) } : {}),
      },
      expected: Number(computed.toFixed(d)),
      actual: stated.value,
    });
  },
});
