/**
 * The add-in's own undo ("Hoàn tác"), for hosts without ExcelApi 1.20's merged
 * undo group and for undoing after other edits. Before a plan is applied, the
 * journal records, from the snapshot just read (no extra round trip), the prior
 * values, formulas, number formats and styles of every cell the plan touches,
 * the merges it changes, the add-in conditional formats it removes, and the
 * sheets it adds or deletes. `undoSteps` turns the journal back into writes.
 * Things the snapshot does not describe (column widths, freeze panes, page
 * setup, tables or charts on the user's own sheets) are listed in
 * `unrestorable` so the UI can say so; on the add-in's own sheets they go with
 * the sheet.
 */
import { RangeRef } from '../core/a1';
import { EditPlan, isAddinConditionFormula } from '../core/plan';
import type { CellValue, ExistingConditionalFormat, Merge, SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { forEachStyledCell, isCellError } from '../core/snapshot';
import type { ReadHandles } from './read';
import { ADDIN_CF_PRIORITY, bandSteps, matrixRect, rectA1, rectOf, Step, textForExcel } from './write-steps';

export interface PriorStyle {
  bold: boolean;
  italic: boolean;
  fill: string | null;
  fontColor: string | null;
}

export interface CellBlock {
  sheet: string;
  top: number;
  left: number;
  values: CellValue[][];
  formulas: (string | null)[][];
  numberFormats: (string | null)[][];
  styles: PriorStyle[][];
}

export interface UndoJournal {
  version: 1;
  action: string;
  description?: string;
  blocks: CellBlock[];
  merges: { sheet: string; range: string; prior: Merge[] }[];
  /** Add-in conditional formats the plan removes: their id before, and how to re-create them. */
  removedCfs: { sheet: string; id: string; cf: ExistingConditionalFormat }[];
  /** Filled in after the apply sync: ids Excel gave the conditional formats the plan added. */
  addedCfs: { sheet: string; id: string; range: string }[];
  addedSheets: { name: string; markerName: string; /** Filled in after the apply sync. */ id?: string }[];
  deletedSheets: {
    sheet: SheetSnapshot;
    position: number;
    markerNames: string[];
    /** Its id before the plan deleted it. */
    id?: string;
    /** Filled in when undo re-creates it: Excel gives the new sheet a new id. */
    recreatedId?: string;
  }[];
  /**
   * Notes the plan writes on existing sheets: the text before (null: none) and
   * the text written. The snapshot does not carry notes, so `prior` is what the
   * write batch read just before its own write (`priorRead`); until then null.
   */
  notes: { sheet: string; cell: string; prior: string | null; text?: string; priorRead?: boolean }[];
  /** Conditional-format ids that existed before (for rolling back a batch that failed half-way). */
  priorCfIds: Record<string, string[]>;
  /** Ids of the sheets that existed before: a sheet with one of these ids is never deleted as "added". */
  priorSheetIds?: string[];
  /** Vietnamese lines: what this journal cannot put back. */
  unrestorable: string[];
}

interface Grid {
  sheet: SheetSnapshot;
  styles: Map<number, PriorStyle>;
}

function gridOf(sheet: SheetSnapshot): Grid {
  const styles = new Map<number, PriorStyle>();
  forEachStyledCell(sheet.styles, (row, col, s) => styles.set(row * 20000 + col, { bold: !!s.bold, italic: !!s.italic, fill: s.fill ?? null, fontColor: s.fontColor ?? null }));
  return { sheet, styles };
}

const NO_STYLE: PriorStyle = { bold: false, italic: false, fill: null, fontColor: null };

export function blockOf(g: Grid, rect: RangeRef): CellBlock {
  const s = g.sheet;
  const block: CellBlock = { sheet: s.name, top: rect.top, left: rect.left, values: [], formulas: [], numberFormats: [], styles: [] };
  for (let r = rect.top; r <= rect.bottom; r++) {
    const i = r - s.origin.row;
    const v: CellValue[] = [];
    const f: (string | null)[] = [];
    const nf: (string | null)[] = [];
    const st: PriorStyle[] = [];
    for (let c = rect.left; c <= rect.right; c++) {
      const j = c - s.origin.col;
      v.push(s.values[i]?.[j] ?? null);
      f.push(s.formulas?.[i]?.[j] ?? null);
      nf.push(s.numberFormats?.[i]?.[j] ?? null);
      st.push(g.styles.get(r * 20000 + c) ?? NO_STYLE);
    }
    block.values.push(v);
    block.formulas.push(f);
    block.numberFormats.push(nf);
    block.styles.push(st);
  }
  return block;
}

/** Sheet-level ops whose effect the snapshot cannot describe, in Vietnamese. */
const UNRESTORABLE: Record<string, string> = {
  createTable: 'bảng (Table) đã tạo',
  freezePanes: 'cố định ô (Freeze Panes)',
  setColumnWidths: 'độ rộng cột',
  setPageLayout: 'thiết lập trang in',
  setRowHeights: 'độ cao hàng',
  addChart: 'biểu đồ',
};

export function buildJournal(plan: EditPlan, snapshot: WorkbookSnapshot, handles: ReadHandles, markerNameFor: (sheet: string) => string | undefined): UndoJournal {
  const byName = new Map(snapshot.sheets.map((s, i) => [s.name.toLowerCase(), { s, i }]));
  const grids = new Map<string, Grid>();
  const grid = (name: string) => {
    let g = grids.get(name);
    if (!g) grids.set(name, (g = gridOf(byName.get(name.toLowerCase())!.s)));
    return g;
  };
  const j: UndoJournal = {
    version: 1,
    action: plan.action,
    description: plan.description,
    blocks: [],
    merges: [],
    removedCfs: [],
    addedCfs: [],
    addedSheets: [],
    deletedSheets: [],
    notes: [],
    priorCfIds: { ...handles.cfIds },
    priorSheetIds: Object.values(handles.sheetIds),
    unrestorable: [],
  };
  // Sheets the plan creates need no journal: undo deletes them whole.
  const created = new Set<string>();
  const deleted = new Set<string>();
  const unrestorable = new Set<string>();
  const existing = (sheet: string) => !created.has(sheet.toLowerCase()) && !deleted.has(sheet.toLowerCase()) && byName.has(sheet.toLowerCase());
  for (const op of plan.ops) {
    switch (op.op) {
      case 'addSheet':
        created.add(op.name.toLowerCase());
        j.addedSheets.push({ name: op.name, markerName: markerNameFor(op.name) ?? '' });
        break;
      case 'deleteSheet': {
        const key = op.sheet.toLowerCase();
        if (created.has(key)) {
          created.delete(key);
          j.addedSheets = j.addedSheets.filter((a) => a.name.toLowerCase() !== key);
        } else if (byName.has(key) && !deleted.has(key)) {
          const { s, i } = byName.get(key)!;
          j.deletedSheets.push({ sheet: s, position: i, markerNames: handles.markerNames.filter((n) => n.sheet === s.name).map((n) => n.name), id: handles.sheetIds[s.name] });
        }
        deleted.add(key);
        break;
      }
      case 'setValues':
        if (existing(op.sheet)) j.blocks.push(blockOf(grid(op.sheet), matrixRect(op.address, op.values)));
        break;
      case 'setFormulas':
        if (existing(op.sheet)) j.blocks.push(blockOf(grid(op.sheet), matrixRect(op.address, op.formulas)));
        break;
      case 'setNumberFormat':
      case 'setStyle':
        if (existing(op.sheet)) {
          j.blocks.push(blockOf(grid(op.sheet), rectOf(op.range)));
          if (op.op === 'setStyle' && (op.fontSize !== undefined || op.fontName !== undefined || op.wrap !== undefined || op.horizontalAlignment || op.verticalAlignment || op.border)) {
            unrestorable.add('phông chữ, cỡ chữ, căn lề, xuống dòng, đường viền');
          }
        }
        break;
      case 'mergeCells':
        if (existing(op.sheet)) {
          const rect = rectOf(op.range);
          const g = grid(op.sheet);
          j.merges.push({ sheet: op.sheet, range: op.range, prior: (g.sheet.merges ?? []).filter((m) => m.top <= rect.bottom && rect.top <= m.bottom && m.left <= rect.right && rect.left <= m.right) });
          // Merging clears all but the top-left value.
          j.blocks.push(blockOf(g, rect));
        }
        break;
      case 'removeAddinConditionalFormats':
        if (existing(op.sheet)) {
          const s = grid(op.sheet).sheet;
          const ids = handles.cfIds[s.name] ?? [];
          s.conditionalFormats.forEach((cf, k) => {
            if (isAddinConditionFormula(cf.formula) && ids[k] && !j.removedCfs.some((x) => x.id === ids[k])) j.removedCfs.push({ sheet: s.name, id: ids[k], cf });
          });
        }
        break;
      case 'addConditionalFormat':
        break;
      case 'setNote':
        if (existing(op.sheet)) {
          const n = j.notes.find((x) => x.sheet === op.sheet && x.cell === op.cell);
          if (n) n.text = op.text;
          else j.notes.push({ sheet: op.sheet, cell: op.cell, prior: grid(op.sheet).sheet.notes?.[op.cell] ?? null, text: op.text });
        }
        break;
      default:
        if (existing(op.sheet) && UNRESTORABLE[op.op]) unrestorable.add(UNRESTORABLE[op.op]);
    }
  }
  if (unrestorable.size > 0) {
    j.unrestorable.push(`Hoàn tác của Phụ lục không khôi phục được: ${[...unrestorable].join(', ')} (dùng Ctrl+Z của Excel nếu cần).`);
  }
  return j;
}

/** What exists now, when known (rolling back a failed batch reads it first). */
export interface CurrentState {
  /** Sheets there now, by id and name. */
  sheets: { id: string; name: string }[];
  /** Added sheet (by journal name) → the id of the sheet that is it, when the rollback could tell (its marker name refers to it). */
  addedIds?: Map<string, string>;
  /** Added sheets (by journal name) whose marker name was never made: there is none to delete. */
  markerless?: Set<string>;
  /** Sheet → ids of add-in conditional formats present now. */
  addinCfIds: Map<string, string[]>;
  /** "sheet!A1" of journaled notes that exist now; undefined when unknown (then notes are left as they are). */
  notes?: Set<string>;
}

function excelConstant(v: CellValue): unknown {
  if (v === null) return '';
  if (typeof v === 'string') return textForExcel(v);
  if (isCellError(v)) return v.error;
  return v;
}

function sameStyle(a: PriorStyle, b: PriorStyle): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.fill === b.fill && a.fontColor === b.fontColor;
}

