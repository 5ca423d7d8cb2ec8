import { toA1 } from '../a1';
import type { ColumnInfo } from '../layout';
import { periodOf } from './arithmetic';
import { additiveComponents } from './components-mismatch';
import { cellKey, formulaRefs, isSumFormula } from './formula-refs';
import { growthRowsBySubject, growthSubject, previousYearColumn } from '../model/growth-subject';
import type { RuleContext, Rule } from './types';

function a1OfKey(key: number): string {
  return toA1(Math.floor(key / 16384), key % 16384);
}

function listCells(keys: number[]): string {
  const sorted = [...keys].sort((a, b) => a - b).map(a1OfKey);
  return sorted.length > 6 ? `${sorted.slice(0, 6).join(', ')}…` : sorted.join(', ');
}

/** Reports a formula that reads other cells than `expected`; silent when its cells are not all known. */
function compare(ctx: RuleContext, row: number, col: number, formula: string, expected: Set<number>, what: { vi: string; en: string }): boolean {
  const refs = formulaRefs(formula);
  if (refs.opaque || refs.cells.size === 0) return false;
  const omitted = [...expected].filter((k) => !refs.cells.has(k));
  const added = [...refs.cells].filter((k) => !expected.has(k));
  if (omitted.length === 0 && added.length === 0) return false;
  const partsVi = [omitted.length ? `bỏ sót ${listCells(omitted)}` : '', added.length ? `thừa ${listCells(added)}` : ''].filter(Boolean).join(', ');
  const partsEn = [omitted.length ? `omits ${listCells(omitted)}` : '', added.length ? `adds ${listCells(added)}` : ''].filter(Boolean).join(', ');
  ctx.report({
    row,
    col,
    message: `Công thức ${what.vi} ${formula} ${partsVi} (phải dùng ${listCells([...expected])})`,
    messageEn: `The ${what.en} formula ${formula} ${partsEn} (it should use ${listCells([...expected])})`,
    expected: listCells([...expected]),
    actual: formula,
  });
  return true;
}

function yearsInPeriod(cols: ColumnInfo[], header: string): ColumnInfo[] {
  const p = periodOf(header);
  return p ? cols.filter((c) => (c.year ?? 0) >= p.from && (c.year ?? 0) <= p.to) : cols;
}

/**
 * An average-growth formula ((last/base)^(1/n) - 1) must take the root of the
 * years between the cells it reads: the base is the earliest year read on the
 * row, or the year before it when the formula reads that year's growth too
 * (the implied base Y1 / (1 + g/100)).
 */
