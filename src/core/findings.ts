/**
 * Findings (what a rule says about a cell) and rule metadata: a flat
 * catalogue in the manner of Frictionless error types.
 */
import { z } from 'zod';
import type { RowKind, SheetKind } from './layout';
import type { Message, MessageData } from './messages';
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
  /** Which of the rule's messages this is (its key in meta.messages): one kind of finding each. */
  messageId: string;
  /** The message's named fields, language-neutral (figures as value and decimals). */
  data: MessageData;
  expected?: string | number;
  actual?: string | number;
  /** An edit plan that fixes it, when the rule is fixable. */
  fix?: EditPlan;
}

/**
 * What a rule checks, ESLint's `meta.type` for this domain: the table's
 * structure (numbering, names, units, headers), single cell values, or
 * figures checked against other figures.
 */
export const RULE_TYPES = ['structure', 'value', 'arithmetic'] as const;
export type RuleType = (typeof RULE_TYPES)[number];

export interface RuleMeta<MessageIds extends string = string> {
  id: string;
  type: RuleType;
  defaultSeverity: Severity;
  /**
   * Where the rule runs: the sheet kinds, and the row kinds whose rows the
   * engine hands to the rule's row visitor (empty when the rule reads the
   * sheet as a whole).
   */
  appliesTo: { sheets: readonly SheetKind[]; rows: readonly RowKind[] };
  title: { vi: string; en: string };
  description: { vi: string; en: string };
  fixable: boolean;
  /** Every message the rule reports, by messageId; `{field}` names a field of the finding's data. */
  messages: Record<MessageIds, Message>;
  /** An example for docs/rules.md: a row as the user would type it and what the rule says. */
  example?: { vi: string; en: string };
}

/** Per-workbook rule settings: switch off a rule or change its severity. */
export const RuleSettingsSchema = z.object({
  version: z.literal(1),
  rules: z.record(z.string(), z.union([z.literal('off'), z.enum(SEVERITIES)])),
});
export type RuleSettings = z.infer<typeof RuleSettingsSchema>;
