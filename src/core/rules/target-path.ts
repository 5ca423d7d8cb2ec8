import { boundedMemo } from '../memo';
import type { ColumnInfo, Direction } from '../layout';
import { roundingTolerance } from '../growth';
import { figure } from '../messages';
import type { Reading } from '../model/readings';
import { periodOf } from './arithmetic';
import { shortName, vi } from './format';
import { K_NUMBER, K_TARGET, type RoleColumns, type SheetModel } from '../model/sheet-model';
import { defineRule } from './types';
import { isSumOf } from '../model/sum-tolerance';

type GoalReading = Extract<Reading, { kind: 'number' | 'target' }>;

interface Goal {
  col: ColumnInfo;
  /** The year the goal is for: the yearly path must run to it before it can be judged. */
  year: number;
  reading: GoalReading;
}

/** The goal as the message quotes it: a target as typed, a number as typed or as shown. */
function goalText(r: GoalReading): string {
  if (r.kind === 'target') return r.text;
  return r.asText ? r.text : vi(r.value, r.decimals);
}

/** "Đến năm 2030": the last year a goal header names, 2030 when it names none. */
const goalYear = boundedMemo(1000, (header: string): number => {
  const years = header.match(/20\d{2}/g);
  return years ? Number(years[years.length - 1]) : 2030;
});

/** Plan years holding numbers, as indexes into cols.planYears: one buffer for every row of every sheet. */
let path = new Int32Array(16);

function isGoalKind(k: number): boolean {
  return k === K_NUMBER || k === K_TARGET;
}

/**
 * The end-of-period goal of a row: "Đến năm 2030", else the 5-year plan figure
 * when it is a level rather than the sum of the years. `path` lists the plan
 * years (indexes into cols.planYears) that hold numbers.
 */
function endGoal(model: SheetModel, row: number, cols: RoleColumns, path: Int32Array, n: number): Goal | null {
  if (cols.target2030 && isGoalKind(model.kind(row, cols.target2030.col))) {
    return { col: cols.target2030, year: goalYear(cols.target2030.header), reading: model.read(row, cols.target2030.col) as GoalReading };
  }
  if (cols.planTotal && !model.isFlow(row)) {
    const totalCol = cols.planTotal.col;
    const k = model.kind(row, totalCol);
    const years = cols.planYears;
    if (k === K_NUMBER && n === years.length) {
      // A total equal to the sum of the years (within rounding) is a sum, not a level to reach.
      if (isSumOf(model, row, totalCol, years.map((y) => ({ row, col: y.col })), model.unit(row).info.integer)) return null;
    }
    const lastPlanYear = years[years.length - 1]?.year ?? 0;
    if (isGoalKind(k)) return { col: cols.planTotal, year: periodOf(cols.planTotal.header)?.to ?? lastPlanYear, reading: model.read(row, totalCol) as GoalReading };
  }
  return null;
}

