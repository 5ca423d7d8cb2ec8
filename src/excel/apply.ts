/**
 * EditPlan → Excel writes. Every operation of the plan goes into one
 * `context.sync()` (several only when the plan would exceed the payload
 * budget). Before anything is queued the plan is checked against the snapshot
 * just read (checkPlan, src/core/plan-check.ts, which the CLI runs too): a
 * protected sheet, a missing sheet, a name clash or a deleteSheet of a sheet
 * without the add-in's marker refuses the whole plan with a Vietnamese
 * message, and nothing is written. If Excel still fails half-way
 * (the batch stops at the failing call, earlier calls stay applied), the
 * journal rolls the workbook back.
 */
import { EditOp, EditPlan, parsePlan } from '../core/plan';
import { isAddinConditionFormula } from '../core/plan';
import { checkPlan } from '../core/plan-check';
import { markerDefinedName, sheetOfReference } from '../core/sheet-marker';
import type { XlContext, XlWorksheet } from './api';
import { apiFailure, editMode, fromRefusal, isEditModeError } from './errors';
import { ALL_FEATURES, Features } from './features';
import { buildJournal, CurrentState, UndoJournal, undoSteps } from './journal';
import { DEFAULT_BUDGET, isPayloadError } from './payload';
import { readAddinCfIds, type ExcelRead } from './read';
import { ADDIN_CF_PRIORITY, bandSteps, charsToPoints, colRange, matrixRect, rectA1, rectOf, runSteps, Step, StepsFailed, textForExcel } from './write-steps';

/** Runs a batch in an Excel.run of its own, outside any merged undo group. */
export type UngroupedRunner = <T>(batch: (context: XlContext) => Promise<T>) => Promise<T>;

export interface ApplyOptions {
  features?: Features;
  budgetBytes?: number;
  /**
   * Set when `context` is inside `Excel.run({ mergeUndoGroup: true })`: a
   * rollback that deletes or re-creates sheets runs through it, since
   * Worksheet.delete and Worksheet.position throw UndoNotSupported inside an
   * undo group ("Undo support for Excel add-ins", Unsupported APIs).
   */
  ungrouped?: UngroupedRunner;
}

/**
 * Whether a plan may be written inside a merged undo group: Worksheet.delete
 * does not support undo on any platform ("Undo support for Excel add-ins",
 * Unsupported APIs), so a plan that deletes a sheet is written ungrouped.
 */
export function planCanGroup(plan: EditPlan): boolean {
  return !plan.ops.some((op) => op.op === 'deleteSheet');
}

/** Whether undoing a journal may run in a merged undo group: not when it deletes (Worksheet.delete) or re-creates (Worksheet.position) a sheet. */
export function undoCanGroup(journal: UndoJournal): boolean {
  return journal.addedSheets.length === 0 && journal.deletedSheets.length === 0;
}

export interface ApplyResult {
  journal: UndoJournal;
  syncs: number;
  /** Vietnamese notes: operations the host could not do (e.g. notes before ExcelApi 1.10). */
  warnings: string[];
}

/** Picks `PHULUC_<MARKER>_<n>` names that clash with nothing in the workbook or the plan. */
function markerNamer(read: ExcelRead): (marker: string) => string {
  const taken = new Set(read.handles.markerNames.map((n) => n.name.toUpperCase()));
  return (marker) => {
    for (let n = 1; ; n++) {
      const name = markerDefinedName(marker, n);
      if (!taken.has(name.toUpperCase())) {
        taken.add(name.toUpperCase());
        return name;
      }
    }
  };
}

/** Comments (ExcelApi 1.10-1.17) cannot be looked up by cell without failing when there is none: the one before ours is not known. */
const COMMENT_PRIOR = 'Hoàn tác của Phụ lục không khôi phục được ghi chú có sẵn ở ô mà Phụ lục đã ghi chú trên phiên bản Excel này';

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;
const CHART_TYPE = { columnStacked: 'ColumnStacked', columnClustered: 'ColumnClustered', barStacked: 'BarStacked' } as const;
const BORDERS = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

