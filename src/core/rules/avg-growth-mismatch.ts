import { averageGrowth, baseFromFirstGrowth, roundingTolerance } from '../growth';
import { isNumber, type NumberReading } from '../model/readings';
import { periodOf, relativeError } from './arithmetic';
import { diffDecimals, en, vi } from './format';
import { growthRowsBySubject } from '../model/growth-subject';
import type { SheetModel } from '../model/sheet-model';
import type { Rule } from './types';

interface Base {
  year: number;
  value: number;
  /** Relative rounding error of the base value. */
  relError: number;
  how: { vi: string; en: string };
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
      return { year: baseYear, value: r.value, relError: relativeError(r), how: { vi: `năm gốc ${baseYear}`, en: `the ${baseYear} base` } };
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
    return {
      year: baseYear,
      value: base,
      relError,
      how: {
        vi: `năm gốc ${baseYear} suy từ tốc độ tăng ${vi(g1.value, g1.decimals)}% năm ${firstYear}: ${vi(base, 2)}`,
        en: `the ${baseYear} base implied by the ${en(g1.value, g1.decimals)}% growth of ${firstYear}: ${en(base, 2)}`,
      },
    };
  }
  return null;
}

export const avgGrowthMismatch: Rule = {
  meta: {
    id: 'avg-growth-mismatch',
    defaultSeverity: 'error',
    title: { vi: 'Tốc độ tăng bình quân không khớp số liệu', en: 'Average growth contradicts the figures' },
    description: {
      vi: 'Tốc độ tăng bình quân là trung bình nhân từ năm gốc: ((năm cuối / năm gốc)^(1/n) − 1) × 100. Năm gốc lấy từ cột năm gốc (ví dụ TH 2025) hoặc suy từ tốc độ tăng năm đầu trên dòng "Tốc độ tăng..." (Y2025 = Y2026 / (1 + g/100)). Khi bảng không cho biết năm gốc thì không kiểm tra được và không báo lỗi.',
      en: 'Average growth is geometric from the base year: ((last / base)^(1/n) − 1) × 100. The base comes from a base-year column (e.g. actual 2025) or is implied by the first year\'s growth on a growth row (Y2025 = Y2026 / (1 + g/100)). Where the table does not give the base, it cannot be checked and nothing is reported.',
    },
    fixable: false,
    example: {
      vi: 'GRDP 2026 = 44.477 (tăng 14,20%), 2030 = 69.555, bình quân ghi 12,80 → "Tốc độ tăng bình quân ghi 12,80% nhưng tính từ năm gốc 2025 đến 2030 là 12,30% (năm gốc 2025 suy từ tốc độ tăng 14,20% năm 2026: 38.946,58; 2030: 69.555; lệch 0,50)".',
      en: 'GRDP 2026 = 44,477 (growth 14.20%), 2030 = 69,555, average reads 12.80 → "The average growth reads 12.80% but from the 2025 base to 2030 it is 12.30% (the 2025 base implied by the 14.20% growth of 2026: 38,946.58; 2030: 69,555; off by 0.50)".',
    },
  },
  check(ctx) {
    const { model } = ctx;
    const growthBySubject = model.memo('growthBySubject', () => growthRowsBySubject(model));
    for (const r of model.rows) {
      if (r.kind !== 'indicator' && r.kind !== 'component') continue;
      const cols = model.cols(r.row);
      if (!cols.avgGrowth || cols.planYears.length === 0) continue;
      const stated = model.read(r.row, cols.avgGrowth.col);
      if (!isNumber(stated)) continue;
      const period = periodOf(cols.avgGrowth.header);
      const firstYear = period?.from ?? cols.planYears[0].year!;
      const lastYear = period?.to ?? cols.planYears[cols.planYears.length - 1].year!;
      const lastCol = cols.planYears.find((c) => c.year === lastYear);
      if (!lastCol) continue;
      const last: NumberReading | null = ((x) => (isNumber(x) ? x : null))(model.read(r.row, lastCol.col));
      if (!last || !(last.value > 0)) continue;
      const base = findBase(model, r.row, firstYear, (growthBySubject.get(r.row) ?? []).map((g) => g.row));
      if (!base) continue;
      const n = lastYear - base.year;
      const computed = averageGrowth(base.value, last.value, n);
      if (computed === null) continue;
      const slack = roundingTolerance(stated.decimals) + (100 * (1 + computed / 100) * (relativeError(last) + base.relError)) / n;
      const diff = stated.value - computed;
      if (Math.abs(diff) <= slack) continue;
      const d = Math.max(stated.decimals, 2);
      const dd = diffDecimals(diff, d);
      ctx.report({
        row: r.row,
        col: cols.avgGrowth.col,
        message: `Tốc độ tăng bình quân ghi ${vi(stated.value, stated.decimals)}% nhưng tính từ năm gốc ${base.year} đến ${lastYear} là ${vi(computed, d)}% (${base.how.vi}; ${lastYear}: ${vi(last.value, last.decimals)}; lệch ${vi(Math.abs(diff), dd)})`,
        messageEn: `The average growth reads ${en(stated.value, stated.decimals)}% but from the ${base.year} base to ${lastYear} it is ${en(computed, d)}% (${base.how.en}; ${lastYear}: ${en(last.value, last.decimals)}; off by ${en(Math.abs(diff), dd)})`,
        expected: Number(computed.toFixed(d)),
        actual: stated.value,
      });
    }
  },
};
