/**
 * The core's output: an edit plan, a declarative list of writes. The .xlsx
 * writer (src/cli/xlsx) and the Office.js applier (src/excel) both follow the
 * same operations in order. Addresses are A1 without the sheet name.
 */
import { z } from 'zod';

/** Every conditional-format formula the add-in writes carries this marker (as `N("phuluc:<tag>")=0`), so its own rules are recognisable and removable without touching the user's. */
export const ADDIN_CF_MARKER = 'phuluc:';

/** Defined-name prefix that marks a sheet the add-in made (`PHULUC_<MARKER>_<n>` → that sheet's A1). */
export const ADDIN_SHEET_NAME_PREFIX = 'PHULUC_';

const Scalar = z.union([z.number(), z.string(), z.boolean(), z.null()]);
const Color = z.string().regex(/^#[0-9A-Fa-f]{6}$/);

export const SetValuesOp = z.object({
  op: z.literal('setValues'),
  sheet: z.string(),
  /** Top-left cell; values fill rightwards and downwards. Strings are always written as text, even when they start with "=". null clears the cell. */
  address: z.string(),
  values: z.array(z.array(Scalar)),
});

export const SetFormulasOp = z.object({
  op: z.literal('setFormulas'),
  sheet: z.string(),
  address: z.string(),
  /** Formulas with their leading "="; null leaves that cell alone. */
  formulas: z.array(z.array(z.string().nullable())),
});

export const SetNumberFormatOp = z.object({
  op: z.literal('setNumberFormat'),
  sheet: z.string(),
  range: z.string(),
  format: z.string(),
});

export const SetStyleOp = z.object({
  op: z.literal('setStyle'),
  sheet: z.string(),
  range: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  /** null removes the fill. */
  fill: Color.nullable().optional(),
  fontColor: Color.optional(),
  fontSize: z.number().optional(),
  /** Font family, e.g. "Times New Roman" (official documents use one font throughout). */
  fontName: z.string().min(1).max(31).optional(),
  wrap: z.boolean().optional(),
  horizontalAlignment: z.enum(['left', 'center', 'right']).optional(),
  verticalAlignment: z.enum(['top', 'center', 'bottom']).optional(),
  border: z.boolean().optional(),
});

export const MergeCellsOp = z.object({
  op: z.literal('mergeCells'),
  sheet: z.string(),
  range: z.string(),
});

export const AddConditionalFormatOp = z.object({
  op: z.literal('addConditionalFormat'),
  sheet: z.string(),
  range: z.string(),
  /** Custom formula relative to the range's top-left cell, with "=", containing `N("phuluc:<tag>")=0`. */
  formula: z.string().refine((f) => f.includes(ADDIN_CF_MARKER), 'add-in conditional formats must carry the phuluc: marker'),
  fill: Color,
  fontColor: Color.optional(),
  /** What the rule means: "missed", "met", "exceeded". */
  tag: z.string(),
});

export const RemoveAddinConditionalFormatsOp = z.object({
  op: z.literal('removeAddinConditionalFormats'),
  sheet: z.string(),
});

export const AddSheetOp = z.object({
  op: z.literal('addSheet'),
  name: z.string().min(1).max(31),
  /** Says the add-in made it, e.g. "summary"; adapters store it as a defined name PHULUC_<MARKER>. */
  marker: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** Make it the active sheet after applying. */
  activate: z.boolean().optional(),
});

export const DeleteSheetOp = z.object({
  op: z.literal('deleteSheet'),
  sheet: z.string(),
  /** The sheet is deleted only if it carries this add-in marker; appliers refuse otherwise. */
  marker: z.string(),
});

export const CreateTableOp = z.object({
  op: z.literal('createTable'),
  sheet: z.string(),
  range: z.string(),
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
  style: z.string().default('TableStyleMedium2'),
});

export const FreezePanesOp = z.object({
  op: z.literal('freezePanes'),
  sheet: z.string(),
  rows: z.number().int().nonnegative(),
  cols: z.number().int().nonnegative(),
});

export const SetColumnWidthsOp = z.object({
  op: z.literal('setColumnWidths'),
  sheet: z.string(),
  /** Width in characters (Excel's column width unit). */
  widths: z.array(z.object({ col: z.string().regex(/^[A-Z]{1,3}$/), width: z.number().positive() })),
});

export const SetRowHeightsOp = z.object({
  op: z.literal('setRowHeights'),
  sheet: z.string(),
  /** Height in points. Written explicitly because neither Excel nor LibreOffice grows a row for wrapped text it did not lay out itself. */
  heights: z.array(z.object({ row: z.number().int().positive(), height: z.number().positive().max(409) })),
});

export const SetNoteOp = z.object({
  op: z.literal('setNote'),
  sheet: z.string(),
  cell: z.string(),
  text: z.string(),
});

export const SetPageLayoutOp = z.object({
  op: z.literal('setPageLayout'),
  sheet: z.string(),
  orientation: z.enum(['portrait', 'landscape']),
  paperSize: z.literal('A4'),
  fitToWidth: z.boolean(),
  /** Rows repeated on every printed page, e.g. "5:6". */
  printTitleRows: z.string().optional(),
  /** Footer text with &P (page) and &N (pages). */
  footer: z.string().optional(),
  /** Columns repeated on every printed page, e.g. "A:D" (for tables wider than a page). */
  printTitleColumns: z.string().regex(/^[A-Z]{1,3}:[A-Z]{1,3}$/).optional(),
  /** What prints, e.g. "A1:N60": internal columns (source link, finding counts) stay outside it. */
  printArea: z.string().regex(/^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/).optional(),
  /** Page margins in points. */
  margins: z.object({ top: z.number().nonnegative(), bottom: z.number().nonnegative(), left: z.number().nonnegative(), right: z.number().nonnegative(), header: z.number().nonnegative(), footer: z.number().nonnegative() }).optional(),
  centerHorizontally: z.boolean().optional(),
});

export const AddChartOp = z.object({
  op: z.literal('addChart'),
  sheet: z.string(),
  type: z.enum(['columnStacked', 'columnClustered', 'barStacked']),
  /** Data with categories in the first column and series headers in the first row. */
  dataRange: z.string(),
  /** Cell where the chart's top-left goes. */
  anchor: z.string(),
  title: z.string(),
});

export const EditOpSchema = z.discriminatedUnion('op', [
  SetValuesOp,
  SetFormulasOp,
  SetNumberFormatOp,
  SetStyleOp,
  MergeCellsOp,
  AddConditionalFormatOp,
  RemoveAddinConditionalFormatsOp,
  AddSheetOp,
  DeleteSheetOp,
  CreateTableOp,
  FreezePanesOp,
  SetColumnWidthsOp,
  SetRowHeightsOp,
  SetNoteOp,
  SetPageLayoutOp,
  AddChartOp,
]);
export type EditOp = z.infer<typeof EditOpSchema>;

export const EditPlanSchema = z.object({
  version: z.literal(1),
  /** Which add-in action made it: "fill", "highlight", "tracking", "summary", "fix", ... */
  action: z.string(),
  /** Vietnamese one-line description for the UI and the undo journal. */
  description: z.string().optional(),
  ops: z.array(EditOpSchema),
});
export type EditPlan = z.infer<typeof EditPlanSchema>;

export function emptyPlan(action: string, description?: string): EditPlan {
  return { version: 1, action, description, ops: [] };
}

export function mergePlans(action: string, plans: EditPlan[], description?: string): EditPlan {
  return { version: 1, action, description, ops: plans.flatMap((p) => p.ops) };
}

export function parsePlan(input: unknown): EditPlan {
  return EditPlanSchema.parse(input);
}

/** Wrap a condition for a conditional format so it carries the add-in marker. */
export function markedCondition(tag: string, condition: string): string {
  const body = condition.startsWith('=') ? condition.slice(1) : condition;
  return `=AND(N("${ADDIN_CF_MARKER}${tag}")=0,${body})`;
}

export function isAddinConditionFormula(formula: string | null | undefined): boolean {
  return !!formula && formula.includes(`"${ADDIN_CF_MARKER}`);
}