export function blockSteps(b: CellBlock, maxBytes: number): Step[] {
  const steps: Step[] = [];
  // Constants first (formula cells left alone: null), then formulas over them.
  const values = b.values.map((row, i) => row.map((v, k) => (b.formulas[i][k] !== null ? null : excelConstant(v))));
  steps.push(...bandSteps(b.sheet, b.top, b.left, values, maxBytes, (ws, a, rows) => (ws.getRange(a).values = rows)));
  if (b.formulas.some((r) => r.some((f) => f !== null))) {
    steps.push(...bandSteps(b.sheet, b.top, b.left, b.formulas, maxBytes, (ws, a, rows) => (ws.getRange(a).formulas = rows)));
  }
  const nfs = b.numberFormats.map((r) => r.map((f) => f ?? 'General'));
  steps.push(...bandSteps(b.sheet, b.top, b.left, nfs, maxBytes, (ws, a, rows) => (ws.getRange(a).numberFormat = rows)));
  // Styles: one range per run of equal style along each row.
  b.styles.forEach((row, i) => {
    let start = 0;
    for (let k = 1; k <= row.length; k++) {
      if (k < row.length && sameStyle(row[k], row[start])) continue;
      const st = row[start];
      const address = rectA1({ top: b.top + i, left: b.left + start, bottom: b.top + i, right: b.left + k - 1 });
      steps.push({
        bytes: 300,
        queue: (_ctx, ws) => {
          const f = ws(b.sheet).getRange(address).format;
          f.font.bold = st.bold;
          f.font.italic = st.italic;
          f.font.color = st.fontColor ?? '#000000';
          if (st.fill) f.fill.color = st.fill;
          else f.fill.clear();
        },
      });
      start = k;
    }
  });
  return steps;
}

