import { toA1 } from '../a1';
import type { Phrase } from '../messages';
import type { ColumnInfo } from '../layout';
import { periodOf } from './arithmetic';
import { additiveComponents } from './components-mismatch';
import { cellKey, formulaRefs, isSumFormula } from './formula-refs';
import { growthRowsBySubject, growthSubject, previousYearColumn } from '../model/growth-subject';
import { defineRule, type RuleContext } from './types';

function a1OfKey(key: number): string {
  return toA1(Math.floor(key / 16384), key % 16384);
}

function listCells(keys: number[]): string {
  const sorted = [...keys].sort((a, b) => a - b).map(a1OfKey);
  return sorted.length > 6 ? `${sorted.slice(0, 6).join(', ')}…` : sorted.join(', ');
}

type RangeMessage = 'totalRange' | 'componentsRange' | 'growthRange';

/** Reports a formula that reads other cells than `expected`; silent when its cells are not all known. */
function compare(ctx: RuleContext<RangeMessage>, row: number, col: number, formula: string, expected: Set<number>, messageId: RangeMessage, year?: number): boolean {
  const refs = formulaRefs(formula);
  if (refs.opaque || refs.cells.size === 0) return false;
  const omitted = [...expected].filter((k) => !refs.cells.has(k));
  const added = [...refs.cells].filter((k) => !expected.has(k));
  if (omitted.length === 0 && added.length === 0) return false;
  // Which cells are off, in each language: a clause of the message, not another finding.
  const difference: Phrase = {
    vi: [omitted.length ? `bỏ sót ${listCells(omitted)}` : '', added.length ? `thừa ${listCells(added)}` : ''].filter(Boolean).join(', '),
    en: [omitted.length ? `omits ${listCells(omitted)}` : '', added.length ? `adds ${listCells(added)}` : ''].filter(Boolean).join(', '),
  };
  ctx.report({
    row,
    col,
    messageId,
    data: { formula, difference, cells: listCells([...expected]), ...(year !== undefined ? { year } : {}) },
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
function checkAverageExponent(ctx: RuleContext<'averageExponent'>, row: number, col: number, f: string): void {
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
    messageId: 'averageExponent',
    data: { formula: f, root, baseYear: base, lastYear: last, years: n },
    expected: `^(1/${n})`,
    actual: f,
  });
}

export const formulaRange = defineRule({
  meta: {
    id: 'formula-range',
    type: 'arithmetic',
    defaultSeverity: 'warning',
    appliesTo: { sheets: ['indicators'], rows: ['indicator', 'component', 'growth'] },
    title: { vi: 'Công thức lấy sai vùng', en: 'Formula range is off' },
    description: {
      vi: 'Công thức tổng (KH 5 năm = SUM các năm, chỉ tiêu = SUM các thành phần) hay công thức tốc độ tăng bỏ sót hoặc lấy thừa ô so với các năm của chính dòng đó, ví dụ =SUM(G8:J8) thiếu năm 2030.',
      en: 'A total formula (5-year plan = SUM of the years, indicator = SUM of its components) or a growth formula that omits or adds cells relative to its own row\'s years, e.g. =SUM(G8:J8) missing 2030.',
    },
    fixable: false,
    messages: {
      totalRange: {
        vi: 'Công thức tổng 5 năm {formula} {difference} (phải dùng {cells})',
        en: 'The 5-year total formula {formula} {difference} (it should use {cells})',
      },
      componentsRange: {
        vi: 'Công thức tổng các thành phần năm {year} {formula} {difference} (phải dùng {cells})',
        en: 'The {year} components total formula {formula} {difference} (it should use {cells})',
      },
      growthRange: {
        vi: 'Công thức tốc độ tăng năm {year} {formula} {difference} (phải dùng {cells})',
        en: 'The {year} growth formula {formula} {difference} (it should use {cells})',
      },
      averageExponent: {
        vi: 'Công thức tốc độ tăng bình quân {formula} lấy căn bậc {root} nhưng từ năm gốc {baseYear} đến {lastYear} có {years} năm tăng trưởng (phải là ^(1/{years}))',
        en: 'The average growth formula {formula} takes the {root}th root but {baseYear} to {lastYear} spans {years} years of growth (it should be ^(1/{years}))',
      },
    },
    example: {
      vi: 'KH 5 năm ở F8 là =SUM(G8:J8) → "Công thức tổng 5 năm =SUM(G8:J8) bỏ sót K8 (phải dùng G8, H8, I8, J8, K8)".',
      en: 'The 5-year plan in F8 is =SUM(G8:J8) → "The 5-year total formula =SUM(G8:J8) omits K8 (it should use G8, H8, I8, J8, K8)".',
    },
  },
  row(ctx, r) {
    const { model } = ctx;
    if (!model.view.sheet.formulas) return;
    const cols = model.cols(r.row);
    if (r.kind === 'indicator' || r.kind === 'component') {
      if (cols.planTotal) {
        const f = model.view.formula(r.row, cols.planTotal.col);
        if (f && isSumFormula(f)) {
          const expected = new Set(yearsInPeriod(cols.planYears, cols.planTotal.header).map((c) => cellKey(r.row, c.col)));
          if (expected.size > 0) compare(ctx, r.row, cols.planTotal.col, f, expected, 'totalRange');
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
          compare(ctx, r.row, c.col, f, new Set(comps.map((x) => cellKey(x.row, c.col))), 'componentsRange', c.year);
        }
      }
      if (cols.avgGrowth) {
        const f = model.view.formula(r.row, cols.avgGrowth.col);
        if (f) checkAverageExponent(ctx, r.row, cols.avgGrowth.col, f);
      }
    }
    if (r.kind === 'growth') {
      const subject = growthSubject(model, r);
      if (!subject) return;
      for (const c of [...cols.planYears, ...cols.actualYears]) {
        const f = model.view.formula(r.row, c.col);
        if (!f) continue;
        const prev = previousYearColumn(model, subject.row, c);
        if (!prev) continue;
        compare(ctx, r.row, c.col, f, new Set([cellKey(subject.row, c.col), cellKey(subject.row, prev.col)]), 'growthRange', c.year);
      }
    }
  },
});