function opSteps(op: EditOp, read: ExcelRead, journal: UndoJournal, features: Features, maxBytes: number, markerNames: Map<string, string>, warnings: string[]): Step[] {
  const one = (bytes: number, f: (ctx: XlContext, ws: (n: string) => XlWorksheet) => void | (() => void)): Step[] => [{ bytes, queue: f }];
  switch (op.op) {
    case 'setValues': {
      const r = matrixRect(op.address, op.values);
      const width = r.right - r.left + 1;
      // Office.js: null would leave a cell unchanged, "" clears it; strings keep their text.
      const rows = op.values.map((row) => Array.from({ length: width }, (_, k) => {
        const v = row[k];
        return v === null || v === undefined ? '' : typeof v === 'string' ? textForExcel(v) : v;
      }));
      return bandSteps(op.sheet, r.top, r.left, rows, maxBytes, (ws, a, m) => (ws.getRange(a).values = m));
    }
    case 'setFormulas': {
      const r = matrixRect(op.address, op.formulas);
      const width = r.right - r.left + 1;
      const rows = op.formulas.map((row) => Array.from({ length: width }, (_, k) => row[k] ?? null));
      return bandSteps(op.sheet, r.top, r.left, rows, maxBytes, (ws, a, m) => (ws.getRange(a).formulas = m));
    }
    case 'setNumberFormat': {
      const r = rectOf(op.range);
      const rows = Array.from({ length: r.bottom - r.top + 1 }, () => new Array(r.right - r.left + 1).fill(op.format));
      return bandSteps(op.sheet, r.top, r.left, rows, maxBytes, (ws, a, m) => (ws.getRange(a).numberFormat = m));
    }
    case 'setStyle':
      return one(400, (_c, ws) => {
        const f = ws(op.sheet).getRange(op.range).format;
        if (op.bold !== undefined) f.font.bold = op.bold;
        if (op.italic !== undefined) f.font.italic = op.italic;
        if (op.fontColor !== undefined) f.font.color = op.fontColor;
        if (op.fontSize !== undefined) f.font.size = op.fontSize;
        if (op.fontName !== undefined) f.font.name = op.fontName;
        if (op.fill === null) f.fill.clear();
        else if (op.fill !== undefined) f.fill.color = op.fill;
        if (op.wrap !== undefined) f.wrapText = op.wrap;
        if (op.horizontalAlignment) f.horizontalAlignment = H_ALIGN[op.horizontalAlignment];
        if (op.verticalAlignment) f.verticalAlignment = V_ALIGN[op.verticalAlignment];
        if (op.border) for (const b of BORDERS) f.borders.getItem(b).style = 'Continuous';
      });
    case 'mergeCells':
      return one(150, (_c, ws) => ws(op.sheet).getRange(op.range).merge(false));
    case 'addConditionalFormat':
      return one(300 + op.formula.length, (_c, ws) => {
        const cf = ws(op.sheet).getRange(op.range).conditionalFormats.add('Custom');
        cf.custom.rule.formula = op.formula;
        cf.custom.format.fill.color = op.fill;
        if (op.fontColor) cf.custom.format.font.color = op.fontColor;
        cf.load('id');
        cf.priority = ADDIN_CF_PRIORITY;
        return () => journal.addedCfs.push({ sheet: op.sheet, id: cf.id, range: op.range });
      });
    case 'removeAddinConditionalFormats': {
      const snap = read.snapshot.sheets.find((s) => s.name.toLowerCase() === op.sheet.toLowerCase());
      if (!snap) return [];
      const ids = read.handles.cfIds[snap.name] ?? [];
      // Rules Excel refused to read are not in `ids`, so they are never deleted; one may be an old highlight.
      const unseen = read.handles.cfUnreadable?.[snap.name] ?? 0;
      if (unseen > 0) {
        warnings.push(
          `Trang tính "${snap.name}" có ${unseen} quy tắc định dạng có điều kiện mà Excel không cho đọc nên Phụ lục không xóa; nếu trong đó có quy tắc tô màu cũ của Phụ lục thì ô có thể bị tô hai lần. Hãy kiểm tra và xóa quy tắc trùng trong Trang đầu → Định dạng có Điều kiện → Quản lý Quy tắc.`,
        );
      }
      const ours = snap.conditionalFormats.map((cf, k) => (isAddinConditionFormula(cf.formula) ? ids[k] : undefined)).filter((x): x is string => !!x);
      return ours.map((id) => ({ bytes: 150, queue: (_c, ws) => ws(op.sheet).getRange().conditionalFormats.getItem(id).delete() }));
    }
    case 'addSheet':
      return one(300, (ctx) => {
        const ws = ctx.workbook.worksheets.add(op.name);
        ctx.workbook.names.add(markerNames.get(op.name)!, ws.getRange('A1'));
        if (op.activate) ws.activate();
        ws.load('id');
        return () => {
          const added = journal.addedSheets.find((a) => a.name === op.name);
          if (added) added.id = ws.id;
        };
      });
    case 'deleteSheet': {
      const names = read.handles.markerNames.filter((n) => n.sheet !== null && n.sheet.toLowerCase() === op.sheet.toLowerCase()).map((n) => n.name);
      return one(200, (ctx) => {
        for (const n of names) ctx.workbook.names.getItemOrNullObject(n).delete();
        ctx.workbook.worksheets.getItem(op.sheet).delete();
      });
    }
    case 'createTable':
      return one(300, (_c, ws) => {
        const sheet = ws(op.sheet);
        const t = sheet.tables.add(sheet.getRange(op.range), true);
        t.name = op.name;
        t.style = op.style;
      });
    case 'freezePanes':
      return one(150, (_c, ws) => {
        const fp = ws(op.sheet).freezePanes;
        if (op.rows > 0 && op.cols > 0) fp.freezeAt(ws(op.sheet).getRange(rectA1({ top: 1, left: 1, bottom: op.rows, right: op.cols })));
        else if (op.rows > 0) fp.freezeRows(op.rows);
        else if (op.cols > 0) fp.freezeColumns(op.cols);
        else fp.unfreeze();
      });
    case 'setColumnWidths':
      return one(100 + 60 * op.widths.length, (_c, ws) => {
        for (const w of op.widths) ws(op.sheet).getRange(colRange(w.col)).format.columnWidth = charsToPoints(w.width);
      });
    case 'setNote':
      if (!features.notes && !features.comments) {
        warnings.push(`Phiên bản Excel này chưa hỗ trợ ghi chú ô (ExcelApi 1.10); bỏ qua ghi chú tại ${op.sheet}!${op.cell}.`);
        return [];
      }
      if (!features.notes && journal.notes.some((n) => n.sheet === op.sheet && n.cell === op.cell) && !journal.unrestorable.some((l) => l.startsWith(COMMENT_PRIOR))) {
        journal.unrestorable.push(`${COMMENT_PRIOR} (cần ExcelApi 1.18); nếu ô đã có ghi chú riêng, hãy kiểm tra lại sau khi hoàn tác.`);
      }
      return one(200 + op.text.length * 3, (_c, ws) => {
        const sheet = ws(op.sheet);
        if (!features.notes) return void sheet.comments.add(sheet.getRange(op.cell), op.text);
        // Read the note that is there first: queued before the add, it runs before it in the same sync (no extra round trip).
        const entry = journal.notes.find((n) => n.sheet === op.sheet && n.cell === op.cell && !n.priorRead);
        const prior = entry ? sheet.notes.getItemOrNullObject(op.cell).load('content') : null;
        if (entry) entry.priorRead = true;
        sheet.notes.add(sheet.getRange(op.cell), op.text);
        if (entry && prior) {
          return () => {
            entry.prior = prior.isNullObject ? null : prior.content;
          };
        }
      });
    case 'setPageLayout':
      return one(400, (_c, ws) => {
        const pl = ws(op.sheet).pageLayout;
        pl.orientation = op.orientation === 'landscape' ? 'Landscape' : 'Portrait';
        pl.paperSize = op.paperSize;
        if (op.fitToWidth) pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        if (op.printTitleRows) pl.setPrintTitleRows(`$${op.printTitleRows.replace(':', ':$')}`);
        if (op.footer !== undefined) pl.headersFooters.defaultForAllPages.centerFooter = op.footer;
        if (op.printTitleColumns) pl.setPrintTitleColumns(`$${op.printTitleColumns.replace(':', ':$')}`);
        if (op.printArea) pl.setPrintArea(op.printArea);
        if (op.margins) {
          pl.topMargin = op.margins.top;
          pl.bottomMargin = op.margins.bottom;
          pl.leftMargin = op.margins.left;
          pl.rightMargin = op.margins.right;
          pl.headerMargin = op.margins.header;
          pl.footerMargin = op.margins.footer;
        }
        if (op.centerHorizontally !== undefined) pl.centerHorizontally = op.centerHorizontally;
      });
    case 'setRowHeights':
      return one(100 + op.heights.length * 40, (_c, ws) => {
        const sheet = ws(op.sheet);
        // Runs of consecutive rows with one height are one range: fewer calls in the batch.
        for (const run of rowHeightRuns(op.heights)) sheet.getRange(`${run.from}:${run.to}`).format.rowHeight = run.height;
      });
    case 'addChart':
      return one(300, (_c, ws) => {
        const sheet = ws(op.sheet);
        const chart = sheet.charts.add(CHART_TYPE[op.type], sheet.getRange(op.dataRange), 'Auto');
        chart.title.text = op.title;
        chart.setPosition(sheet.getRange(op.anchor));
      });
  }
}

