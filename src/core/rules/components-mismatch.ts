import type { RowInfo } from '../layout';
import { figure } from '../messages';
import { columnLabel, diffDecimals, shortName } from './format';
import { K_NUMBER, type SheetModel } from '../model/sheet-model';
import { defineRule } from './types';
import { sumOfParts, sumTolerance } from '../model/sum-tolerance';

/** "Trong đó" (of which): the components are a part of the parent, not a split of it. */
const OF_WHICH = /trong do\b/;

/** The components that split the parent: same flow unit, not growth rows or rates. */
export function additiveComponents(model: SheetModel, parent: RowInfo): RowInfo[] {
  // Both the sum rule and the formula rule ask for every row: each row is answered once per sheet.
  const cache = model.memo('additiveComponents', newPartsCache);
  let parts = cache[parent.row];
  if (!parts) {
    parts = componentsOf(model, parent);
    cache[parent.row] = parts;
  }
  return parts;
}

const NONE: RowInfo[] = [];

function newPartsCache(): Array<RowInfo[] | undefined> {
  return [];
}

function componentsOf(model: SheetModel, parent: RowInfo): RowInfo[] {
  const children = model.children(parent.row);
  if (children.length === 0) return NONE;
  const unit = model.unit(parent.row);
  if (unit.info.kind !== 'money' && unit.info.kind !== 'count') return NONE;
  if (!model.isFlow(parent.row)) return NONE;
  // Most rows have no parts: they share the one empty list instead of each allocating its own.
  let parts: RowInfo[] | undefined;
  for (const c of children) if (c.kind === 'component' && model.unit(c.row).norm === unit.norm) (parts ??= []).push(c);
  return parts ?? NONE;
}

export const componentsMismatch = defineRule({
  meta: {
    id: 'components-mismatch',
    type: 'arithmetic',
    defaultSeverity: 'error',
    appliesTo: { sheets: ['indicators'], rows: ['indicator', 'component'] },
    title: { vi: 'Các thành phần không cộng bằng chỉ tiêu', en: 'Components do not add up to their indicator' },
    description: {
      vi: 'Các dòng thành phần cùng đơn vị cộng dồn với chỉ tiêu cha (ví dụ Khu vực I/II/III tính bằng Tỷ đồng) phải cộng lại bằng chỉ tiêu cha ở từng năm và ở tổng 5 năm. Thành phần "trong đó" chỉ không được vượt chỉ tiêu cha. Tỷ lệ, tốc độ tăng và chỉ tiêu con khác đơn vị không bao giờ được cộng.',
      en: 'Components in the same flow unit as their parent (e.g. Sectors I/II/III in billion VND) must add up to the parent in every year and in the 5-year total. "Of which" components must only not exceed it. Rates, growth rows and sub-indicators in another unit are never summed.',
    },
    fixable: false,
    messages: {
      sum: {
        vi: '{column}: chỉ tiêu ghi {total} nhưng tổng các thành phần ({names}) là {sum} (lệch {diff})',
        en: '{column}: the indicator reads {total} but its components ({names}) add up to {sum} (off by {diff})',
      },
      ofWhich: {
        vi: '{column}: các thành phần "trong đó" ({names}) cộng lại {sum}, lớn hơn chỉ tiêu {total} (vượt {diff})',
        en: '{column}: the "of which" components ({names}) add up to {sum}, more than the indicator\'s {total} (by {diff})',
      },
    },
    example: {
      vi: 'Năm 2026: GRDP 44.477; Khu vực I 3.898 + Khu vực II 16.921 + Khu vực III 23.668 → "Năm 2026: chỉ tiêu ghi 44.477 nhưng tổng các thành phần (Khu vực I, Khu vực II, Khu vực III) là 44.487 (lệch 10)".',
      en: '2026: GRDP 44,477; Sector I 3,898 + Sector II 16,921 + Sector III 23,668 → "2026: the indicator reads 44,477 but its components (Khu vực I, Khu vực II, Khu vực III) add up to 44,487 (off by 10)".',
    },
  },
  row(ctx, parent) {
    const { model } = ctx;
    const parts = additiveComponents(model, parent);
    if (parts.length === 0) return;
    let ofWhich = OF_WHICH.test(model.normName(parent.row));
    for (let i = 0; !ofWhich && i < parts.length; i++) ofWhich = OF_WHICH.test(model.normName(parts[i].row));
    if (!ofWhich && parts.length < 2) return;
    const cols = model.cols(parent.row);
    const columns = [...(cols.planTotal ? [cols.planTotal] : []), ...cols.planYears, ...cols.actualYears];
    let names: string | undefined;
    for (const c of columns) {
      if (model.kind(parent.row, c.col) !== K_NUMBER) continue;
      const cells = parts.map((p) => ({ row: p.row, col: c.col }));
      const sum = sumOfParts(model, cells);
      if (sum === null) continue;
      const total = model.num(parent.row, c.col)!;
      const totalDec = model.dec(parent.row, c.col);
      const diff = total - sum;
      const tol = sumTolerance(model, parent.row, c.col, cells, model.unit(parent.row).info.integer);
      if (ofWhich ? sum - total <= tol : Math.abs(diff) <= tol) continue;
      let d = Math.max(0, totalDec);
      for (const p of parts) d = Math.max(d, model.dec(p.row, c.col));
      const dd = diffDecimals(diff, d);
      names ??= parts.map((p) => shortName(model.name(p.row).replace(/\s*\([^()]*\)\s*$/, ''), 40)).join(', ');
      ctx.report({
        row: parent.row,
        col: c.col,
        messageId: ofWhich ? 'ofWhich' : 'sum',
        // "Of which" parts are reported only above their parent: the excess is -diff, the sum's gap |diff|.
        data: { column: columnLabel(c), names, total: figure(total, totalDec), sum: figure(sum, d), diff: figure(ofWhich ? -diff : Math.abs(diff), dd) },
        expected: Number(sum.toFixed(d)),
        actual: total,
      });
    }
  },
});
