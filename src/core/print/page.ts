/**
 * The printed page the documents are laid out for: A4, margins as official
 * landscape appendices use them, and the column widths that fit it at a
 * readable size.
 */
import { columnsPoints } from './text-fit';

/** A4 in points (210 × 297 mm). */
export const A4_POINTS = { short: 595.3, long: 841.9 } as const;

/** Margins in points: 15 mm left (binding), 10 mm right, 15 mm top and bottom; header and footer 8 mm from the edge. */
export const PAGE_MARGINS = { top: 42.5, bottom: 42.5, left: 42.5, right: 28.3, header: 22.7, footer: 22.7 } as const;

/** The font of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
export const DOCUMENT_FONT = 'Times New Roman';

/** Header/footer codes that print the footer in the document's font: &"Font,Style"&size (the footer has no cell to take it from). */
export function footerFont(size = 11): string {
  return `&"${DOCUMENT_FONT},Regular"&${size}`;
}

/** Table text size; with fit-to-width the printed size is this times the page scale, kept at 10 pt or more. */
export const BODY_SIZE = 11;
export const MIN_PRINTED_SIZE = 10;

export type Orientation = 'portrait' | 'landscape';

export function printableWidth(orientation: Orientation): number {
  const page = orientation === 'landscape' ? A4_POINTS.long : A4_POINTS.short;
  return page - PAGE_MARGINS.left - PAGE_MARGINS.right;
}

export interface FlexColumn {
  width: number;
  /** Columns that take the room left (or give it up, down to `min`), in proportion to `flex`. */
  flex?: number;
  min?: number;
  max?: number;
}

/**
 * Widths that fill the printable width: flexible columns grow into the room
 * left, or shrink (not below their minimum) when the fixed ones need it.
 * `scale` is what fit-to-width will apply; body text prints at BODY_SIZE × scale.
 */
export function fitColumns(cols: FlexColumn[], orientation: Orientation): { widths: number[]; scale: number } {
  const target = printableWidth(orientation);
  const widths = cols.map((c) => c.width);
  const flex = cols.map((c, i) => ({ c, i })).filter((x) => x.c.flex);
  for (let round = 0; round < 8 && flex.length; round++) {
    const gap = target - columnsPoints(widths);
    if (Math.abs(gap) < 2) break;
    const active = flex.filter((x) => (gap > 0 ? widths[x.i] < (x.c.max ?? Infinity) : widths[x.i] > (x.c.min ?? 4)));
    const total = active.reduce((s, x) => s + x.c.flex!, 0);
    if (!total) break;
    for (const x of active) {
      const next = widths[x.i] + ((gap / 5.25) * x.c.flex!) / total;
      widths[x.i] = Math.floor(Math.min(x.c.max ?? Infinity, Math.max(x.c.min ?? 4, next)) * 4) / 4;
    }
  }
  const used = columnsPoints(widths);
  return { widths, scale: used > target ? target / used : 1 };
}
