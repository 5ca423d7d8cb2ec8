/**
 * Findings (what a rule says about a cell) and rule metadata: a flat
 * catalogue in the manner of Frictionless error types.
 */
import { z } from 'zod';
import type { EditPlan } from './plan';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  /** Stable rule id, part of the CLI contract (e.g. "total-mismatch"). */
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1 of the cell the finding points at. */
  cell: string;
  row: number;
  /** Vietnamese message saying what was found and what was expected, with the numbers. */
  message: string;
  messageEn?: string;
  expected?: string | number;
  actual?: string | number;
  /** An edit plan that fixes it, when the rule is fixable. */
  fix?: EditPlan;
}

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  title: { vi: string; en: string };
  description: { vi: string; en: string };
  fixable: boolean;
  /** An example for docs/rules.md: a row as the user would type it and what the rule says. */
  example?: { vi: string; en: string };
}

/** Per-workbook rule settings: switch off a rule or change its severity. */
export const RuleSettingsSchema = z.object({
  version: z.literal(1),
  rules: z.record(z.string(), z.union([z.literal('off'), z.enum(SEVERITIES)])),
});
export type RuleSettings = z.infer<typeof RuleSettingsSchema>;
