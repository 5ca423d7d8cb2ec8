/**
 * Conditional-format conditions for one actual cell, mirroring verdict.ts, so
 * the colour follows whatever a person types into the cell later. Conditions
 * are mutually exclusive and false on a blank cell (no-data stays uncoloured).
 */
import type { TargetCell } from './cells';
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
      return { missed: `OR(${w.missed},AND(ISNUMBER(${a}),${a}<>0))`, exceeded: w.exceeded, met: `OR(${w.met},AND(ISNUMBER(${a}),${a}=0))` };
    }
    return w;
  }

  const x = cell.actualPercentFormat && !cell.planPercentFormat ? `${a}*100` : a;
  const useCell = cell.planIsNumber && (c.type === 'floor' || c.type === 'ceiling');
  const t = useCell ? (cell.planPercentFormat && !cell.actualPercentFormat ? `${p}*100` : p) : '';
  const guard = useCell ? `ISNUMBER(${a}),ISNUMBER(${p})` : `ISNUMBER(${a})`;
  const k = (v: number) => (useCell ? t : xlNumber(v));
  let num: Partial<Conditions>;
  switch (c.type) {
    case 'floor':
      num = c.strict ? { met: `${x}>${k(c.value)}`, missed: `${x}<=${k(c.value)}` } : { exceeded: `${x}>${k(c.value)}`, met: `${x}=${k(c.value)}`, missed: `${x}<${k(c.value)}` };
      break;
    case 'ceiling':
      num = c.strict ? { met: `${x}<${k(c.value)}`, missed: `${x}>=${k(c.value)}` } : { exceeded: `${x}<${k(c.value)}`, met: `${x}=${k(c.value)}`, missed: `${x}>${k(c.value)}` };
      break;
    case 'band': {
      const lo = xlNumber(c.lo);
      const hi = xlNumber(c.hi);
      num = {
        met: `${x}>=${lo},${x}<=${hi}`,
        exceeded: c.good === 'up' ? `${x}>${hi}` : `${x}<${lo}`,
        missed: c.good === 'up' ? `${x}<${lo}` : `${x}>${hi}`,
      };
      break;
    }
  }
  // An official may type the verdict itself ("Đạt", "Chưa đạt") instead of a figure.
  const w = wordConditions(a);
  const both = (tag: HighlightTag) => (num[tag] ? `OR(AND(${guard},${num[tag]}),${w[tag]})` : w[tag]);
  return { missed: both('missed'), exceeded: both('exceeded'), met: both('met') };
}
