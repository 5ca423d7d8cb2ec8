/**
 * What the recogniser says about each sheet: the contract between
 * recognition and everything downstream (rules, fill, targets, summary, UI).
 * Rows and columns are absolute and 1-based.
 */
import { z } from 'zod';

export const SHEET_KINDS = ['indicators', 'tasks', 'none'] as const;
export type SheetKind = (typeof SHEET_KINDS)[number];

export const COLUMN_ROLES = [
  'stt',
  'name',
  'unit',
  'lead',
  'partners',
  'leader',
  'planTotal',
  'target2030',
  'annualAverage',
  'year',
  'avgGrowth',
  'ratioPrevious',
  'notes',
  'deadline',
  'output',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

export const ROW_KINDS = ['section', 'indicator', 'component', 'growth', 'header', 'task'] as const;
export type RowKind = (typeof ROW_KINDS)[number];

export type Series = 'plan' | 'actual';
export type Direction = 'up' | 'down' | 'qualitative';

export interface ColumnInfo {
  role: ColumnRole;
  /** 1-based column number. */
  col: number;
  /** For role "year": the year (2025 is a base year, usually actual). */
  year?: number;
  /** For role "year": plan (KH, Kế hoạch, Chỉ tiêu, Mục tiêu) or actual (TH, Thực hiện, Ước TH, Kết quả). */
  series?: Series;
  /** The header text the role was read from (merged header rows joined with " / "). */
  header: string;
}

export interface RowInfo {
  row: number;
  kind: RowKind;
  /** STT cell text as shown ("I", "1", "1.1", "" for none). */
  stt: string;
  name: string;
  unit: string;
  /** Row number of the parent: the indicator a component or growth row belongs to. */
  parent?: number;
  /** Row number of the section this row sits in. */
  section?: number;
  /** Indicators, components and growth rows: which way is better. */
  direction?: Direction;
  italic?: boolean;
}

/** A row with every optional field present (undefined when unset): every maker of rows builds them alike. */
export function newRow(row: number, kind: RowKind, stt: string, name: string, unit: string): RowInfo {
  return { row, kind, stt, name, unit, parent: undefined, section: undefined, direction: undefined, italic: undefined };
}

/** A copy of a row with every field present, as newRow makes it (overrides change the copy, never the layout's row). */
export function copyRow(r: RowInfo): RowInfo {
  const c = newRow(r.row, r.kind, r.stt, r.name, r.unit);
  c.parent = r.parent;
  c.section = r.section;
  c.direction = r.direction;
  c.italic = r.italic;
  return c;
}

/** A column with every field present, as newRow makes rows. */
export function newColumn(role: ColumnRole, col: number, header: string, year?: number, series?: Series): ColumnInfo {
  return { role, col, year, series, header };
}

export interface SheetLayout {
  name: string;
  kind: SheetKind;
  /** In [0,1]. */
  confidence: number;
  /** Short Vietnamese reasons for the verdict, strongest first, for the UI. */
  reasons: string[];
  header: { firstRow: number; lastRow: number } | null;
  /** The "A B C 1 2 3 ... 10=2/1" row under the header, when present. */
  columnNumberRow?: number;
  columns: ColumnInfo[];
  /** Every non-blank row of the table body (and repeated header rows, kind "header"), top to bottom. */
  rows: RowInfo[];
  /** Last row of the table (before signatures, notes, "Nơi nhận"). */
  lastRow?: number;
}

export interface WorkbookLayout {
  sheets: SheetLayout[];
}

/** Column lookups used everywhere downstream. */
export function columnsOf(layout: SheetLayout, role: ColumnRole): ColumnInfo[] {
  return layout.columns.filter((c) => c.role === role);
}

export function columnOf(layout: SheetLayout, role: ColumnRole): ColumnInfo | undefined {
  return layout.columns.find((c) => c.role === role);
}

/** Year columns of a series in year order (plan when series is omitted on the column). */
export function yearColumns(layout: SheetLayout, series: Series = 'plan'): ColumnInfo[] {
  return layout.columns
    .filter((c) => c.role === 'year' && (c.series ?? 'plan') === series)
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
}

/**
 * A user's correction of the recogniser, stored in the workbook by the task
 * pane and re-applied on every scan.
 */
export const SheetOverrideSchema = z.object({
  sheet: z.string(),
  kind: z.enum(SHEET_KINDS).optional(),
  header: z.object({ firstRow: z.number().int().positive(), lastRow: z.number().int().positive() }).optional(),
  columns: z
    .array(
      z.object({
        col: z.number().int().positive(),
        /** null: this column has no role. */
        role: z.enum(COLUMN_ROLES).nullable(),
        year: z.number().int().optional(),
        series: z.enum(['plan', 'actual']).optional(),
      }),
    )
    .optional(),
  rows: z
    .array(
      z.object({
        row: z.number().int().positive(),
        kind: z.enum(ROW_KINDS).nullable().optional(),
        parent: z.number().int().positive().nullable().optional(),
        direction: z.enum(['up', 'down', 'qualitative']).optional(),
      }),
    )
    .optional(),
});
export type SheetOverride = z.infer<typeof SheetOverrideSchema>;

export const OverridesSchema = z.object({ version: z.literal(1), sheets: z.array(SheetOverrideSchema) });
export type Overrides = z.infer<typeof OverridesSchema>;