/** Check, journal and write a plan. Throws ExcelActionError; the workbook is then as it was. */
export async function applyPlan(context: XlContext, planInput: EditPlan, read: ExcelRead, options: ApplyOptions = {}): Promise<ApplyResult> {
  const plan = parsePlan(planInput);
  const features = options.features ?? ALL_FEATURES;
  const budget = options.budgetBytes ?? DEFAULT_BUDGET;
  const refusal = checkPlan(plan, read.snapshot);
  if (refusal) throw fromRefusal(refusal);
  const namer = markerNamer(read);
  const markerNames = new Map<string, string>();
  for (const op of plan.ops) if (op.op === 'addSheet') markerNames.set(op.name, namer(op.marker));
  const journal = buildJournal(plan, read.snapshot, read.handles, (sheet) => markerNames.get(sheet));
  const warnings: string[] = [];
  const steps = plan.ops.flatMap((op) => opSteps(op, read, journal, features, Math.floor(budget / 2), markerNames, warnings));
  try {
    const r = await runSteps(context, steps, budget);
    return { journal, syncs: r.syncs, warnings };
  } catch (e) {
    const failed = e as StepsFailed;
    const cause = failed.cause ?? e;
    // Rejected before anything ran: the workbook is untouched.
    if (failed.completed === 0 && (isEditModeError(cause) || (isPayloadError(cause) && /Request/.test(String((cause as { code?: string }).code))))) {
      throw isEditModeError(cause) ? editMode(cause) : apiFailure(cause, true);
    }
    const undo = options.ungrouped && !undoCanGroup(journal) ? options.ungrouped((ctx) => rollback(ctx, journal, budget, features)) : rollback(context, journal, budget, features);
    const restored = await undo.then(
      () => true,
      () => false,
    );
    throw apiFailure(cause, restored);
  }
}

