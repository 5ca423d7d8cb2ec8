/**
 * The JSON report of `phuluc check --format json` (documented in docs/report.md).
 * Rows and cells are 1-based / A1 as Excel shows them; columns are letters.
 */
import { z } from 'zod';
import { COLUMN_ROLES, ROW_KINDS, SHEET_KINDS } from './layout';
import { SEVERITIES } from './findings';
import { VERDICTS } from './evaluation';

export const ReportColumnSchema = z.object({
  role: z.enum(COLUMN_ROLES),
  column: z.string().regex(/^[A-Z]{1,3}$/),
  year: z.number().int().optional(),
  series: z.enum(['plan', 'actual']).optional(),
});

export const ReportRowSchema = z.object({
  row: z.number().int().positive(),
  kind: z.enum(ROW_KINDS),
  stt: z.string(),
  name: z.string(),
  unit: z.string(),
  parent: z.number().int().positive().optional(),
  direction: z.enum(['up', 'down', 'qualitative']).optional(),
});

export const ReportSheetSchema = z.object({
  name: z.string(),
  kind: z.enum(SHEET_KINDS),
  confidence: z.number().min(0).max(1),
  reasons: z.array(z.string()).optional(),
  header: z.object({ firstRow: z.number().int().positive(), lastRow: z.number().int().positive() }).nullable(),
  columns: z.array(ReportColumnSchema),
  rows: z.array(ReportRowSchema),
});

/** A message field: text or a number as is, a figure with its shown decimals, or a phrase in both languages. */
export const ReportMessageValueSchema = z.union([
  z.string(),
  z.number(),
  z.object({ value: z.number(), decimals: z.number().int().min(0) }),
  z.object({ vi: z.string(), en: z.string() }),
]);

export const ReportFindingSchema = z.object({
  rule: z.string(),
  severity: z.enum(SEVERITIES),
  sheet: z.string(),
  cell: z.string(),
  row: z.number().int().positive(),
  message: z.string(),
  messageEn: z.string().optional(),
  messageId: z.string(),
  data: z.record(z.string(), ReportMessageValueSchema),
  expected: z.union([z.string(), z.number()]).optional(),
  actual: z.union([z.string(), z.number()]).optional(),
  fixable: z.boolean().optional(),
});

export const ReportEvaluationSchema = z.object({
  sheet: z.string(),
  row: z.number().int().positive(),
  year: z.number().int(),
  planCell: z.string(),
  actualCell: z.string(),
  verdict: z.enum(VERDICTS),
  reason: z.string().optional(),
});

export const ReportFileSchema = z.object({
  file: z.string(),
  error: z.string().optional(),
  sheets: z.array(ReportSheetSchema),
  findings: z.array(ReportFindingSchema),
  evaluations: z.array(ReportEvaluationSchema),
});

export const ReportSchema = z.object({
  version: z.literal(1),
  files: z.array(ReportFileSchema),
});

export type Report = z.infer<typeof ReportSchema>;
export type ReportFile = z.infer<typeof ReportFileSchema>;
