/**
 * SIMULATION display of the add-in's conditional formats. The simulated host
 * has no calculation engine, so the preview colours a cell the way the rule
 * means it: the add-in's rule tagged "missed" on an actual cell colours it
 * when the core's verdict for that cell is "missed" (the same verdicts the CF
 * formulas mirror). The user's own conditional formats are not evaluated.
 */
import { parseRange, toA1 } from '../core/a1';
import type { Evaluation } from '../core/evaluation';
import type { SimSheet } from '../excel/sim/model';
import { isAddinCf } from '../excel/sim/model';

export interface CfPaint {
  fill: string;
  fontColor?: string;
  tag: string;
}

function tagOf(formula: string | null): string | null {
  const m = formula ? /"phuluc:([a-z-]+)"/.exec(formula) : null;
  return m ? m[1] : null;
}

/** Cell key `row:col` → the add-in colour it shows now. */
export function addinCfPaint(sheet: SimSheet, evaluations: Evaluation[]): Map<string, CfPaint> {
  const verdictAt = new Map<string, string>();
  for (const e of evaluations) if (e.sheet === sheet.name) verdictAt.set(e.actualCell.replace(/\$/g, ''), e.verdict);
  const out = new Map<string, CfPaint>();
  for (const cf of sheet.cfs) {
    if (!isAddinCf(cf) || !cf.fill) continue;
    const tag = tagOf(cf.formula);
    if (!tag) continue;
    for (const area of cf.range.split(/[ ,]+/).filter(Boolean)) {
      const r = parseRange(area);
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) {
          const a1 = toA1(row, col);
          if (verdictAt.get(a1) === tag && !out.has(`${row}:${col}`))
            out.set(`${row}:${col}`, { fill: cf.fill, fontColor: cf.fontColor, tag });
        }
      }
    }
  }
  return out;
}
