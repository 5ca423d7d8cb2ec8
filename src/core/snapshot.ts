/**
 * The core's input: a plain, adapter-neutral picture of a workbook. Both the
 * .xlsx reader (src/cli/xlsx) and the Office.js reader (src/excel) produce it.
 *
 * Coordinates are absolute and 1-based. `values[i][j]` is the cell at row
 * `origin.row + i`, column `origin.col + j` (the used range's top-left).
 */
import { z } from 'zod';

/** Excel error codes as they appear in cells. */
export const ERROR_CODES = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!'] as const;

export const CellErrorSchema = z.object({ error: z.string() });
export type CellError = z.infer<typeof CellErrorSchema>;

export const CellValueSchema = z.union([z.number(), z.string(), z.boolean(), z.null(), CellErrorSchema]);
export type CellValue = number | string | boolean | null | CellError;

export const CellStyleSchema = z.object({
  row: z.number().int().positive(),
  col: z.number().int().positive(),
  /**
   * The same style on this many cells of the row, from `col` rightwards (1 when absent). Readers
   * write a styled header or section row as one entry: a ward file's styles shrink about
   * twelvefold, and a snapshot that crosses threads as JSON stays small.
   */
  cols: z.number().int().positive().optional(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  /** '#RRGGBB' */
  fill: z.string().optional(),
  fontColor: z.string().optional(),
});
export type CellStyle = z.infer<typeof CellStyleSchema>;

export const MergeSchema = z.object({
  top: z.number().int().positive(),
  left: z.number().int().positive(),
  bottom: z.number().int().positive(),
  right: z.number().int().positive(),
});
export type Merge = z.infer<typeof MergeSchema>;

/** A conditional-format rule as it exists in the workbook (user's or ours). */
export const ExistingConditionalFormatSchema = z.object({
  /** A1 range without the sheet, e.g. "G7:K20" (several areas joined by " " or ","). */
  range: z.string(),
  /** Custom formula with its leading "=", or null for rule types the core does not read. */
  formula: z.string().nullable(),
  fill: z.string().optional(),
  fontColor: z.string().optional(),
});
export type ExistingConditionalFormat = z.infer<typeof ExistingConditionalFormatSchema>;

export const SheetSnapshotSchema = z.object({
  name: z.string().min(1),
  /** Top-left of the used range; {row:1,col:1} for an empty sheet. */
  origin: z.object({ row: z.number().int().positive(), col: z.number().int().positive() }),
  values: z.array(z.array(CellValueSchema)),
  /** Same shape as values; a cell's formula with its "=", or null. Omitted when the sheet has none. */
  formulas: z.array(z.array(z.string().nullable())).optional(),
  /** Row by row like values, null for General; a row may end early (the cells past its end are General). Omitted when all are General. */
  numberFormats: z.array(z.array(z.string().nullable())).optional(),
  /** Sparse: only cells with something set, as runs along a row (CellStyle.cols); a later entry for a cell wins. */
  styles: z.array(CellStyleSchema).default([]),
  merges: z.array(MergeSchema).default([]),
  hiddenRows: z.array(z.number().int().positive()).default([]),
  hiddenCols: z.array(z.number().int().positive()).default([]),
  conditionalFormats: z.array(ExistingConditionalFormatSchema).default([]),
  /** Set when the add-in made this sheet (see plan.ts addSheet.marker), e.g. "summary". */
  addinMarker: z.string().optional(),
  protected: z.boolean().default(false),
  /** Notes/comments keyed by A1, when the adapter reads them. */
  notes: z.record(z.string(), z.string()).optional(),
});
export type SheetSnapshot = z.infer<typeof SheetSnapshotSchema>;

export const WorkbookSnapshotSchema = z.object({
  /** File name or document title, for messages only. */
  name: z.string().optional(),
  sheets: z.array(SheetSnapshotSchema),
  /** Add-in settings stored in the workbook (corrections, rule settings); validated by their own schemas. */
  settings: z.record(z.string(), z.unknown()).optional(),
});
export type WorkbookSnapshot = z.infer<typeof WorkbookSnapshotSchema>;

/** Validate untrusted input (an adapter's output, a JSON file). Throws a ZodError with paths. */
export function parseSnapshot(input: unknown): WorkbookSnapshot {
  return WorkbookSnapshotSchema.parse(input);
}

/**
 * Add one cell's style to a sheet's list: it extends the last entry when the cell is the next one
 * of that entry's row and is styled the same, else it starts an entry. Readers call it cell by
 * cell, in row order, for the styled cells only.
 */
export function appendStyle(
  styles: CellStyle[],
  row: number,
  col: number,
  bold: boolean,
  italic: boolean,
  fill: string | undefined,
  fontColor: string | undefined,
): void {
  const last = styles.length > 0 ? styles[styles.length - 1] : undefined;
  if (
    last !== undefined &&
    last.row === row &&
    last.col + (last.cols ?? 1) === col &&
    (last.bold === true) === bold &&
    (last.italic === true) === italic &&
    last.fill === fill &&
    last.fontColor === fontColor
  ) {
    last.cols = (last.cols ?? 1) + 1;
    return;
  }
  const s: CellStyle = { row, col };
  if (bold) s.bold = true;
  if (italic) s.italic = true;
  if (fill !== undefined) s.fill = fill;
  if (fontColor !== undefined) s.fontColor = fontColor;
  styles.push(s);
}

/** Every cell a list of styles covers, in list order (runs unfolded), with the entry that styles it. */
export function forEachStyledCell(styles: readonly CellStyle[] | undefined, fn: (row: number, col: number, style: CellStyle) => void): void {
  if (!styles) return;
  for (const s of styles) {
    const end = s.col + (s.cols ?? 1);
    for (let c = s.col; c < end; c++) fn(s.row, c, s);
  }
}

/** One entry per styled cell, without `cols`: for code and tests that look styles up cell by cell. */
export function expandStyles(styles: readonly CellStyle[] | undefined): CellStyle[] {
  const out: CellStyle[] = [];
  forEachStyledCell(styles, (row, col, s) => {
    const { cols: _cols, ...rest } = s;
    out.push({ ...rest, row, col });
  });
  return out;
}

export function isCellError(v: CellValue): v is CellError {
  return typeof v === 'object' && v !== null && 'error' in v;
}

/** Make a sheet snapshot from a plain grid starting at A1 (tests, generators). */
export function sheetFromRows(name: string, rows: CellValue[][], extra: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return {
    name,
    origin: { row: 1, col: 1 },
    values: rows,
    styles: [],
    merges: [],
    hiddenRows: [],
    hiddenCols: [],
    conditionalFormats: [],
    protected: false,
    ...extra,
  };
}
