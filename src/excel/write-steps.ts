/**
 * Writes as a list of small steps, packed into as few `context.sync()` calls
 * as the payload budget allows (one, for everything but huge plans). Each step
 * addresses sheets by name afresh, so steps can land in different syncs.
 */
import { columnLetter, parseRange, rangeToA1, RangeRef } from '../core/a1';
import { ERROR_CODES } from '../core/snapshot';
import type { XlContext, XlWorksheet } from './api';
import { isPayloadError, jsonBytes } from './payload';

export interface Step {
  /** Estimated request bytes. */
  bytes: number;
  /** Queue the step's calls; may return a collector that runs after its sync succeeded. */
  queue: (ctx: XlContext, sheet: (name: string) => XlWorksheet) => void | (() => void);
}

export interface RunStepsResult {
  syncs: number;
  /** Syncs that completed (their writes are in the workbook). */
  completed: number;
}

export class StepsFailed extends Error {
  constructor(
    override readonly cause: unknown,
    /** Syncs that completed before the failure (their writes are in the workbook). */
    readonly completed: number,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/**
 * A request Excel rejected for its size ran nothing ("RequestPayloadSizeLimitExceeded":
 * Excel on the web's 5 MB request limit, Microsoft Learn, "Resource limits and
 * performance optimization for Office Add-ins"): the estimate was wrong, so the
 * same steps are sent again in batches of half the size, down to one step.
 */
function isRequestTooLarge(e: unknown): boolean {
  return isPayloadError(e) && !/Response/.test(String((e as { code?: string } | null)?.code ?? ''));
}

export async function runSteps(context: XlContext, steps: Step[], budget: number): Promise<RunStepsResult> {
  let syncs = 0;
  let completed = 0;
  let i = 0;
  let limit = budget;
  while (i < steps.length) {
    const sheets = new Map<string, XlWorksheet>();
    const sheet = (name: string) => {
      let ws = sheets.get(name);
      if (!ws) sheets.set(name, (ws = context.workbook.worksheets.getItem(name)));
      return ws;
    };
    const collectors: (() => void)[] = [];
    const start = i;
    let bytes = 0;
    while (i < steps.length && (bytes === 0 || bytes + steps[i].bytes <= limit)) {
      bytes += steps[i].bytes;
      const c = steps[i].queue(context, sheet);
      if (typeof c === 'function') collectors.push(c);
      i++;
    }
    syncs++;
    try {
      await context.sync();
    } catch (e) {
      if (isRequestTooLarge(e) && i - start > 1) {
        i = start;
        limit = Math.max(1, Math.floor(bytes / 2));
        continue;
      }
      throw new StepsFailed(e, completed);
    }
    completed++;
    for (const c of collectors) c();
  }
  return { syncs, completed };
}

const STEP_OVERHEAD = 200;

/** A 2D write split into row bands that each stay under `maxBytes`. */
export function bandSteps<T>(
  sheet: string,
  top: number,
  left: number,
  matrix: T[][],
  maxBytes: number,
  write: (ws: XlWorksheet, address: string, rows: T[][]) => void,
): Step[] {
  if (matrix.length === 0 || matrix[0].length === 0) return [];
  const width = matrix[0].length;
  const steps: Step[] = [];
  let start = 0;
  while (start < matrix.length) {
    let end = start;
    let bytes = STEP_OVERHEAD + jsonBytes(matrix[start]);
    while (end + 1 < matrix.length) {
      const next = jsonBytes(matrix[end + 1]);
      if (bytes + next > maxBytes) break;
      bytes += next;
      end++;
    }
    const rows = matrix.slice(start, end + 1);
    const address = rangeToA1({ top: top + start, left, bottom: top + end, right: left + width - 1 });
    steps.push({ bytes, queue: (_ctx, ws) => write(ws(sheet), address, rows) });
    start = end + 1;
  }
  return steps;
}

/** The one A1 conversion is the core's; the adapter's callers keep this name. */
export { rangeToA1 as rectA1 };

export function rectOf(range: string): RangeRef {
  return parseRange(range.replace(/\$/g, ''));
}

/** The rectangle a matrix covers when written at `address` (its top-left). */
export function matrixRect(address: string, rows: unknown[][]): RangeRef {
  const tl = rectOf(address);
  const w = rows.reduce((m, r) => Math.max(m, r.length), 0);
  return { top: tl.top, left: tl.left, bottom: tl.top + Math.max(rows.length, 1) - 1, right: tl.left + Math.max(w, 1) - 1 };
}

/**
 * A string as Excel must receive it to keep it text. Typing "=..." or "+..."
 * makes a formula, "1.766" or "15%" a number, "TRUE" a boolean, "1/2" a date:
 * a leading apostrophe (Excel's quote prefix, not part of the value) stops all
 * of that. Plain words go as they are.
 */
export function textForExcel(s: string): string {
  if (s === '') return s;
  const t = s.trim();
  const risky =
    /^[=+\-@']/.test(s) ||
    /^[=+\-@]/.test(t) ||
    /^[(]?[$€₫]?\s*[+-]?[\d.,]+\s*(e[+-]?\d+)?\s*%?[)]?$/i.test(t) ||
    /^(true|false)$/i.test(t) ||
    /^\d{1,4}\s*[/\-.]\s*\d{1,2}(\s*[/\-.]\s*\d{1,4})?$/.test(t) ||
    /^\d{1,2}:\d{2}/.test(t) ||
    (ERROR_CODES as readonly string[]).includes(t.toUpperCase());
  return risky ? `'${s}` : s;
}

/** Excel column width in characters (the plan's unit) → points (the API's unit), for the default 11 pt font. */
export function charsToPoints(width: number): number {
  return Math.round((width * 7 + 5) * 0.75 * 100) / 100;
}

export function colRange(col: string): string {
  return `${col}:${col}`;
}

export { columnLetter };

/**
 * Where the add-in's highlight rules go among a sheet's conditional formats.
 * Excel puts a new rule at the top (ConditionalFormatCollection.add: "at the
 * first/top priority"), above the user's own rules, so a highlight would
 * override, say, the user's red-for-negative rule on the same cells. We move
 * ours to the bottom instead: the user's formatting is a deliberate choice
 * that keeps precedence, and our highlights are advisory, showing wherever the
 * user has not formatted. Priorities past the end are clamped to the last
 * place (Excel.ConditionalFormat.priority), so one large number means "last".
 * Set after everything else on the rule: the object must be fetched again
 * after its priority changes.
 */
export const ADDIN_CF_PRIORITY = 1_000_000;
