/** How the preview grid shows a cell: roughly what a vi-VN Excel displays for its number format. */
import type { CellValue } from '../core/snapshot';

function decimalsOf(nf: string): number {
  const m = /\.(0+)/.exec(nf);
  return m ? m[1].length : 0;
}

export function displayValue(v: CellValue, nf: string | null): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return (v as { error: string }).error;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  if (nf && nf !== 'General' && nf !== '@') {
    const d = decimalsOf(nf);
    if (nf.includes('%')) return `${(v * 100).toLocaleString('vi-VN', { minimumFractionDigits: d, maximumFractionDigits: d })}%`;
    return v.toLocaleString('vi-VN', { minimumFractionDigits: d, maximumFractionDigits: d, useGrouping: nf.includes(',') });
  }
  return Number.isInteger(v) ? String(v) : v.toLocaleString('vi-VN', { maximumFractionDigits: 10, useGrouping: false });
}