/** Whether a final yearly value reaches the goal; null when the goal has no figure to reach. */
function reaches(v: number, decimals: number, goal: GoalReading, direction: Direction | undefined): boolean | null {
  if (goal.kind === 'number') {
    const tol = roundingTolerance(Math.max(decimals, goal.decimals));
    return direction === 'down' ? v <= goal.value + tol : direction === 'qualitative' ? null : v >= goal.value - tol;
  }
  const spec = goal.spec;
  const tol = roundingTolerance(Math.max(decimals, spec.decimals ?? 0));
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
function wordDirection(model: SheetModel, row: number, cols: RoleColumns): { dir: 'up' | 'down'; text: string } | null {
  return (
    directionIn(model, row, cols.target2030) ??
    directionIn(model, row, cols.planTotal) ??
    directionIn(model, row, cols.annualAverage) ??
    directionIn(model, row, cols.planYears[cols.planYears.length - 1])
  );
}

function directionIn(model: SheetModel, row: number, c: ColumnInfo | undefined): { dir: 'up' | 'down'; text: string } | null {
  if (!c || model.kind(row, c.col) !== K_TARGET) return null;
  const r = model.read(row, c.col);
  return r.kind === 'target' && r.spec.kind === 'qualitative' && r.spec.direction ? { dir: r.spec.direction, text: r.text } : null;
}

export const targetPath = defineRule({
  meta: {
    id: 'target-path',
    type: 'arithmetic',
    defaultSeverity: 'warning',
    appliesTo: { sheets: ['indicators'], rows: ['indicator', 'component'] },
    title: { vi: 'Lộ trình các năm không tới mục tiêu', en: 'Yearly path misses the goal' },
    description: {
      vi: 'Chỉ tiêu kế hoạch năm cuối không đạt mục tiêu cuối kỳ (cột "Đến năm 2030" hoặc mức KH 5 năm của chỉ tiêu không cộng dồn), hoặc các năm đi ngược chiều mục tiêu "giảm"/"tăng".',
      en: 'The last year\'s plan does not reach the end-of-period goal (the "Đến năm 2030" column, or the 5-year figure of a non-additive indicator), or the years move against a "giảm"/"tăng" (decrease/increase) goal.',
    },
    fixable: false,
    messages: {
      goalMissed: {
        vi: '"{name}": mục tiêu cuối kỳ là "{goal}" nhưng kế hoạch năm {year} là {last}, không năm nào đạt mục tiêu',
        en: '"{name}": the end-of-period goal is "{goal}" but the {year} plan is {last}; no year reaches it',
      },
      goalDropped: {
        vi: '"{name}": mục tiêu cuối kỳ là "{goal}" nhưng kế hoạch năm {year} là {last} (đã đạt ở năm trước rồi lại giảm)',
        en: '"{name}": the end-of-period goal is "{goal}" but the {year} plan is {last} (reached in an earlier year, then dropped)',
      },
      risesAgainstGoal: {
        vi: '"{name}": mục tiêu "{goal}" nhưng kế hoạch năm {year} ({value}) tăng so với năm {previousYear} ({previous})',
        en: '"{name}": the goal is "{goal}" but the {year} plan ({value}) rises from {previousYear} ({previous})',
      },
      fallsAgainstGoal: {
        vi: '"{name}": mục tiêu "{goal}" nhưng kế hoạch năm {year} ({value}) giảm so với năm {previousYear} ({previous})',
        en: '"{name}": the goal is "{goal}" but the {year} plan ({value}) falls from {previousYear} ({previous})',
      },
    },
    example: {
      vi: 'Tỷ lệ trường đạt chuẩn: KH 5 năm "68% trở lên", các năm 64, 65, 66, 66, 67 → «"Tỷ lệ trường đạt chuẩn": mục tiêu cuối kỳ là "68% trở lên" nhưng kế hoạch năm 2030 là 67, không năm nào đạt mục tiêu».',
      en: 'Schools up to standard: 5-year goal "68% trở lên", years 64, 65, 66, 66, 67 → «"Tỷ lệ trường đạt chuẩn": the end-of-period goal is "68% trở lên" but the 2030 plan is 67; no year reaches it».',
    },
  },
  row(ctx, r) {
    const { model } = ctx;
    const cols = model.cols(r.row);
    const years = cols.planYears;
    if (years.length < 2) return;
    if (path.length < years.length) path = new Int32Array(years.length);
    let n = 0;
    for (let i = 0; i < years.length; i++) if (model.kind(r.row, years[i].col) === K_NUMBER) path[n++] = i;
    if (n === 0) return;

    const lastCol = years[years.length - 1];
    const lastIdx = path[n - 1];
    const last = years[lastIdx];
    const goal = endGoal(model, r.row, cols, path, n);
    if (goal && last === lastCol && (lastCol.year ?? 0) >= goal.year) {
      const lastValue = model.num(r.row, last.col)!;
      const lastDec = model.dec(r.row, last.col);
      const ok = reaches(lastValue, lastDec, goal.reading, r.direction);
      if (ok === false) {
        let any = false;
        for (let p = 0; p < n && !any; p++) any = reaches(model.num(r.row, years[path[p]].col)!, model.dec(r.row, years[path[p]].col), goal.reading, r.direction) === true;
        const text = goalText(goal.reading);
        ctx.report({
          row: r.row,
          col: last.col,
          messageId: any ? 'goalDropped' : 'goalMissed',
          data: { name: shortName(model.name(r.row), 50), goal: text, year: last.year!, last: figure(lastValue, lastDec) },
          expected: text,
          actual: lastValue,
        });
        return;
      }
    }

    const word = wordDirection(model, r.row, cols);
    if (!word) return;
    for (let i = 1; i < n; i++) {
      const ca = years[path[i - 1]];
      const cb = years[path[i]];
      const a = model.num(r.row, ca.col)!;
      const b = model.num(r.row, cb.col)!;
      const ad = model.dec(r.row, ca.col);
      const bd = model.dec(r.row, cb.col);
      const tol = roundingTolerance(Math.max(ad, bd));
      const wrong = word.dir === 'down' ? b > a + tol : b < a - tol;
      if (!wrong) continue;
      ctx.report({
        row: r.row,
        col: cb.col,
        messageId: word.dir === 'down' ? 'risesAgainstGoal' : 'fallsAgainstGoal',
        data: { name: shortName(model.name(r.row), 50), goal: word.text, year: cb.year!, value: figure(b, bd), previousYear: ca.year!, previous: figure(a, ad) },
        expected: word.text,
        actual: b,
      });
      break;
    }
  },
});
