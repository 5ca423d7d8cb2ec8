/**
 * The fill's layer over the sheet model: the cells as a spreadsheet computes
 * with them (a %-formatted cell is the fraction it stores, not the percent
 * points the model's readings give), overlaid with the results of the
 * formulas this plan has already decided to write, so that later formulas (a
 * total over filled component sums, an average over a filled base) are
 * previewed with the values Excel will show.
 */
import type { ParseNumberOptions } from '../numbers';
import { cellNumber, parseViNumber } from '../numbers';
import type { SheetModel } from '../model/sheet-model';
import { isCellError } from '../snapshot';
import type { SheetView } from '../sheet-view';
import type { Convention } from './convention';

export interface TextNumber {
  row: number;
  col: number;
  text: string;
  value: number;
  decimals: number;
}

export class FillOverlay {
  readonly view: SheetView;
  /** How each growth row writes its rates, decided once before any of its cells is filled. */
  readonly conventions = new Map<number, Convention>();
  private readonly computed = new Map<number, number>();

  constructor(readonly model: SheetModel) {
    this.view = model.view;
  }

  private key(row: number, col: number): number {
    return row * 16384 + col;
  }

  /** Record what a formula written by this plan will compute. */
  setComputed(row: number, col: number, value: number): void {
    this.computed.set(this.key(row, col), value);
  }

  hasFormula(row: number, col: number): boolean {
    return this.view.formula(row, col) !== null;
  }

  isEmpty(row: number, col: number): boolean {
    return !this.hasFormula(row, col) && this.view.isEmpty(row, col) && !this.computed.has(this.key(row, col));
  }

  /** Inside a merged area but not its top-left: not a cell of its own. */
  isCoveredByMerge(row: number, col: number): boolean {
    const m = this.view.merge(row, col);
    return !!m && (m.top !== row || m.left !== col);
  }

  /** The number a formula referring to this cell computes with (after text-stored numbers are made real), or null. */
  value(row: number, col: number): number | null {
    const o = this.computed.get(this.key(row, col));
    if (o !== undefined) return o;
    const v = this.view.value(row, col);
    if (this.hasFormula(row, col)) return typeof v === 'number' && Number.isFinite(v) ? v : null;
    if (typeof v === 'number') return Number.isFinite(v) ? v : null;
    // Text is computed with only once the plan makes it a real number; "95%" as text is not made one.
    return this.textNumber(row, col)?.value ?? null;
  }

  /** The cell holds, or will hold once the plan is applied, a number or a formula: a figure of its row. */
  readonly isFigure = (row: number, col: number): boolean => this.value(row, col) !== null || this.hasFormula(row, col);

  /** The figure a typed cell shows, "11,72%" and "1083,25" included, or null for text that is no number. */
  typedNumber(row: number, col: number): number | null {
    const v = this.view.value(row, col);
    if (v === null || typeof v === 'boolean' || isCellError(v)) return null;
    const n = cellNumber(v, this.parseOptions(row));
    return n !== null && Number.isFinite(n) ? n : null;
  }

  /** A number typed as text ("1083,25") that formulas can only compute with once it is a real number. */
  textNumber(row: number, col: number): TextNumber | null {
    if (this.hasFormula(row, col) || this.computed.has(this.key(row, col))) return null;
    const v = this.view.value(row, col);
    if (typeof v !== 'string' || v.trim() === '') return null;
    const p = parseViNumber(v, this.parseOptions(row));
    if (!p || p.percent || !Number.isFinite(p.value)) return null;
    return { row, col, text: v, value: p.value, decimals: p.decimals };
  }

  /** How the row's unit reads a typed number (whole counts, percentages). */
  parseOptions(row: number): ParseNumberOptions {
    return this.model.unit(row).options;
  }
}
