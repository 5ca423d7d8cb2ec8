import type { ColumnInfo, Direction } from '../layout';
import { roundingTolerance } from '../growth';
import type { TargetSpec } from '../target';
import { isNumber, type NumberReading, type Reading } from './cells';
import { periodOf, sumTolerance } from './arithmetic';
import { en, shortName, vi } from './format';
import type { SheetModel } from './sheet-model';
import type { Rule } from './types';

interface Goal {
  col: ColumnInfo;
  /** The year the goal is for: the yearly path must run to it before it can be judged. */
  year: number;
  spec: TargetSpec;
  text: string;
}

function asSpec(r: Reading): { spec: TargetSpec; text: string } | null {
  if (r.kind === 'target') return { spec: r.spec, text: r.text };
  if (r.kind === 'number') return { spec: { kind: 'number', value: r.value, text: r.text, decimals: r.decimals }, text: r.asText ? r.text : vi(r.value, r.decimals) };
  return null;
}

/**
 * The end-of-period goal of a row: "Đến năm 2030", else the 5-year plan figure
 * when it is a level rather than the sum of the years.
 */
function endGoal(model: SheetModel, row: number, path: NumberReading[]): Goal | null {
  const cols = model.cols(row);
  if (cols.target2030) {
    const s = asSpec(model.read(row, cols.target2030.col));
    const years = cols.target2030.header.match(/20\d{2}/g);
    if (s) return { col: cols.target2030, year: years ? Number(years[years.length - 1]) : 2030, ...s };
  }
  if (cols.planTotal && !model.isFlow(row)) {
    const r = model.read(row, cols.planTotal.col);
    if (isNumber(r) && path.length === cols.planYears.length) {
      const sum = path.reduce((s, p) => s + p.value, 0);
      if (Math.abs(sum - r.value) <= sumTolerance(r, path, false)) return null;
    }
    const s = asSpec(r);
    const lastPlanYear = cols.planYears[cols.planYears.length - 1]?.year ?? 0;
    if (s) return { col: cols.planTotal, year: periodOf(cols.planTotal.header)?.to ?? lastPlanYear, ...s };
  }
  return null;
}

/** Whether a final yearly value reaches the goal; null when the goal has no figure to reach. */
function reaches(final: NumberReading, spec: TargetSpec, direction: Direction | undefined): boolean | null {
  const tol = roundingTolerance(Math.max(final.decimals, spec.decimals ?? 0));
  const v = final.value;
  switch (spec.kind) {
    case 'atLeast':
    case 'greaterThan':
      return v >= spec.value - tol;
    case 'atMost':
    case 'lessThan':
      return v <= spec.value + tol;
    case 'number':
      return direction === 'down' ? v <= spec.value + tol : direction === 'qualitative' ? null : v >= spec.value - tol;
    case 'range':
      return direction === 'down' ? v <= spec.max + tol : v >= spec.min - tol;
    default:
      return null;
  }
}

/** "Giảm hàng năm" / "Tăng..." anywhere in the row's targets: the way the yearly figures must move. */
function wordDirection(model: SheetModel, row: number): { dir: 'up' | 'down'; text: string } | null {
  const cols = model.cols(row);
  const candidates = [cols.target2030, cols.planTotal, cols.annualAverage, cols.planYears[cols.planYears.length - 1]];
  for (const c of candidates) {
    if (!c) continue;
    const r = model.read(row, c.col);
    if (r.kind === 'target' && r.spec.kind === 'qualitative' && r.spec.direction) return { dir: r.spec.direction, text: r.text };
  }
  return null;
}