/** After a failed batch: look at what is there now (one read), then undo exactly that (one write). */
export async function rollback(context: XlContext, journal: UndoJournal, budget: number = DEFAULT_BUDGET, features: Features = ALL_FEATURES): Promise<void> {
  const list = context.workbook.worksheets.load('items/name,items/id');
  // An added sheet whose id the failed sync never returned is found by its marker name, which only our step gives it.
  const unknown = journal.addedSheets.filter((a) => !a.id && a.markerName).map((a) => ({ a, n: context.workbook.names.getItemOrNullObject(a.markerName).load('formula') }));
  const touched = new Set([...journal.blocks.map((b) => b.sheet), ...journal.removedCfs.map((r) => r.sheet), ...Object.keys(journal.priorCfIds)]);
  await context.sync();
  const sheetsNow = list.items.map((s) => ({ id: s.id, name: s.name }));
  const present = new Set(sheetsNow.map((s) => s.name));
  const prior = new Set(journal.priorSheetIds ?? []);
  const addedIds = new Map<string, string>();
  for (const { a, n } of unknown) {
    if (n.isNullObject) continue;
    const on = sheetOfReference(n.formula.replace(/^=/, ''));
    const sheet = sheetsNow.find((s) => on !== null && s.name.toLowerCase() === on.toLowerCase() && !prior.has(s.id));
    if (sheet) addedIds.set(a.name, sheet.id);
  }
  // The batch may have stopped between Worksheets.add and the marker's names.add: a new sheet (not there before)
  // with the name, no marker and nothing in it is that one. One the user made meanwhile and typed into is kept.
  const bare = unknown
    .filter(({ n }) => n.isNullObject)
    .map(({ a }) => ({ a, s: sheetsNow.find((s) => s.name.toLowerCase() === a.name.toLowerCase() && !prior.has(s.id)) }))
    .filter((x): x is { a: (typeof unknown)[number]['a']; s: { id: string; name: string } } => !!x.s)
    .map((x) => ({ ...x, used: context.workbook.worksheets.getItem(x.s.id).getUsedRange(true).load('values') }));
  const cfs = [...touched]
    .filter((s) => present.has(s))
    .map((s) => ({ s, coll: context.workbook.worksheets.getItem(s).getRange().conditionalFormats.load('items/id,items/type,items/customOrNullObject/rule/formula') }));
  // Which journaled notes exist now (only answerable with ExcelApi 1.18 notes).
  const queueNotes = () =>
    features.notes
      ? journal.notes.filter((n) => present.has(n.sheet)).map((n) => ({ n, item: context.workbook.worksheets.getItem(n.sheet).notes.getItemOrNullObject(n.cell).load('content') }))
      : null;
  let notes = queueNotes();
  let addinIds: Map<string, string[]> | null = null;
  try {
    await context.sync();
  } catch (e) {
    // A rule Excel refuses to read (office-js #5222, #6827, #6835) fails the collection load: read rule by rule, skipping it.
    if (isEditModeError(e) || cfs.length === 0) throw e;
    notes = queueNotes();
    addinIds = await readAddinCfIds(context, cfs.map((c) => c.s), budget);
  }
  const markerless = new Set<string>();
  for (const { a, s, used } of addinIds ? [] : bare) {
    if (used.values.length === 1 && used.values[0].length === 1 && used.values[0][0] === '') {
      addedIds.set(a.name, s.id);
      markerless.add(a.name);
    }
  }
  const current: CurrentState = { sheets: sheetsNow, addedIds, markerless, addinCfIds: new Map() };
  // A note is ours to remove only if it holds our text: otherwise our write never ran and the note is the user's.
  if (notes) current.notes = new Set(notes.filter((x) => !x.item.isNullObject && (x.n.text === undefined || x.item.content === x.n.text)).map((x) => `${x.n.sheet}!${x.n.cell}`));
  for (const { s, coll } of cfs) {
    current.addinCfIds.set(
      s,
      addinIds?.get(s) ?? coll.items.filter((cf) => cf.type === 'Custom' && !cf.customOrNullObject.isNullObject && isAddinConditionFormula(cf.customOrNullObject.rule.formula)).map((cf) => cf.id),
    );
  }
  await runSteps(context, undoSteps(journal, Math.floor(budget / 2), current, features.notes ? 'notes' : 'comments'), budget);
}

/** Undo an applied plan from its journal: one write (more only for huge journals). */
export async function undoJournal(context: XlContext, journal: UndoJournal, options: { budgetBytes?: number; features?: Features } = {}): Promise<number> {
  const budget = options.budgetBytes ?? DEFAULT_BUDGET;
  const notesApi = (options.features ?? ALL_FEATURES).notes ? 'notes' : 'comments';
  const r = await runSteps(context, undoSteps(journal, Math.floor(budget / 2), undefined, notesApi), budget);
  return r.syncs;
}

/** Consecutive rows of equal height as runs: {5: 30, 6: 30, 8: 15} → 5:6 at 30, 8:8 at 15. */
function rowHeightRuns(heights: Array<{ row: number; height: number }>): Array<{ from: number; to: number; height: number }> {
  const runs: Array<{ from: number; to: number; height: number }> = [];
  for (const h of [...heights].sort((a, b) => a.row - b.row)) {
    const last = runs[runs.length - 1];
    if (last && last.to + 1 === h.row && last.height === h.height) last.to = h.row;
    else runs.push({ from: h.row, to: h.row, height: h.height });
  }
  return runs;
}
