import type { ColumnInfo } from '../layout';
import { readingIsFilled } from './row-figures';
import { K_BLANK, K_TEXT, type SheetModel } from '../model/sheet-model';
import { shortName } from './format';
import { defineRule } from './types';

export const valuesMissing = defineRule({
  meta: {
    id: 'values-missing',
    type: 'value',
    defaultSeverity: 'warning',
    appliesTo: { sheets: ['indicators'], rows: ['indicator', 'component'] },
    title: { vi: 'Thiếu số liệu các năm', en: 'Yearly values missing' },
    description: {
      vi: 'Chỉ tiêu trong bảng có cột từng năm nhưng để trống kế hoạch của một vài năm hoặc tất cả các năm. Dòng tiêu đề nhóm có các dòng thành phần bên dưới và cột thực hiện (chưa tới kỳ báo cáo) không bị báo.',
      en: 'An indicator in a table with yearly columns leaves some or all yearly plans blank. Group heading rows with components below, and actual columns (not yet reported), are exempt.',
    },
    fixable: false,
    messages: {
      allYears: { vi: '"{name}": chưa có kế hoạch tất cả các năm {years}', en: '"{name}": no plan for any year: {years}' },
      someYears: { vi: '"{name}": chưa có kế hoạch các năm {years}', en: '"{name}": no plan for {years}' },
    },
    example: {
      vi: 'Tỷ lệ điều tra khám phá án: KH 5 năm "75% trở lên", các năm 2026-2030 trống → «"Tỷ lệ điều tra khám phá án": chưa có kế hoạch tất cả các năm 2026, 2027, 2028, 2029, 2030».',
      en: 'Crime clearance rate: 5-year plan "75% trở lên", years 2026-2030 blank → «"Tỷ lệ điều tra khám phá án": no plan for any year: 2026, 2027, 2028, 2029, 2030».',
    },
  },
  row(ctx, r) {
    const { model } = ctx;
    const cols = model.cols(r.row);
    if (cols.planYears.length === 0) return;
    // A formula without a cached result (a file written by a tool that does not calculate) is not a blank.
    let blank: ColumnInfo[] | undefined;
    for (const c of cols.planYears) {
      if (filled(model, r.row, c.col) || model.view.formula(r.row, c.col)) continue;
      (blank ??= []).push(c);
    }
    if (!blank) return;
    // A heading whose figures live in its components ("Ngân sách Nhà nước" over "Thu ngân sách...").
    if (blank.length === cols.planYears.length && model.children(r.row).some((c) => c.kind === 'component' || c.kind === 'growth')) return;
    let years = '';
    for (const c of blank) years = years ? `${years}, ${c.year}` : String(c.year);
    ctx.report({
      row: r.row,
      col: blank[0].col,
      messageId: blank.length === cols.planYears.length ? 'allYears' : 'someYears',
      data: { name: shortName(model.name(r.row), 50), years },
      expected: 'số liệu kế hoạch từng năm',
      actual: years,
    });
  },
});

/** readingIsFilled without making a Reading for a number. */
function filled(model: SheetModel, row: number, col: number): boolean {
  const k = model.kind(row, col);
  if (k === K_BLANK) return false;
  return k !== K_TEXT || readingIsFilled(model.read(row, col));
}
