/**
 * Growth formulas, averages, totals (issue #5): the formulas an indicator
 * sheet should carry, as an edit plan plus a preview of what will be filled,
 * converted, replaced or left alone and why.
 *
 * Never lose a figure: only empty cells are filled by default; a typed value
 * equal to the formula's result (to its displayed precision) becomes the
 * formula only with `convertEqual`; a differing one only when `replace` names
 * it. Cells that already hold a formula are never touched, so applying the
 * plan and planning again yields an empty plan.
 */
import { quoteSheetName, toA1 } from '../a1';
import { displayedDecimals, matchesDisplayed } from '../growth';
import type { WorkbookLayout } from '../layout';
import { formatViNumber, parseViNumber } from '../numbers';
import { EditOp, EditPlan, emptyPlan } from '../plan';
import { isCellError, WorkbookSnapshot } from '../snapshot';
import { isPercentFormat } from '../model/readings';
import { KIND_LABEL, MSG } from './messages';
import { CellWrite, formulaOps, noteOps, numberFormatOps, valueOps } from './ops';
import { SheetModel } from '../model/sheet-model';
import { SheetView } from '../sheet-view';
import { FillOverlay, TextNumber } from './overlay';
import { decimalsFormat, FillKind, PHASES, Target } from './targets';

export type { FillKind } from './targets';

export interface FillOptions {
  /** Convert typed values that equal the formula's result (within displayed precision) to the formula. */
  convertEqual?: boolean;
  /** Replace typed values that differ: "all", or a list of "Sheet!A1" cells. Default: none. */
  replace?: 'all' | string[];
}

export interface FillCell {
  sheet: string;
  cell: string;
  formula: string;
  /** What the formula computes from the snapshot's values, when it can be computed. */
  computed?: number;
  typed?: string | number | null;
  /** Vietnamese reason, for "leave". */
  reason?: string;
  /** What the formula is: a component sum, a 5-year total, a year's growth, the average growth. */
  kind?: FillKind;
  /** Vietnamese label of the kind, for the preview list. */
  label?: string;
  /** "'Phụ lục 1'!G13": the cell as a formula would name it, and as `replace` takes it back. */
  ref?: string;
  /** "Vietnamese / English" note on how the value is computed when it is not the usual way (a fallback average), for the preview. */
  method?: string;
  /** `computed` is a fraction the cell shows as a percentage. */
  percent?: boolean;
}

/** A number typed as text that the plan makes a real number so the formulas reading it compute. */
export interface TextNumberCell {
  sheet: string;
  cell: string;
  typed: string;
  value: number;
}

export interface FillResult {
  plan: EditPlan;
  preview: {
    fill: FillCell[];
    convert: FillCell[];
    leave: FillCell[];
    /** Differing typed values replaced because `replace` named them (or was "all"). */
    replace?: FillCell[];
    /** Text-stored numbers ("1083,25") the plan turns into real numbers, figure unchanged. */
    numbers?: TextNumberCell[];
  };
}

interface SheetWrites {
  formulas: CellWrite<string>[];
  formats: CellWrite<string>[];
  values: CellWrite<number>[];
  notes: CellWrite<string>[];
}

/** "Sheet!A1", "'Phụ lục 1'!$G$13" or a bare "G13" (any sheet) → lookup key. */
function replaceKey(sheet: string, a1: string): string {
  return `${sheet}\u0000${a1.replace(/\$/g, '').toUpperCase()}`;
}

function parseReplaceList(list: string[]): Set<string> {
  const out = new Set<string>();
  for (const item of list) {
    const bang = item.lastIndexOf('!');
    if (bang < 0) {
      out.add(replaceKey('*', item.trim()));
      continue;
    }
    let sheet = item.slice(0, bang).trim();
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    out.add(replaceKey(sheet, item.slice(bang + 1).trim()));
  }
  return out;
}

function typedOf(v: unknown): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'object' && isCellError(v as never)) return (v as { error: string }).error;
  return null;
}

function isGeneral(format: string | null): boolean {
  return format === null || format === 'General' || format === '@';
}

