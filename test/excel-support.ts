/**
 * Helpers for the Excel adapter tests: a canonical, order-free view of a
 * snapshot so two snapshots made by different writers (the CLI's ExcelJS
 * writer, the SIMULATED Excel host) can be compared cell by cell.
 */
import { toA1 } from '../src/core/a1';
import { forEachStyledCell, type SheetSnapshot, type WorkbookSnapshot } from '../src/core/snapshot';

export interface CanonicalCell {
  value?: unknown;
  formula?: string;
  numberFormat?: string;
  bold?: true;
  italic?: true;
  fill?: string;
  fontColor?: string;
}

/** Sheet → A1 → cell; formula cells keep only their formula (neither writer calculates). */
export function canonicalCells(sheet: SheetSnapshot): Record<string, CanonicalCell> {
  const out: Record<string, CanonicalCell> = {};
  const at = (row: number, col: number) => (out[toA1(row, col)] ??= {});
  sheet.values.forEach((rowVals, i) =>
    rowVals.forEach((v, j) => {
      const row = sheet.origin.row + i;
      const col = sheet.origin.col + j;
      const f = sheet.formulas?.[i]?.[j] ?? null;
      const nf = sheet.numberFormats?.[i]?.[j] ?? null;
      if (f !== null) at(row, col).formula = f;
      else if (v !== null && v !== '') at(row, col).value = v;
      if (nf !== null && nf !== 'General') at(row, col).numberFormat = nf;
    }),
  );
  forEachStyledCell(sheet.styles, (row, col, s) => {
    if (s.bold) at(row, col).bold = true;
    if (s.italic) at(row, col).italic = true;
    if (s.fill) at(row, col).fill = s.fill.toUpperCase();
    if (s.fontColor) at(row, col).fontColor = s.fontColor.toUpperCase();
  });
  for (const k of Object.keys(out)) if (Object.keys(out[k]).length === 0) delete out[k];
  return out;
}

export interface CanonicalSheet {
  name: string;
  cells: Record<string, CanonicalCell>;
  merges: string[];
  conditionalFormats: string[];
  addinMarker: string | null;
  notes: Record<string, string>;
}

export function canonicalWorkbook(wb: WorkbookSnapshot): CanonicalSheet[] {
  return wb.sheets.map((s) => ({
    name: s.name,
    cells: canonicalCells(s),
    merges: (s.merges ?? []).map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`).sort(),
    conditionalFormats: (s.conditionalFormats ?? [])
      .map((cf) => JSON.stringify([cf.range.split(/[ ,]+/).sort().join(' '), cf.formula, cf.fill?.toUpperCase() ?? null, cf.fontColor?.toUpperCase() ?? null]))
      .sort(),
    addinMarker: s.addinMarker ?? null,
    notes: s.notes ?? {},
  }));
}

/** Human-readable differences (first `limit`), empty when equal. */
export function diffWorkbooks(a: WorkbookSnapshot, b: WorkbookSnapshot, limit = 20): string[] {
  const out: string[] = [];
  const ca = canonicalWorkbook(a);
  const cb = canonicalWorkbook(b);
  if (ca.map((s) => s.name).join('|') !== cb.map((s) => s.name).join('|')) out.push(`sheets: ${ca.map((s) => s.name).join('|')} vs ${cb.map((s) => s.name).join('|')}`);
  for (const sa of ca) {
    const sb = cb.find((s) => s.name === sa.name);
    if (!sb) continue;
    for (const k of new Set([...Object.keys(sa.cells), ...Object.keys(sb.cells)])) {
      const x = JSON.stringify(sa.cells[k] ?? {});
      const y = JSON.stringify(sb.cells[k] ?? {});
      if (x !== y) out.push(`${sa.name}!${k}: ${x} vs ${y}`);
    }
    for (const key of ['merges', 'conditionalFormats', 'addinMarker', 'notes'] as const) {
      if (JSON.stringify(sa[key]) !== JSON.stringify(sb[key])) out.push(`${sa.name} ${key}: ${JSON.stringify(sa[key]).slice(0, 200)} vs ${JSON.stringify(sb[key]).slice(0, 200)}`);
    }
  }
  return out.slice(0, limit);
}
