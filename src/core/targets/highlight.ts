/**
 * "Tô màu chỉ tiêu không đạt": conditional formats on the actual cells, so the
 * colour changes as soon as someone types a new actual. Each plan first
 * removes the add-in's own rules on the sheets it touches (applying twice never
 * stacks duplicates; the user's own rules stay).
 */
import { toA1 } from '../a1';
import type { Direction, WorkbookLayout } from '../layout';
import { EditOp, EditPlan, isAddinConditionFormula, markedCondition } from '../plan';
import type { WorkbookSnapshot } from '../snapshot';
import { TargetCell, workbookTargetCells } from './cells';
import { cellConditions, HighlightTag } from './formulas';
import { legendOf } from './legend';

export interface HighlightOptions {
  /** Also colour met/exceeded cells (quieter fills). Default true. */
  quiet?: boolean;
  /** Per-indicator direction overrides keyed by `${sheet}!${row}` (as in EvaluateOptions). */
  directions?: Record<string, Direction>;
}

const PLAN_DESCRIPTION = 'Tô màu chỉ tiêu không đạt / đạt / vượt theo số thực hiện';

interface Run {
  sheet: string;
  col: number;
  top: number;
  bottom: number;
  /** The conditions with references of the run's top-left cell. */
  conditions: Record<HighlightTag, string>;
  /** Same conditions with placeholder references: equal keys can share one rule. */
  key: string;
}

/** Sheets whose snapshot already holds add-in rules (they must be cleared even if nothing is re-added). */
function sheetsWithAddinRules(wb: WorkbookSnapshot): string[] {
  return wb.sheets.filter((s) => (s.conditionalFormats ?? []).some((cf) => isAddinConditionFormula(cf.formula))).map((s) => s.name);
}

function runsOf(cells: TargetCell[]): Run[] {
  const sheetOrder = new Map<string, number>();
  for (const c of cells) if (!sheetOrder.has(c.sheet)) sheetOrder.set(c.sheet, sheetOrder.size);
  const sorted = [...cells].sort((a, b) => sheetOrder.get(a.sheet)! - sheetOrder.get(b.sheet)! || a.actualCol - b.actualCol || a.row - b.row);
  const runs: Run[] = [];
  for (const cell of sorted) {
    // The plan cell's position relative to the actual: the same offset keeps a relative formula valid down a run.
    const template = cellConditions(cell, '{A}', `{P${cell.planCol - cell.actualCol}}`);
    if (!template) continue;
    const key = JSON.stringify(template);
    const last = runs[runs.length - 1];
    if (last && last.sheet === cell.sheet && last.col === cell.actualCol && last.bottom === cell.row - 1 && last.key === key) {
      last.bottom = cell.row;
      continue;
    }
    const conditions = cellConditions(cell, cell.actualCell, cell.planCell);
    if (!conditions) continue;
    runs.push({ sheet: cell.sheet, col: cell.actualCol, top: cell.row, bottom: cell.row, conditions, key });
  }
  return runs;
}

/** The highlight rules for the given target cells (no removal ops). */
export function highlightOps(cells: TargetCell[], options: HighlightOptions = {}): EditOp[] {
  const tags: HighlightTag[] = options.quiet === false ? ['missed'] : ['missed', 'exceeded', 'met'];
  const ops: EditOp[] = [];
  for (const run of runsOf(cells)) {
    const range = run.top === run.bottom ? toA1(run.top, run.col) : `${toA1(run.top, run.col)}:${toA1(run.bottom, run.col)}`;
    for (const tag of tags) {
      const legend = legendOf(tag);
      ops.push({
        op: 'addConditionalFormat',
        sheet: run.sheet,
        range,
        formula: markedCondition(tag, run.conditions[tag]),
        fill: legend.fill,
        fontColor: legend.fontColor,
        tag,
      });
    }
  }
  return ops;
}

export function planHighlight(wb: WorkbookSnapshot, layout: WorkbookLayout, options: HighlightOptions = {}): EditPlan {
  const cells = workbookTargetCells(wb, layout, options.directions);
  const touched = new Set<string>([...cells.map((c) => c.sheet), ...sheetsWithAddinRules(wb)]);
  const order = wb.sheets.map((s) => s.name).filter((n) => touched.has(n));
  const ops: EditOp[] = order.map((sheet) => ({ op: 'removeAddinConditionalFormats', sheet }));
  ops.push(...highlightOps(cells, options));
  return { version: 1, action: 'highlight', description: PLAN_DESCRIPTION, ops };
}

/** "Xoá tô màu": remove the add-in's rules, leave the user's. */
export function planRemoveHighlight(wb: WorkbookSnapshot, layout?: WorkbookLayout): EditPlan {
  const indicatorSheets = new Set((layout?.sheets ?? []).filter((s) => s.kind === 'indicators').map((s) => s.name));
  const withRules = new Set(sheetsWithAddinRules(wb));
  // Without a layout every sheet is cleared: the op leaves the user's rules alone, so it is safe anywhere.
  const sheets = wb.sheets.filter((s) => !layout || indicatorSheets.has(s.name) || withRules.has(s.name)).map((s) => s.name);
  return {
    version: 1,
    action: 'highlight-remove',
    description: 'Xoá tô màu của Phụ lục (giữ định dạng của người dùng)',
    ops: sheets.map((sheet) => ({ op: 'removeAddinConditionalFormats', sheet })),
  };
}