export function planFill(wb: WorkbookSnapshot, layout: WorkbookLayout, options: FillOptions = {}): FillResult {
  const preview: Required<FillResult['preview']> = { fill: [], convert: [], leave: [], replace: [], numbers: [] };
  const replaceAll = options.replace === 'all';
  const replaceSet = Array.isArray(options.replace) ? parseReplaceList(options.replace) : new Set<string>();
  const ops: EditOp[] = [];

  for (const sl of layout.sheets) {
    if (sl.kind !== 'indicators') continue;
    const snap = wb.sheets.find((s) => s.name === sl.name);
    // The add-in's own sheets are regenerated, not filled; a protected sheet would refuse the writes.
    if (!snap || snap.addinMarker || snap.protected) continue;
    const model = new SheetModel(SheetView.of(snap), sl);
    const sheet = new FillOverlay(model);
    const w: SheetWrites = { formulas: [], formats: [], values: [], notes: [] };
    // Keyed by row × 16384 + col: A1 text is made only for what reaches the plan or the preview.
    const converted = new Map<number, TextNumber>();
    const prefix = `${quoteSheetName(sl.name)}!`;

    const write = (t: Target): void => {
      w.formulas.push({ row: t.row, col: t.col, value: t.formula });
      // A text figure that becomes a formula needs no number written first.
      converted.delete(t.row * 16384 + t.col);
      const own = sheet.view.numberFormat(t.row, t.col);
      const format = t.format ?? (own === '@' ? 'General' : null);
      if (format && isGeneral(own) && format !== own) w.formats.push({ row: t.row, col: t.col, value: format });
      if (t.note) {
        const existing = snap.notes?.[toA1(t.row, t.col)];
        const text = existing && !existing.includes(t.note) ? `${t.note}\n\n${existing}` : t.note;
        w.notes.push({ row: t.row, col: t.col, value: text });
      }
      for (const d of t.deps) {
        const tn = sheet.textNumber(d.row, d.col);
        if (tn) converted.set(d.row * 16384 + d.col, tn);
      }
      sheet.setComputed(t.row, t.col, t.computed);
    };

    const decided = new Set<number>();
    const decide = (t: Target): void => {
      if (sheet.hasFormula(t.row, t.col) || sheet.isCoveredByMerge(t.row, t.col)) return;
      // One formula per cell: the first phase that claims it (a sum before a growth) wins.
      const key = t.row * 16384 + t.col;
      if (decided.has(key)) return;
      decided.add(key);
      const cell = toA1(t.row, t.col);
      const ref = prefix + cell;
      const label = KIND_LABEL[t.kind];
      // A preview entry says what it is first, then what was typed and why it is left or replaced.
      const entry = (typed: string | number | null, reason?: string): FillCell =>
        reason === undefined
          ? { sheet: sl.name, cell, ref, formula: t.formula, computed: t.computed, kind: t.kind, label, typed }
          : { sheet: sl.name, cell, ref, formula: t.formula, computed: t.computed, kind: t.kind, label, typed, reason };
      if (sheet.isEmpty(t.row, t.col)) {
        write(t);
        preview.fill.push({ sheet: sl.name, cell, ref, formula: t.formula, computed: t.computed, kind: t.kind, label, method: t.note, percent: t.percent });
        return;
      }
      const raw = sheet.view.value(t.row, t.col);
      const typed = typedOf(raw);
      const typedText = typed === null ? '' : String(typed);
      if (replaceSet.size > 0 && (replaceSet.has(replaceKey(sl.name, cell)) || replaceSet.has(replaceKey('*', cell)))) {
        write(t);
        preview.replace.push(entry(typed, MSG.replaced(typedText)));
        return;
      }
      if (!t.checkable) {
        const first = sheet.model.period.plan[0]?.year ?? 0;
        preview.leave.push({ sheet: sl.name, cell, ref, formula: t.formula, typed, kind: t.kind, label, reason: MSG.uncheckable(first, first - 1) });
        return;
      }
      const typedNum = sheet.typedNumber(t.row, t.col);
      if (typedNum === null) {
        preview.leave.push(entry(typed, MSG.notANumber));
        return;
      }
      const asText = typeof raw === 'string' ? parseViNumber(raw, sheet.parseOptions(t.row)) : null;
      const ownFormat = sheet.view.numberFormat(t.row, t.col);
      // "0.00%" shows two decimals of the value × 100: four of the fraction itself.
      const percentShown = !asText && isPercentFormat(ownFormat);
      const decimals = asText ? asText.decimals : displayedDecimals(typedNum, ownFormat) + (percentShown ? 2 : 0);
      const rate = t.kind === 'growth' || t.kind === 'avgGrowth';
      const shownDecimals = Math.max(rate ? 2 : 0, decimals - (percentShown ? 2 : 0));
      const shown = percentShown || t.percent ? `${formatViNumber(t.computed * 100, shownDecimals)}%` : formatViNumber(t.computed, shownDecimals);
      if (matchesDisplayed(typedNum, t.computed, decimals)) {
        if (options.convertEqual) {
          write(t);
          preview.convert.push(entry(typed));
        } else {
          preview.leave.push(entry(typed, MSG.equalNotConverted(shown)));
        }
        return;
      }
      if (replaceAll) {
        write(t);
        preview.replace.push(entry(typed, MSG.replaced(typedText)));
        return;
      }
      preview.leave.push(entry(typed, MSG.differs(shown)));
    };

    for (const phase of PHASES) phase(sheet, { push: decide });

    for (const tn of converted.values()) {
      w.values.push({ row: tn.row, col: tn.col, value: tn.value });
      if (isGeneral(sheet.view.numberFormat(tn.row, tn.col))) w.formats.push({ row: tn.row, col: tn.col, value: decimalsFormat(tn.decimals) });
      preview.numbers.push({ sheet: sl.name, cell: toA1(tn.row, tn.col), typed: tn.text, value: tn.value });
    }
    // Formats first: a formula or number written into a Text ("@") cell would stay text.
    ops.push(...numberFormatOps(sl.name, w.formats), ...valueOps(sl.name, w.values), ...formulaOps(sl.name, w.formulas), ...noteOps(sl.name, w.notes));
  }

  const plan = emptyPlan('fill', MSG.description(preview.fill.length, preview.convert.length, preview.replace.length, preview.leave.length, preview.numbers.length));
  plan.ops = ops;
  return { plan, preview };
}
