/**
 * Conditional-format conditions for one actual cell, mirroring verdict.ts, so
 * the colour follows whatever a person types into the cell later. Conditions
 * are mutually exclusive and false on a blank cell (no-data stays uncoloured).
 */
import type { TargetCell } from './cells';
import { bandGeometry } from './criterion';
import { wordConditions } from './words';

export type HighlightTag = 'missed' | 'met' | 'exceeded';

export type Conditions = Record<HighlightTag, string>;

/** A number literal Excel and LibreOffice read the same way (no exponent, "." decimal). */
export function xlNumber(v: number): string {
  const s = String(parseFloat(v.toPrecision(15)));
  if (!/e/i.test(s)) return s;
  return v.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}

/**
 * The value of `ref` as a number: real numbers as they are, vi-VN text ("96,5",
 * "1.083,25", "96,5%") read the way cellNumber reads it; MID(1/2,2,1) is the
 * host's own decimal mark, so no locale is assumed. An error for blanks and words.
 */
export function numberExpr(ref: string): string {
  return `IF(ISNUMBER(${ref}),${ref},--SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${ref},".",""),"%",""),",",MID(1/2,2,1)))`;
}

/**
 * `a` and `p` are the actual's and plan's references as they should appear in
 * the formula (relative A1 for the range's top-left cell). null: the target
 * cannot be compared, no colour at all.
 */
export function cellConditions(cell: TargetCell, a: string, p: string): Conditions | null {
  const c = cell.criterion;
  if (c.type === 'unknown') return null;
  if (c.type === 'words') {
    const w = wordConditions(a, c.word, c.text);
    if (c.word === 'khong-co') {
      // Counted instead of described: 0 is met, any other count missed.
      return { missed: `OR(${w.missed},AND(ISNUMBER(${a}),${a}<>0))`, exceeded: w.exceeded, met: `OR(${w.met},AND(ISNUMBER(${a}),${a}=0))` };
    }
    return w;
  }

  const v = numberExpr(a);
  const x = cell.actualPercentFormat && !cell.planPercentFormat ? `(${v})*100` : v;
  const useCell = cell.planIsNumber && (c.type === 'floor' || c.type === 'ceiling');
  const t = useCell ? (cell.planPercentFormat && !cell.actualPercentFormat ? `${p}*100` : p) : '';
  const guard = useCell ? `ISNUMBER(${p}),` : '';
  const k = (n: number) => (useCell ? t : xlNumber(n));
  let num: Partial<Conditions>;
  switch (c.type) {
    case 'floor':
      num = c.strict ? { met: `${x}>${k(c.value)}`, missed: `${x}<=${k(c.value)}` } : { exceeded: `${x}>${k(c.value)}`, met: `${x}=${k(c.value)}`, missed: `${x}<${k(c.value)}` };
      break;
    case 'ceiling':
      num = c.strict ? { met: `${x}<${k(c.value)}`, missed: `${x}>=${k(c.value)}` } : { exceeded: `${x}<${k(c.value)}`, met: `${x}=${k(c.value)}`, missed: `${x}>${k(c.value)}` };
      break;
    case 'band': {
      const { mid, reach } = bandGeometry(c);
      const d = `${x}-${xlNumber(mid)}`;
      const r = xlNumber(reach);
      const above = `${d}>${r}`;
      const below = `${d}<-${r}`;
      num = { met: `ABS(${d})<=${r}`, exceeded: c.good === 'up' ? above : below, missed: c.good === 'up' ? below : above };
      break;
    }
  }
  // Blank or wordy actuals make the number an error: IFERROR turns that into "no colour".
  const rule = (tag: HighlightTag) => (num[tag] ? `IFERROR(AND(${guard}${num[tag]}),FALSE)` : 'FALSE');
  return { missed: rule('missed'), exceeded: rule('exceeded'), met: rule('met') };
}
