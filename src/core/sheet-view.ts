/**
 * Read access to one sheet snapshot by absolute 1-based coordinates, with the
 * lookups every recogniser and rule needs (text, styles, merges) precomputed
 * once so that per-cell calls are O(1).
 */
import { toA1 } from './a1';
import { CellValue, isCellError, Merge, SheetSnapshot } from './snapshot';

export class SheetView {
  readonly name: string;
  readonly firstRow: number;
  readonly firstCol: number;
  readonly lastRow: number;
  readonly lastCol: number;
  // Built on first use: most callers never ask for styles or merges of most sheets.
  // Styles by row then column inside the used range (the recogniser asks every body row), a map for any outside it.
  private styleGrid: Array<Array<CellStyleLike | undefined> | undefined> | undefined;
  private styleOutside: Map<number, CellStyleLike> | undefined;
  /** Bold (1) and italic (2) of the grid's cells, one byte array per styled row. */
  private fontFlags: Array<Uint8Array | undefined> = [];
  private mergeIndexCache: Map<number, Merge> | undefined;
  private hiddenRowCache: Set<number> | undefined;
  private hiddenColCache: Set<number> | undefined;
  // The snapshot's grids, kept from construction: a snapshot is not changed once viewed.
  private readonly values: CellValue[][];
  private readonly formulas: Array<Array<string | null>> | undefined;
  private readonly numberFormats: Array<Array<string | null>> | undefined;

  /**
   * One shared view per snapshot: the recogniser, rules, fill and targets all
   * read the same sheets, and the view's indexes (styles, merges) are built
   * once. Held in a WeakMap, so the view goes with the sheet and the caller's
   * snapshot is left as it was given.
   */
  static of(sheet: SheetSnapshot): SheetView {
    let v = VIEWS.get(sheet);
    if (!v) {
      v = new SheetView(sheet);
      VIEWS.set(sheet, v);
    }
    return v;
  }

  constructor(readonly sheet: SheetSnapshot) {
    this.name = sheet.name;
    this.firstRow = sheet.origin.row;
    this.firstCol = sheet.origin.col;
    this.lastRow = sheet.origin.row + sheet.values.length - 1;
    let width = 0;
    for (const r of sheet.values) if (r.length > width) width = r.length;
    this.lastCol = sheet.origin.col + Math.max(width, 1) - 1;
    this.values = sheet.values;
    this.formulas = sheet.formulas;
    this.numberFormats = sheet.numberFormats;
  }

  private buildStyles(): Array<Array<CellStyleLike | undefined> | undefined> {
    const grid: Array<Array<CellStyleLike | undefined> | undefined> = (this.styleGrid = []);
    const width = this.lastCol - this.firstCol + 1;
    for (const s of this.sheet.styles ?? []) {
      const i = s.row - this.firstRow;
      const flags = (s.bold === true ? 1 : 0) | (s.italic === true ? 2 : 0);
      const end = s.col + (s.cols ?? 1);
      // A run of cells (CellStyle.cols); the last style given for a cell wins, as the map it replaces did.
      for (let col = s.col; col < end; col++) {
        const j = col - this.firstCol;
        if (i >= 0 && i <= this.lastRow - this.firstRow && j >= 0 && j < width) {
          (grid[i] ??= [])[j] = s;
          (this.fontFlags[i] ??= new Uint8Array(width))[j] = flags;
        } else (this.styleOutside ??= new Map()).set(this.key(s.row, col), s);
      }
    }
    return grid;
  }

  /** Bold/italic flags of a cell (see fontFlags). */
  private font(row: number, col: number): number {
    if (!this.styleGrid) this.buildStyles();
    const i = row - this.firstRow;
    const j = col - this.firstCol;
    if (i >= 0 && i <= this.lastRow - this.firstRow && j >= 0 && j <= this.lastCol - this.firstCol) return this.fontFlags[i]?.[j] ?? 0;
    const s = this.styleOutside?.get(this.key(row, col));
    return s ? (s.bold === true ? 1 : 0) | (s.italic === true ? 2 : 0) : 0;
  }

  private style(row: number, col: number): CellStyleLike | undefined {
    const grid = this.styleGrid ?? this.buildStyles();
    const i = row - this.firstRow;
    const j = col - this.firstCol;
    if (i >= 0 && i <= this.lastRow - this.firstRow && j >= 0 && j <= this.lastCol - this.firstCol) return grid[i]?.[j];
    return this.styleOutside?.get(this.key(row, col));
  }

  private get mergeIndex(): Map<number, Merge> {
    if (!this.mergeIndexCache) {
      this.mergeIndexCache = new Map();
      for (const m of this.sheet.merges ?? []) {
        for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) this.mergeIndexCache.set(this.key(r, c), m);
      }
    }
    return this.mergeIndexCache;
  }

  private get hiddenRowSet(): Set<number> {
    return (this.hiddenRowCache ??= new Set(this.sheet.hiddenRows ?? []));
  }

  private get hiddenColSet(): Set<number> {
    return (this.hiddenColCache ??= new Set(this.sheet.hiddenCols ?? []));
  }

  private key(row: number, col: number): number {
    return row * 16384 + col;
  }

  /** The raw value, or null outside the used range. */
  value(row: number, col: number): CellValue {
    const r = this.values[row - this.firstRow];
    if (!r) return null;
    const v = r[col - this.firstCol];
    return v === undefined ? null : v;
  }

  /** The value of a merged area's top-left cell for any cell inside it. */
  mergedValue(row: number, col: number): CellValue {
    const m = this.mergeIndex.get(this.key(row, col));
    return m ? this.value(m.top, m.left) : this.value(row, col);
  }

  /** Trimmed text of a cell (numbers as JS prints them, errors as their code); "" for empty. */
  text(row: number, col: number): string {
    return cellText(this.value(row, col));
  }

  formula(row: number, col: number): string | null {
    const f = this.formulas?.[row - this.firstRow]?.[col - this.firstCol];
    return f ?? null;
  }

  numberFormat(row: number, col: number): string | null {
    const f = this.numberFormats?.[row - this.firstRow]?.[col - this.firstCol];
    return f ?? null;
  }

  isBold(row: number, col: number): boolean {
    return (this.font(row, col) & 1) !== 0;
  }

  isItalic(row: number, col: number): boolean {
    return (this.font(row, col) & 2) !== 0;
  }

  fill(row: number, col: number): string | undefined {
    return this.style(row, col)?.fill;
  }

  merge(row: number, col: number): Merge | undefined {
    return this.mergeIndex.get(this.key(row, col));
  }

  isRowHidden(row: number): boolean {
    return this.hiddenRowSet.has(row);
  }

  isColHidden(col: number): boolean {
    return this.hiddenColSet.has(col);
  }

  isEmpty(row: number, col: number): boolean {
    const v = this.value(row, col);
    return v === null || (typeof v === 'string' && v.trim() === '');
  }

  isRowEmpty(row: number, fromCol = this.firstCol, toCol = this.lastCol): boolean {
    for (let c = fromCol; c <= toCol; c++) if (!this.isEmpty(row, c)) return false;
    return true;
  }

  a1(row: number, col: number): string {
    return toA1(row, col);
  }
}

const VIEWS = new WeakMap<SheetSnapshot, SheetView>();

interface CellStyleLike {
  bold?: boolean;
  italic?: boolean;
  fill?: string;
  fontColor?: string;
}

export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isCellError(v)) return v.error;
  return '';
}