function checkAverageExponent(ctx: RuleContext, row: number, col: number, f: string): void {
  const { model } = ctx;
  // (last/base)^(1/n) or POWER(last/base, 1/n).
  const m = /\^\s*\(?\s*1\s*\/\s*(\d+)|POWER\s*\(.+,\s*\(?\s*1\s*\/\s*(\d+)\s*\)?\s*\)/i.exec(f);
  if (!m) return;
  const root = Number(m[1] ?? m[2]);
  const refs = formulaRefs(f);
  if (refs.opaque) return;
  const cols = model.cols(row);
  const years = [...cols.planYears, ...cols.actualYears];
  const yearOfCol = new Map(years.map((c) => [c.col, c.year ?? 0]));
  const growthRows = new Set((model.memo('growthBySubject', () => growthRowsBySubject(model)).get(row) ?? []).map((g) => g.row));
  let first = Infinity;
  let last = -Infinity;
  let impliedBase = false;
  for (const k of refs.cells) {
    const r = Math.floor(k / 16384);
    const y = yearOfCol.get(k % 16384);
    if (y === undefined) continue;
    if (r === row) {
      first = Math.min(first, y);
      last = Math.max(last, y);
    } else if (growthRows.has(r)) impliedBase = true;
  }
  if (!Number.isFinite(first) || last <= first) return;
  const base = impliedBase ? first - 1 : first;
  const n = last - base;
  if (root === n) return;
  ctx.report({
    row,
    col,
    message: `Công thức tốc độ tăng bình quân ${f} lấy căn bậc ${root} nhưng từ năm gốc ${base} đến ${last} có ${n} năm tăng trưởng (phải là ^(1/${n}))`,
    messageEn: `The average growth formula ${f} takes the ${root}th root but ${base} to ${last} spans ${n} years of growth (it should be ^(1/${n}))`,
    expected: `^(1/${n})`,
    actual: f,
  });
}

export const formulaRange: Rule = {
  meta: {
    id: 'formula-range',
    defaultSeverity: 'warning',
    title: { vi: 'Công thức lấy sai vùng', en: 'Formula range is off' },
    description: {
      vi: 'Công thức tổng (KH 5 năm = SUM các năm, chỉ tiêu = SUM các thành phần) hay công thức tốc độ tăng bỏ sót hoặc lấy thừa ô so với các năm của chính dòng đó, ví dụ =SUM(G8:J8) thiếu năm 2030.',
      en: 'A total formula (5-year plan = SUM of the years, indicator = SUM of its components) or a growth formula that omits or adds cells relative to its own row\'s years, e.g. =SUM(G8:J8) missing 2030.',
    },
    fixable: false,
    example: {
      vi: 'KH 5 năm ở F8 là =SUM(G8:J8) → "Công thức tổng 5 năm =SUM(G8:J8) bỏ sót K8 (phải dùng G8, H8, I8, J8, K8)".',
      en: 'The 5-year plan in F8 is =SUM(G8:J8) → "The 5-year total formula =SUM(G8:J8) omits K8 (it should use G8, H8, I8, J8, K8)".',
    },
  },
  check(ctx) {
    const { model } = ctx;
    if (!model.view.sheet.formulas) return;
    for (const r of model.rows) {
      const cols = model.cols(r.row);
      if (r.kind === 'indicator' || r.kind === 'component') {
        if (cols.planTotal) {
          const f = model.view.formula(r.row, cols.planTotal.col);
          if (f && isSumFormula(f)) {
            const expected = new Set(yearsInPeriod(cols.planYears, cols.planTotal.header).map((c) => cellKey(r.row, c.col)));
            if (expected.size > 0) compare(ctx, r.row, cols.planTotal.col, f, expected, { vi: 'tổng 5 năm', en: '5-year total' });
          }
        }
        const parts = additiveComponents(model, r);
        const comps = parts.length > 0 ? parts : model.children(r.row).filter((c) => c.kind === 'component');
        if (comps.length > 0) {
          for (const c of [...cols.planYears, ...cols.actualYears]) {
            const f = model.view.formula(r.row, c.col);
            if (!f || !isSumFormula(f)) continue;
            const refs = formulaRefs(f);
            // Only a column sum is a sum of components; a row sum here is another slip, judged by the reader.
            if ([...refs.cells].some((k) => k % 16384 !== c.col)) continue;
            compare(ctx, r.row, c.col, f, new Set(comps.map((x) => cellKey(x.row, c.col))), { vi: `tổng các thành phần năm ${c.year}`, en: `${c.year} components total` });
          }
        }
        if (cols.avgGrowth) {
          const f = model.view.formula(r.row, cols.avgGrowth.col);
          if (f) checkAverageExponent(ctx, r.row, cols.avgGrowth.col, f);
        }
      }
      if (r.kind === 'growth') {
        const subject = growthSubject(model, r);
        if (!subject) continue;
        for (const c of [...cols.planYears, ...cols.actualYears]) {
          const f = model.view.formula(r.row, c.col);
          if (!f) continue;
          const prev = previousYearColumn(model, subject.row, c);
          if (!prev) continue;
          compare(ctx, r.row, c.col, f, new Set([cellKey(subject.row, c.col), cellKey(subject.row, prev.col)]), { vi: `tốc độ tăng năm ${c.year}`, en: `${c.year} growth` });
        }
      }
    }
  },
};