function addCfStep(sheet: string, cf: ExistingConditionalFormat): Step[] {
  if (cf.formula === null) return [];
  return cf.range
    .split(/[ ,]+/)
    .filter(Boolean)
    .map((area) => ({
      bytes: 400,
      queue: (_ctx, ws) => {
        const x = ws(sheet).getRange(area).conditionalFormats.add('Custom');
        x.custom.rule.formula = cf.formula!;
        if (cf.fill) x.custom.format.fill.color = cf.fill;
        if (cf.fontColor) x.custom.format.font.color = cf.fontColor;
        // Back below the user's rules (see ADDIN_CF_PRIORITY); a user rule re-created with a deleted sheet keeps its place the same way.
        x.priority = ADDIN_CF_PRIORITY;
      },
    }));
}

/** Steps that re-create a sheet from its snapshot (values, formulas, formats, styles, merges, conditional formats, marker). */
function recreateSteps(d: UndoJournal['deletedSheets'][number], maxBytes: number): Step[] {
  const s = d.sheet;
  const steps: Step[] = [
    {
      bytes: 300,
      queue: (ctx) => {
        const ws = ctx.workbook.worksheets.add(s.name);
        ws.position = d.position;
        for (const n of d.markerNames) ctx.workbook.names.add(n, ws.getRange('A1'));
        ws.load('id');
        return () => {
          d.recreatedId = ws.id;
        };
      },
    },
  ];
  if (s.values.length > 0) {
    const width = s.values.reduce((m, r) => Math.max(m, r.length), 0);
    const g = gridOf(s);
    steps.push(...blockSteps(blockOf(g, { top: s.origin.row, left: s.origin.col, bottom: s.origin.row + s.values.length - 1, right: s.origin.col + width - 1 }), maxBytes));
  }
  for (const m of s.merges ?? []) steps.push({ bytes: 200, queue: (_ctx, ws) => ws(s.name).getRange(rectA1(m)).merge(false) });
  for (const cf of s.conditionalFormats ?? []) steps.push(...addCfStep(s.name, cf));
  return steps;
}

