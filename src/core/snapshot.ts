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
  /** Same shape as values; null for General. Omitted when all are General. */
  numberFormats: z.array(z.array(z.string().nullable())).optional(),
  /** Sparse: only cells with something set. */
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