export const targetPath: Rule = {
  meta: {
    id: 'target-path',
    defaultSeverity: 'warning',
    title: { vi: 'Lộ trình các năm không tới mục tiêu', en: 'Yearly path misses the goal' },
    description: {
      vi: 'Chỉ tiêu kế hoạch năm cuối không đạt mục tiêu cuối kỳ (cột "Đến năm 2030" hoặc mức KH 5 năm của chỉ tiêu không cộng dồn), hoặc các năm đi ngược chiều mục tiêu "giảm"/"tăng".',
      en: 'The last year\'s plan does not reach the end-of-period goal (the "Đến năm 2030" column, or the 5-year figure of a non-additive indicator), or the years move against a "giảm"/"tăng" (decrease/increase) goal.',
    },
    fixable: false,
    example: {
      vi: 'Tỷ lệ trường đạt chuẩn: KH 5 năm "68% trở lên", các năm 64, 65, 66, 66, 67 → «"Tỷ lệ trường đạt chuẩn": mục tiêu cuối kỳ là "68% trở lên" nhưng kế hoạch năm 2030 là 67, không năm nào đạt mục tiêu».',
      en: 'Schools up to standard: 5-year goal "68% trở lên", years 64, 65, 66, 66, 67 → «"Tỷ lệ trường đạt chuẩn": the end-of-period goal is "68% trở lên" but the 2030 plan is 67; no year reaches it».',
    },
  },
  check(ctx) {
    const { model } = ctx;
    for (const r of model.rows) {
      if (r.kind !== 'indicator' && r.kind !== 'component') continue;
      const cols = model.cols(r.row);
      if (cols.planYears.length < 2) continue;
      const path: Array<{ col: ColumnInfo; reading: NumberReading }> = [];
      for (const c of cols.planYears) {
        const x = model.read(r.row, c.col);
        if (isNumber(x)) path.push({ col: c, reading: x });
      }
      if (path.length === 0) continue;
      const name = shortName(model.name(r.row), 50);

      const lastCol = cols.planYears[cols.planYears.length - 1];
      const last = path[path.length - 1];
      const goal = endGoal(model, r.row, path.map((p) => p.reading));
      if (goal && last.col === lastCol && (lastCol.year ?? 0) >= goal.year) {
        const ok = reaches(last.reading, goal.spec, r.direction);
        if (ok === false) {
          const any = path.some((p) => reaches(p.reading, goal.spec, r.direction));
          ctx.report({
            row: r.row,
            col: last.col.col,
            message: `"${name}": mục tiêu cuối kỳ là "${goal.text}" nhưng kế hoạch năm ${last.col.year} là ${vi(last.reading.value, last.reading.decimals)}${any ? ' (đã đạt ở năm trước rồi lại giảm)' : ', không năm nào đạt mục tiêu'}`,
            messageEn: `"${name}": the end-of-period goal is "${goal.text}" but the ${last.col.year} plan is ${en(last.reading.value, last.reading.decimals)}${any ? ' (reached in an earlier year, then dropped)' : '; no year reaches it'}`,
            expected: goal.text,
            actual: last.reading.value,
          });
          continue;
        }
      }

      const word = wordDirection(model, r.row);
      if (!word) continue;
      for (let i = 1; i < path.length; i++) {
        const a = path[i - 1].reading;
        const b = path[i].reading;
        const tol = roundingTolerance(Math.max(a.decimals, b.decimals));
        const wrong = word.dir === 'down' ? b.value > a.value + tol : b.value < a.value - tol;
        if (!wrong) continue;
        ctx.report({
          row: r.row,
          col: path[i].col.col,
          message: `"${name}": mục tiêu "${word.text}" nhưng kế hoạch năm ${path[i].col.year} (${vi(b.value, b.decimals)}) ${word.dir === 'down' ? 'tăng' : 'giảm'} so với năm ${path[i - 1].col.year} (${vi(a.value, a.decimals)})`,
          messageEn: `"${name}": the goal is "${word.text}" but the ${path[i].col.year} plan (${en(b.value, b.decimals)}) ${word.dir === 'down' ? 'rises' : 'falls'} from ${path[i - 1].col.year} (${en(a.value, a.decimals)})`,
          expected: word.text,
          actual: b.value,
        });
        break;
      }
    }
  },
};