/** The writes that undo a journal. With `current`, only what is actually there is removed (rollback of a failed batch). */
export function undoSteps(j: UndoJournal, maxBytes: number, current?: CurrentState, notesApi: 'notes' | 'comments' = 'notes'): Step[] {
  const steps: Step[] = [];
  // Sheets undo deletes or re-creates whole: nothing inside them needs restoring piece by piece.
  const gone = new Set([...j.deletedSheets.map((d) => d.sheet.name.toLowerCase()), ...j.addedSheets.map((a) => a.name.toLowerCase())]);
  const has = (sheet: string) => !current || current.sheets.some((s) => s.name.toLowerCase() === sheet.toLowerCase());
  // Added sheets are matched by id, never by name: the user may have renamed ours and made one of theirs with its name.
  const prior = new Set(j.priorSheetIds ?? []);
  for (const a of j.addedSheets) {
    const id = a.id ?? current?.addedIds?.get(a.name);
    if (id === undefined || prior.has(id)) continue;
    if (current && !current.sheets.some((s) => s.id === id)) continue;
    steps.push({
      bytes: 200,
      queue: (ctx) => {
        if (a.markerName && !current?.markerless?.has(a.name)) ctx.workbook.names.getItemOrNullObject(a.markerName).delete();
        // Worksheets.getItem takes a name or an id (Microsoft Learn, Excel.WorksheetCollection.getItem).
        ctx.workbook.worksheets.getItem(id).delete();
      },
    });
  }
  for (const d of j.deletedSheets) if (!current || !has(d.sheet.name)) steps.push(...recreateSteps(d, maxBytes));
  // Conditional formats: drop the ones the plan added, bring back the ones it removed.
  if (current) {
    for (const [sheet, ids] of current.addinCfIds) {
      if (gone.has(sheet.toLowerCase()) || j.addedSheets.some((a) => a.name.toLowerCase() === sheet.toLowerCase())) continue;
      const before = new Set(j.priorCfIds[sheet] ?? []);
      for (const id of ids) if (!before.has(id)) steps.push({ bytes: 150, queue: (_c, ws) => ws(sheet).getRange().conditionalFormats.getItem(id).delete() });
    }
  } else {
    for (const a of j.addedCfs) {
      if (gone.has(a.sheet.toLowerCase())) continue;
      steps.push({ bytes: 150, queue: (_c, ws) => ws(a.sheet).getRange().conditionalFormats.getItem(a.id).delete() });
    }
  }
  for (const r of j.removedCfs) {
    if (gone.has(r.sheet.toLowerCase())) continue;
    if (current && (current.addinCfIds.get(r.sheet) ?? []).includes(r.id)) continue;
    steps.push(...addCfStep(r.sheet, r.cf));
  }
  for (const m of j.merges) {
    if (gone.has(m.sheet.toLowerCase())) continue;
    steps.push({
      bytes: 200 + 60 * m.prior.length,
      queue: (_c, ws) => {
        const sheet = ws(m.sheet);
        sheet.getRange(m.range).unmerge();
        for (const p of m.prior) sheet.getRange(rectA1(p)).merge(false);
      },
    });
  }
  for (const n of j.notes) {
    if (gone.has(n.sheet.toLowerCase())) continue;
    if (current && !current.notes) continue;
    const exists = !current || current.notes!.has(`${n.sheet}!${n.cell}`);
    steps.push({
      bytes: 200 + (n.prior?.length ?? 0) * 3,
      queue: (_c, ws) => {
        const sheet = ws(n.sheet);
        // A Range, not "A1": the comments API wants a sheet-qualified string (Excel.CommentCollection.add, getItemByCell).
        const cell = () => sheet.getRange(n.cell);
        if (exists) {
          if (notesApi === 'notes') sheet.notes.getItem(n.cell).delete();
          else sheet.comments.getItemByCell(cell()).delete();
        }
        if (n.prior !== null) (notesApi === 'notes' ? sheet.notes : sheet.comments).add(cell(), n.prior);
      },
    });
  }
  // Cells last, after merges, so merged areas do not swallow restored values.
  for (const b of j.blocks) if (!gone.has(b.sheet.toLowerCase())) steps.push(...blockSteps(b, maxBytes));
  return steps;
}

/**
 * After undoing `undone`: the sheets it re-created have new ids, and older
 * journals that added those sheets (or saw them before) must know them by
 * the new id, or their own undo would look for a sheet that no longer exists.
 */
export function carryRecreatedIds(undone: UndoJournal, older: UndoJournal[]): void {
  for (const d of undone.deletedSheets) {
    if (!d.id || !d.recreatedId) continue;
    for (const j of older) {
      for (const a of j.addedSheets) if (a.id === d.id) a.id = d.recreatedId;
      if (j.priorSheetIds) j.priorSheetIds = j.priorSheetIds.map((x) => (x === d.id ? d.recreatedId! : x));
    }
  }
}
