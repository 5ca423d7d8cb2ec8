/**
 * Workbook → WorkbookSnapshot through the Excel API, in as few round trips as
 * the API allows:
 *  - warm (the sheet list and used ranges are known from the previous read):
 *    ONE sync reads every sheet, and verifies in the same batch that nothing
 *    structural changed; when something did, only the changed sheets are read
 *    again;
 *  - cold (first read): one sync for the sheet list, names and settings, then
 *    one for all sheets' data and rule counts, and one more when there are
 *    conditional formats (Excel only reaches a rule, and its range, by index,
 *    so their number must be known first).
 * A sheet whose data would not fit Excel on the web's 5 MB payload is read in
 * row chunks, one sync per chunk, transparently.
 */
import type { RangeRef } from '../core/a1';
import { parseRange, rangeToA1, splitAreas } from '../core/a1';
import { isAddinConditionFormula } from '../core/plan';
import { appendStyle, type CellStyle, type CellValue, type ExistingConditionalFormat, type Merge, type SheetSnapshot, type WorkbookSnapshot } from '../core/snapshot';
import { markerFromDefinedName, sheetOfReference } from '../core/sheet-marker';
import type { XlCellProperties, XlClientResult, XlColumnProperties, XlConditionalFormat, XlContext, XlRange, XlRangeAreas, XlRowProperties, XlWorksheet } from './api';
import { isEditModeError } from './errors';
import { ALL_FEATURES, Features } from './features';
import { DEFAULT_BUDGET, isPayloadError, jsonBytes, READ_BYTES_PER_CELL, READ_BYTES_PER_ROW } from './payload';
import { parseStoredSettings, queueSettingsRead } from './settings';

export interface CachedSheet {
  id: string;
  name: string;
  /** Used range (values only) at the last read, or null for an empty sheet. */
  rect: RangeRef | null;
  /** Response bytes one row of this sheet took at the last read (sizes the chunks). */
  bytesPerRow?: number;
  /** Conditional formats on the sheet at the last read. */
  cfCount: number;
  /** A sheet the add-in just made (size unknown but small): read its whole used range in the first sync. */
  fresh?: boolean;
  /** Rules Excel refused to read at the last read (their indices), and the rule count they were counted in. */
  cfUnreadable?: { count: number; at: number[] };
  /** Row bands (top, bottom) its merged areas were read in, when the whole sheet had more than 512. */
  mergeBands?: [number, number][];
}

/** What a read learns that lets the next read go in one round trip. */
export interface ReadCache {
  sheets: CachedSheet[];
}

/** Ids the apply step needs to address objects Excel names only by id. */
export interface ReadHandles {
  sheetIds: Record<string, string>;
  /** Sheet name → conditional-format ids, in the order of that sheet's `conditionalFormats` in the snapshot. */
  cfIds: Record<string, string[]>;
  /** The workbook's defined names of add-in sheets (PHULUC_...), with the sheet each refers to. */
  markerNames: { name: string; sheet: string | null }[];
  /**
   * Sheet name → how many of its conditional formats Excel refused to read
   * (duplicated or overlapping user rules, office-js #5222 #6827 #6835). They
   * are in neither `conditionalFormats` nor `cfIds`: nothing may delete them
   * blindly, and one of them may be an old add-in highlight.
   */
  cfUnreadable?: Record<string, number>;
}

export interface ExcelRead {
  snapshot: WorkbookSnapshot;
  handles: ReadHandles;
  cache: ReadCache;
  /** Vietnamese warnings (settings that were ignored). */
  warnings: string[];
  /** Round trips this read took. */
  syncs: number;
}

export interface ReadOptions {
  cache?: ReadCache;
  features?: Features;
  /** Bytes per sync (default 4 MB, under Excel on the web's 5 MB). */
  budgetBytes?: number;
  /** Workbook title for messages. */
  name?: string;
}

const CELL_PROPS = { format: { font: { bold: true, italic: true, color: true }, fill: { color: true } } } as const;
const CF_LOAD = 'id,type,customOrNullObject/rule/formula,customOrNullObject/format/fill/color,customOrNullObject/format/font/color';
/** Estimated response bytes of one conditional format read with its ranges (formulas run up to 255 characters). */
const CF_BYTES = 600;

/** "Sheet1!B2:D9" or "'Phụ lục 1'!B2" → rectangle. */
export function rectOfAddress(address: string): RangeRef {
  return parseRange(address.slice(address.lastIndexOf('!') + 1));
}

/** RangeAreas.address ("'PL 1, 2026'!A1:B2, 'PL 1, 2026'!C3") → "A1:B2 C3". */
function stripSheet(areas: string): string {
  return splitAreas(areas)
    .map((a) => a.area.replace(/\$/g, ''))
    .join(' ');
}

/** One queued read of a block of rows (or of the whole used range when its size is unknown). */
interface Chunk {
  sheetId: string;
  rect: RangeRef | null;
  estimate: number;
}

interface ChunkResult {
  rect: RangeRef;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
  props: XlCellProperties[][];
  rows: XlRowProperties[];
  /** Size of what came back, as it crossed the wire (measured, to size the next chunks). */
  bytes?: number;
}

interface SheetExtras {
  used: XlRange;
  cols: XlClientResult<XlColumnProperties[]>;
  /** One RangeAreas for the whole sheet, one per row band, or null when not read here (no API, or read later in bands). */
  merges: XlRangeAreas[] | null;
  cfCount: XlClientResult<number>;
}

/**
 * How a sheet's merged areas are read. Range.getMergedAreasOrNullObject fails
 * when the range holds more than 512 merged areas (Microsoft Learn,
 * Excel.Range.getMergedAreasOrNullObject), and a failed call fails its whole
 * sync: 'whole' (one call, the common case), 'later' (the whole-sheet call
 * failed: read in row bands after the data), or the row bands that worked.
 */
type MergePlan = 'whole' | 'later' | [number, number][];

const MAX_ROWS = 1048576;
/** Rows per band on the first try after a whole-sheet read failed; bands that still fail are halved. */
const MERGE_BAND_ROWS = 256;
const MERGE_ROUNDS = 6;

function queueMerges(ws: XlWorksheet, plan: MergePlan): XlRangeAreas[] | null {
  if (plan === 'later') return null;
  if (plan === 'whole') return [ws.getRange().getMergedAreasOrNullObject().load('address')];
  return plan.map(([t, b]) => ws.getRange(`${t}:${b}`).getMergedAreasOrNullObject().load('address'));
}

function firstBands(rect: RangeRef | null): [number, number][] {
  const last = rect ? rect.bottom : 0;
  const out: [number, number][] = [];
  for (let t = 1; t <= last; t += MERGE_BAND_ROWS) out.push([t, Math.min(last, t + MERGE_BAND_ROWS - 1)]);
  out.push([last + 1, MAX_ROWS]);
  return out;
}

/** One conditional format as read: its rule, colours and areas. */
interface CfRead {
  /** Position in the sheet's collection (getItemAt). */
  index: number;
  id: string;
  formula: string | null;
  fill?: string;
  fontColor?: string;
  areas: string;
}

/** Conditional formats `from`..`to` of a sheet, by index (the collection cannot be paged otherwise). */
interface CfUnit {
  sheetId: string;
  from: number;
  to: number;
  estimate: number;
  /** Read in a sync of its own: set after a failed sync, to find the rule Excel refuses to read. */
  alone?: boolean;
}

/** Pages over rules 0..count-1, around the indices in `skip` (rules Excel refused to read last time). */
function planCfUnits(sheetId: string, count: number, budget: number, skip: number[] = []): CfUnit[] {
  const per = Math.max(1, Math.floor(budget / CF_BYTES));
  const out: CfUnit[] = [];
  const bad = new Set(skip);
  for (let start = 0; start < count; ) {
    if (bad.has(start)) {
      start++;
      continue;
    }
    let end = start;
    while (end + 1 < count && !bad.has(end + 1) && end + 1 - start < per) end++;
    out.push({ sheetId, from: start, to: end, estimate: (end - start + 1) * CF_BYTES });
    start = end + 1;
  }
  return out;
}

/** Queue the reads of a page of conditional formats, ranges included: getItemAt reaches an item in the same batch. */
function queueCfUnit(ws: XlWorksheet, u: CfUnit): () => CfRead[] {
  const coll = ws.getRange().conditionalFormats;
  const items: { cf: XlConditionalFormat; areas: XlRangeAreas }[] = [];
  for (let i = u.from; i <= u.to; i++) {
    const cf = coll.getItemAt(i).load(CF_LOAD);
    items.push({ cf, areas: cf.getRanges().load('address') });
  }
  return () =>
    items.map(({ cf, areas }, k) => {
      const custom = cf.type === 'Custom' && !cf.customOrNullObject.isNullObject ? cf.customOrNullObject : null;
      const r: CfRead = { index: u.from + k, id: cf.id, formula: custom ? custom.rule.formula : null, areas: stripSheet(areas.address) };
      if (custom?.format.fill.color) r.fill = custom.format.fill.color.toUpperCase();
      if (custom?.format.font.color) r.fontColor = custom.format.font.color.toUpperCase();
      return r;
    });
}

function queueChunk(ws: XlWorksheet, chunk: Chunk): () => ChunkResult {
  const range = chunk.rect ? ws.getRange(rangeToA1(chunk.rect)) : ws.getUsedRange(true);
  range.load('address,values,formulas,numberFormat,valueTypes');
  const props = range.getCellProperties(CELL_PROPS);
  const rows = range.getRowProperties({ rowHidden: true, rowIndex: true });
  // The returned reader runs only after the caller's context.sync(): everything above is loaded by then.
  return () => {
    const r: ChunkResult = {
      rect: rectOfAddress(range.address),
      values: range.values,
      formulas: range.formulas,
      numberFormat: range.numberFormat,
      valueTypes: range.valueTypes,
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      props: props.value,
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      rows: rows.value,
    };
    r.bytes = jsonBytes([r.values, r.formulas, r.numberFormat, r.valueTypes, r.props, r.rows]);
    return r;
  };
}

function queueExtras(ws: XlWorksheet, rect: RangeRef | null, features: Features, mergePlan: MergePlan): SheetExtras {
  const used = ws.getUsedRange(true).load('address');
  // Column properties over the used columns only: a whole-sheet call would list 16,384 columns.
  const cols = (rect ? ws.getRange(rangeToA1(rect)) : ws.getUsedRange(true)).getColumnProperties({ columnHidden: true, columnIndex: true });
  const whole = ws.getRange();
  const merges = features.mergedAreas ? queueMerges(ws, mergePlan) : null;
  const cfCount = whole.conditionalFormats.getCount();
  return { used, cols, merges, cfCount };
}

/** Split a used range into row blocks that each fit the budget. */
function planChunks(sheetId: string, rect: RangeRef | null, budget: number, bytesPerRow?: number): Chunk[] {
  if (!rect) return [{ sheetId, rect: null, estimate: 1000 }];
  const width = rect.right - rect.left + 1;
  // A measured size (with 10% headroom) beats the generic per-cell guess.
  const perRow = bytesPerRow ? Math.ceil(bytesPerRow * 1.1) : width * READ_BYTES_PER_CELL + READ_BYTES_PER_ROW;
  const rowsPer = Math.max(1, Math.floor(budget / perRow));
  const out: Chunk[] = [];
  for (let top = rect.top; top <= rect.bottom; top += rowsPer) {
    const bottom = Math.min(rect.bottom, top + rowsPer - 1);
    out.push({ sheetId, rect: { ...rect, top, bottom }, estimate: (bottom - top + 1) * perRow });
  }
  return out;
}

function sameRect(a: RangeRef | null, b: RangeRef | null): boolean {
  return a === b || (!!a && !!b && a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right);
}

export async function readSnapshot(context: XlContext, options: ReadOptions = {}): Promise<ExcelRead> {
  const features = options.features ?? ALL_FEATURES;
  const budget = options.budgetBytes ?? DEFAULT_BUDGET;
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };
  const wb = context.workbook;

  // ---- batch 1: sheet list, names, settings (+ everything, when warm) ----
  const sheetList = wb.worksheets.load('items/id,items/name,items/protection/protected');
  const names = wb.names.load('items/name,items/formula');
  const settings = queueSettingsRead(context);
  const results = new Map<string, ChunkResult[]>();
  const extras = new Map<string, SheetExtras>();
  const pending: { sheetId: string; collect: () => ChunkResult }[] = [];
  const cache = options.cache;
  // Chunks that do not fit the first sync; their sheet's size is verified there and they are read after.
  const deferred = new Map<string, Chunk[]>();
  const cfReads = new Map<string, CfRead[]>();
  const cfPending: { sheetId: string; collect: () => CfRead[] }[] = [];
  const cfDeferred: CfUnit[] = [];
  // Sheet id → indices of rules Excel refused to read; sheets whose rule pages went into the first sync.
  const cfBad = new Map<string, number[]>();
  const cfPrePlanned = new Set<string>();
  const mergePlans = new Map<string, MergePlan>((cache?.sheets ?? []).filter((c) => c.mergeBands).map((c) => [c.id, c.mergeBands!]));
  const planOf = (id: string): MergePlan => mergePlans.get(id) ?? 'whole';
  const extrasOf = (id: string, rect: RangeRef | null) => queueExtras(wb.worksheets.getItem(id), rect, features, planOf(id));
  /** After a failed sync: read the merges of these sheets in bands later, if any was read whole. True when that may help. */
  const deferMerges = (ids: Iterable<string>): boolean => {
    if (!features.mergedAreas) return false;
    let changed = false;
    for (const id of ids) {
      if (planOf(id) !== 'whole') continue;
      mergePlans.set(id, 'later');
      changed = true;
    }
    return changed;
  };
  const warnings: string[] = [];
  if (cache) {
    let total = 0;
    for (const c of cache.sheets) {
      const ws = wb.worksheets.getItem(c.id);
      extras.set(c.id, queueExtras(ws, c.rect, features, planOf(c.id)));
      // Pages of the rules counted last time; the count read in the same batch says whether that still holds.
      // Rules Excel refused to read are skipped, unless the rules changed since (then all are read after the count).
      const skip = c.cfUnreadable;
      if (!skip || skip.count === c.cfCount) {
        cfPrePlanned.add(c.id);
        if (skip) cfBad.set(c.id, skip.at);
        for (const u of planCfUnits(c.id, c.cfCount, budget, skip?.at)) {
          if (total + u.estimate > budget && total > 0) cfDeferred.push(u);
          else {
            total += u.estimate;
            cfPending.push({ sheetId: c.id, collect: queueCfUnit(ws, u) });
          }
        }
      }
      if (c.fresh) {
        pending.push({ sheetId: c.id, collect: queueChunk(ws, { sheetId: c.id, rect: null, estimate: 0 }) });
        continue;
      }
      for (const chunk of planChunks(c.id, c.rect, budget, c.bytesPerRow)) {
        if (total + chunk.estimate > budget && total > 0) {
          deferred.set(c.id, [...(deferred.get(c.id) ?? []), chunk]);
          continue;
        }
        total += chunk.estimate;
        pending.push({ sheetId: c.id, collect: queueChunk(ws, chunk) });
      }
    }
  }
  try {
    await sync();
  } catch (e) {
    if (!cache) throw e;
    // A cached sheet vanished or changed shape so much the batch failed: read cold.
    const cold = await readSnapshot(context, { ...options, cache: undefined });
    return { ...cold, syncs: cold.syncs + syncs };
  }
  for (const p of pending) {
    const list = results.get(p.sheetId) ?? [];
    list.push(p.collect());
    results.set(p.sheetId, list);
  }
  for (const p of cfPending) cfReads.set(p.sheetId, [...(cfReads.get(p.sheetId) ?? []), ...p.collect()]);

  const sheets = sheetList.items.map((s) => ({ id: s.id, name: s.name, protected: s.protection.protected }));
  const cached = new Map((cache?.sheets ?? []).map((c) => [c.id, c]));

  // Sheets whose warm read is still valid keep it; the rest are read now.
  const stale: { id: string; rect: RangeRef | null | undefined }[] = [];
  const remaining: Chunk[] = [];
  for (const s of sheets) {
    const c = cached.get(s.id);
    const ex = extras.get(s.id);
    if (c && ex && c.fresh) continue;
    if (c && ex) {
      const fresh = emptyOrRect(ex.used.address, results.get(s.id));
      if (sameRect(fresh, c.rect)) {
        remaining.push(...(deferred.get(s.id) ?? []));
        continue;
      }
      results.delete(s.id);
      extras.delete(s.id);
      stale.push({ id: s.id, rect: fresh ?? undefined });
    } else stale.push({ id: s.id, rect: undefined });
  }

  if (stale.length > 0) {
    // Unknown sizes: try everything in one sync; if it is too big, learn the sizes and go chunk by chunk.
    const unknown = stale.filter((s) => s.rect === undefined);
    if (unknown.length > 0) {
      let tries: { sheetId: string; collect: () => ChunkResult }[] = [];
      const ex = new Map<string, SheetExtras>();
      const queueTries = () => {
        tries = [];
        for (const s of unknown) {
          const ws = wb.worksheets.getItem(s.id);
          ex.set(s.id, extrasOf(s.id, null));
          tries.push({ sheetId: s.id, collect: queueChunk(ws, { sheetId: s.id, rect: null, estimate: 0 }) });
        }
      };
      queueTries();
      try {
        try {
          await sync();
        } catch (e) {
          // A sheet with more than 512 merged areas fails the whole batch: again, with merges left for later.
          if (isPayloadError(e) || !deferMerges(unknown.map((s) => s.id))) throw e;
          queueTries();
          await sync();
        }
        for (const t of tries) results.set(t.sheetId, [t.collect()]);
        for (const [id, e] of ex) extras.set(id, e);
        for (const s of unknown) s.rect = null; // done
      } catch (e) {
        if (!isPayloadError(e)) throw e;
        // Learn the sizes (addresses only), then read in chunks.
        const dims = unknown.map((x) => ({ x, used: wb.worksheets.getItem(x.id).getUsedRange(true).load('address') }));
        await sync();
        for (const d of dims) d.x.rect = rectOfAddress(d.used.address);
      }
    }
    const toChunk = stale.filter((s) => s.rect !== null && s.rect !== undefined && !results.has(s.id)) as { id: string; rect: RangeRef }[];
    remaining.push(...toChunk.flatMap((s) => planChunks(s.id, s.rect, budget)));
    const needExtras = new Set(toChunk.filter((x) => !extras.has(x.id)).map((x) => x.id));
    await readChunks(context, remaining, budget, extrasOf, deferMerges, needExtras, toChunk, results, extras, () => syncs++);
  } else if (remaining.length > 0) {
    await readChunks(context, remaining, budget, extrasOf, deferMerges, new Set(), [], results, extras, () => syncs++);
  }

  // ---- merged areas of sheets with more than 512: row bands, halved until each sync goes through ----
  const later = sheets.filter((s) => mergePlans.get(s.id) === 'later');
  if (later.length > 0) {
    const rectOfSheet = (id: string) => {
      const ex = extras.get(id)!;
      return emptyOrRect(ex.used.address, results.get(id));
    };
    let bands = new Map(later.map((s) => [s.id, firstBands(rectOfSheet(s.id))]));
    for (let round = 0; ; round++) {
      const queued = [...bands].map(([id, list]) => ({ id, list, areas: queueMerges(wb.worksheets.getItem(id), list)! }));
      try {
        await sync();
        for (const q of queued) {
          extras.get(q.id)!.merges = q.areas;
          mergePlans.set(q.id, q.list);
        }
        break;
      } catch (e) {
        if (isPayloadError(e)) throw e;
        const split = new Map([...bands].map(([id, list]) => [id, list.flatMap(([t, b]): [number, number][] => (t === b ? [[t, b]] : [[t, Math.floor((t + b) / 2)], [Math.floor((t + b) / 2) + 1, b]]))]));
        const stuck = [...split].every(([id, list]) => list.length === bands.get(id)!.length);
        if (!stuck && round < MERGE_ROUNDS) {
          bands = split;
          continue;
        }
        // Some sheet has a single row with more than 512 merged areas (or took too many rounds): find which, one sync
        // per sheet, and go on without its merges, saying so.
        for (const s of later) {
          const list = split.get(s.id)!;
          const areas = queueMerges(wb.worksheets.getItem(s.id), list)!;
          try {
            await sync();
            extras.get(s.id)!.merges = areas;
            mergePlans.set(s.id, list);
          } catch (e2) {
            if (isPayloadError(e2)) throw e2;
            warnings.push(`Trang tính "${s.name}" có quá nhiều vùng ô gộp (Excel chỉ trả về tối đa 512 vùng trong một lần đọc); Phụ lục chưa đọc được các ô gộp của trang này nên có thể nhận sai tiêu đề bảng.`);
            mergePlans.delete(s.id);
          }
        }
        break;
      }
    }
  }

  // ---- conditional formats: pages not read yet, or all of a sheet whose count changed ----
  const cfUnits: CfUnit[] = [];
  for (const s of sheets) {
    const count = extras.get(s.id)!.cfCount.value;
    if (cfPrePlanned.has(s.id) && cached.get(s.id)?.cfCount === count) {
      // The pages read in the first sync are current; read the ones that did not fit.
      cfUnits.push(...cfDeferred.filter((u) => u.sheetId === s.id));
      continue;
    }
    cfReads.delete(s.id);
    cfBad.delete(s.id);
    cfUnits.push(...planCfUnits(s.id, count, budget));
  }
  await readCfUnits(context, cfUnits, budget, cfReads, cfBad, () => syncs++);

  // ---- assemble ----
  const markerNames = names.items
    .map((n) => ({ name: n.name, marker: markerFromDefinedName(n.name), sheet: sheetOfReference(n.formula.replace(/^=/, '')) }))
    .filter((n) => n.marker !== null);
  const markerBySheet = new Map<string, string>();
  for (const n of markerNames) if (n.sheet && !markerBySheet.has(n.sheet)) markerBySheet.set(n.sheet, n.marker!);

  const handles: ReadHandles = { sheetIds: {}, cfIds: {}, markerNames: markerNames.map((n) => ({ name: n.name, sheet: n.sheet })) };
  if (cfBad.size > 0) handles.cfUnreadable = {};
  const newCache: ReadCache = { sheets: [] };
  const out: SheetSnapshot[] = [];
  for (const s of sheets) {
    const ex = extras.get(s.id)!;
    const chunks = (results.get(s.id) ?? []).sort((a, b) => a.rect.top - b.rect.top);
    const cfs = (cfReads.get(s.id) ?? []).sort((a, b) => a.index - b.index);
    const bad = cfBad.get(s.id) ?? [];
    if (bad.length > 0) {
      handles.cfUnreadable![s.name] = bad.length;
      warnings.push(
        `Trang tính "${s.name}": Excel không cho đọc ${bad.length} quy tắc định dạng có điều kiện (lỗi đã biết của Excel khi quy tắc bị nhân đôi hoặc chồng lên nhau trên cùng vùng ô). Phụ lục bỏ qua và không xóa các quy tắc này; hãy xem lại trong Trang đầu → Định dạng có Điều kiện → Quản lý Quy tắc.`,
      );
    }
    const sheet = buildSheet(s.name, s.protected, chunks, ex, cfs);
    const marker = markerBySheet.get(s.name);
    if (marker) sheet.addinMarker = marker;
    out.push(sheet);
    handles.sheetIds[s.name] = s.id;
    handles.cfIds[s.name] = cfs.map((c) => c.id);
    const measured = chunks.reduce((n, c) => n + (c.bytes ?? 0), 0);
    const measuredRows = chunks.reduce((n, c) => n + (c.bytes ? c.values.length : 0), 0);
    const bandsUsed = mergePlans.get(s.id);
    newCache.sheets.push({ id: s.id, name: s.name, cfCount: cfs.length + bad.length, ...(bad.length > 0 ? { cfUnreadable: { count: cfs.length + bad.length, at: [...bad].sort((a, b) => a - b) } } : {}), ...(Array.isArray(bandsUsed) ? { mergeBands: bandsUsed } : {}), ...(measuredRows > 0 ? { bytesPerRow: Math.ceil(measured / measuredRows) } : {}), rect: sheet.values.length === 0 ? null : { top: sheet.origin.row, left: sheet.origin.col, bottom: sheet.origin.row + sheet.values.length - 1, right: sheet.origin.col + sheet.values[0].length - 1 } });
  }
  const loaded = parseStoredSettings(settings());
  const snapshot: WorkbookSnapshot = { sheets: out };
  if (options.name) snapshot.name = options.name;
  const st: Record<string, unknown> = {};
  if (loaded.overrides) st.overrides = loaded.overrides;
  if (loaded.ruleSettings) st.ruleSettings = loaded.ruleSettings;
  if (Object.keys(st).length > 0) snapshot.settings = st;
  return { snapshot, handles, cache: newCache, warnings: [...loaded.warnings, ...warnings], syncs };
}

/**
 * The ids of the add-in's rules on these sheets (by name), read rule by rule
 * as a scan reads them, so a rule Excel refuses to read (office-js #5222,
 * #6827, #6835) is skipped instead of failing: for a rollback, whose
 * collection load such a rule fails. At least two syncs (counts, then rules).
 */
export async function readAddinCfIds(context: XlContext, sheets: string[], budget: number = DEFAULT_BUDGET): Promise<Map<string, string[]>> {
  const counts = sheets.map((s) => ({ s, n: context.workbook.worksheets.getItem(s).getRange().conditionalFormats.getCount() }));
  await context.sync();
  const reads = new Map<string, CfRead[]>();
  await readCfUnits(context, counts.flatMap((c) => planCfUnits(c.s, c.n.value, budget)), budget, reads, new Map(), () => undefined);
  return new Map(sheets.map((s) => [s, (reads.get(s) ?? []).filter((cf) => isAddinConditionFormula(cf.formula)).map((cf) => cf.id)]));
}

/** A used range of one empty cell means an empty sheet. */
function emptyOrRect(address: string, chunks: ChunkResult[] | undefined): RangeRef | null {
  const r = rectOfAddress(address);
  if (r.top === r.bottom && r.left === r.right) {
    const c = chunks?.[0];
    if (!c || c.valueTypes[0]?.[0] === 'Empty') return null;
  }
  return r;
}

async function readChunks(
  context: XlContext,
  chunks: Chunk[],
  budget: number,
  extrasOf: (id: string, rect: RangeRef | null) => SheetExtras,
  deferMerges: (ids: Iterable<string>) => boolean,
  needExtras: Set<string>,
  sheetsRects: { id: string; rect: RangeRef }[],
  results: Map<string, ChunkResult[]>,
  extras: Map<string, SheetExtras>,
  count: () => void,
): Promise<void> {
  const rectOf = new Map(sheetsRects.map((s) => [s.id, s.rect]));
  const queue = [...chunks];
  while (queue.length > 0 || needExtras.size > 0) {
    const pack = takePack(queue, budget);
    const collects = pack.map((c) => ({ c, collect: queueChunk(context.workbook.worksheets.getItem(c.sheetId), c) }));
    const ex = new Map<string, SheetExtras>();
    for (const id of needExtras) ex.set(id, extrasOf(id, rectOf.get(id) ?? null));
    try {
      count();
      await context.sync();
    } catch (e) {
      if (!isPayloadError(e)) {
        // More than 512 merged areas on a sheet fails the batch: retry it with those merges left for later.
        if (needExtras.size > 0 && deferMerges(needExtras)) {
          queue.unshift(...pack);
          continue;
        }
        throw e;
      }
      // The estimate was low: split and retry (reads change nothing).
      if (pack.length > 1) queue.unshift(...pack);
      else {
        const c = pack[0];
        if (!c.rect || c.rect.top === c.rect.bottom) throw e;
        const mid = Math.floor((c.rect.top + c.rect.bottom) / 2);
        queue.unshift({ ...c, rect: { ...c.rect, bottom: mid }, estimate: c.estimate / 2 }, { ...c, rect: { ...c.rect, top: mid + 1 }, estimate: c.estimate / 2 });
      }
      if (pack.length > 1) budget = Math.max(1, Math.floor(budget / 2));
      continue;
    }
    const learned = new Map<string, number>();
    for (const { c, collect } of collects) {
      const r = collect();
      const list = results.get(c.sheetId) ?? [];
      list.push(r);
      results.set(c.sheetId, list);
      if (r.bytes && r.values.length > 0) learned.set(c.sheetId, r.bytes / r.values.length);
    }
    // Re-size the sheet's chunks still queued with what one row really weighs.
    for (const [sheetId, perRow] of learned) {
      const mine = queue.filter((q) => q.sheetId === sheetId && q.rect);
      if (mine.length === 0) continue;
      const span = { ...mine[0].rect!, top: Math.min(...mine.map((q) => q.rect!.top)), bottom: Math.max(...mine.map((q) => q.rect!.bottom)) };
      const rest = queue.filter((q) => !mine.includes(q));
      queue.length = 0;
      queue.push(...planChunks(sheetId, span, budget, perRow), ...rest);
    }
    for (const [id, e] of ex) extras.set(id, e);
    needExtras.clear();
  }
}

function buildSheet(name: string, isProtected: boolean, chunks: ChunkResult[], ex: SheetExtras, cfs: CfRead[]): SheetSnapshot {
  const values: CellValue[][] = [];
  let formulas: (string | null)[][] | undefined;
  let numberFormats: (string | null)[][] | undefined;
  const styles: CellStyle[] = [];
  const hiddenRows: number[] = [];
  let origin = { row: 1, col: 1 };
  const empty = chunks.length === 0 || (chunks.length === 1 && chunks[0].rect.top === chunks[0].rect.bottom && chunks[0].rect.left === chunks[0].rect.right && chunks[0].valueTypes[0][0] === 'Empty');
  if (!empty) {
    origin = { row: chunks[0].rect.top, col: chunks[0].rect.left };
    const total = chunks.reduce((n, c) => n + c.values.length, 0);
    const width = chunks[0].values[0]?.length ?? 0;
    for (const ch of chunks) {
      for (let i = 0; i < ch.values.length; i++) {
        const row = ch.rect.top + i;
        const gi = row - origin.row;
        const vals: CellValue[] = new Array(width).fill(null);
        values.push(vals);
        for (let j = 0; j < width; j++) {
          const col = ch.rect.left + j;
          const vt = ch.valueTypes[i][j];
          const v = ch.values[i][j];
          const f = ch.formulas[i][j];
          vals[j] = vt === 'Empty' ? null : vt === 'Error' ? { error: String(v) } : (v as CellValue);
          if (typeof f === 'string' && f.startsWith('=') && !(vt === 'String' && v === f)) (formulas ??= grid(total, width))[gi][j] = f;
          const nf = ch.numberFormat[i][j];
          if (typeof nf === 'string' && nf !== 'General') (numberFormats ??= grid(total, width))[gi][j] = nf;
          const st = styleOf(ch.props[i][j]);
          if (st) appendStyle(styles, row, col, st.bold, st.italic, st.fill, st.fontColor);
        }
      }
      for (const r of ch.rows) if (r.rowHidden && r.rowIndex !== undefined) hiddenRows.push(r.rowIndex + 1);
    }
  }
  const hiddenCols = ex.cols.value.filter((c) => c.columnHidden && c.columnIndex !== undefined).map((c) => c.columnIndex! + 1);
  const merges: Merge[] = [];
  const seen = new Set<string>();
  for (const areas of ex.merges ?? []) {
    if (areas.isNullObject) continue;
    for (const a of splitAreas(areas.address)) {
      const m = toMerge(rectOfAddress(a.area));
      // A merge across two row bands comes back from both.
      const key = `${m.top},${m.left},${m.bottom},${m.right}`;
      if (!seen.has(key)) merges.push(m);
      seen.add(key);
    }
  }
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  const conditionalFormats: ExistingConditionalFormat[] = cfs.map((cf) => {
    const e: ExistingConditionalFormat = { range: cf.areas, formula: cf.formula };
    if (cf.fill) e.fill = cf.fill;
    if (cf.fontColor) e.fontColor = cf.fontColor;
    return e;
  });
  const sheet: SheetSnapshot = { name, origin, values, styles, merges, hiddenRows, hiddenCols: empty ? [] : hiddenCols, conditionalFormats, protected: isProtected };
  if (formulas) sheet.formulas = formulas;
  if (numberFormats) sheet.numberFormats = numberFormats;
  return sheet;
}

/** Take from the front of the queue what fits in one sync under the payload budget (at least one item). */
function takePack<T extends { estimate: number; alone?: boolean }>(queue: T[], budget: number): T[] {
  const pack: T[] = [];
  let bytes = 0;
  // An item marked `alone` goes in a sync of its own (isolating a failure).
  if (queue[0]?.alone) return [queue.shift()!];
  while (queue.length > 0 && !queue[0].alone && (pack.length === 0 || bytes + queue[0].estimate <= budget)) {
    bytes += queue[0].estimate;
    pack.push(queue.shift()!);
  }
  return pack;
}

/**
 * Read pages of rules, as few syncs as the budget allows. A rule Office.js
 * cannot read (a duplicated or overlapping user rule: office-js #5222, #6827,
 * #6835) fails its whole sync; only then are the pages of that sync retried one
 * per sync, and a failing page halved until the rule is found and recorded in
 * `bad` (never a failed scan).
 */
async function readCfUnits(context: XlContext, units: CfUnit[], budget: number, out: Map<string, CfRead[]>, bad: Map<string, number[]>, count: () => void): Promise<void> {
  const queue = [...units];
  while (queue.length > 0) {
    const pack = takePack(queue, budget);
    const collects = pack.map((u) => ({ u, collect: queueCfUnit(context.workbook.worksheets.getItem(u.sheetId), u) }));
    try {
      count();
      await context.sync();
    } catch (e) {
      if (isEditModeError(e)) throw e;
      if (!isPayloadError(e)) {
        if (pack.length > 1) queue.unshift(...pack.map((u) => ({ ...u, alone: true })));
        else if (pack[0].from < pack[0].to) {
          const u = pack[0];
          const mid = Math.floor((u.from + u.to) / 2);
          queue.unshift({ ...u, to: mid, estimate: u.estimate / 2, alone: true }, { ...u, from: mid + 1, estimate: u.estimate / 2, alone: true });
        } else bad.set(pack[0].sheetId, [...(bad.get(pack[0].sheetId) ?? []), pack[0].from]);
        continue;
      }
      // Longer formulas than estimated: halve the pages and retry (reads change nothing).
      const split = pack.flatMap((u) => {
        if (u.from === u.to) throw e;
        const mid = Math.floor((u.from + u.to) / 2);
        return [{ ...u, to: mid, estimate: u.estimate / 2 }, { ...u, from: mid + 1, estimate: u.estimate / 2 }];
      });
      queue.unshift(...split);
      continue;
    }
    // Pages arrive in index order per sheet.
    for (const { u, collect } of collects) out.set(u.sheetId, [...(out.get(u.sheetId) ?? []), ...collect()]);
  }
}

function toMerge(r: RangeRef): Merge {
  return { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
}

interface CellFont {
  bold: boolean;
  italic: boolean;
  fill?: string;
  fontColor?: string;
}

function styleOf(p: XlCellProperties | undefined): CellFont | null {
  const f = p?.format;
  if (!f) return null;
  const st: CellFont = { bold: !!f.font?.bold, italic: !!f.font?.italic };
  const fc = f.font?.color?.toUpperCase();
  if (fc && fc !== '#000000' && /^#[0-9A-F]{6}$/.test(fc)) st.fontColor = fc;
  const fill = f.fill?.color?.toUpperCase();
  if (fill && fill !== '#FFFFFF' && /^#[0-9A-F]{6}$/.test(fill)) st.fill = fill;
  return st.bold || st.italic || st.fontColor !== undefined || st.fill !== undefined ? st : null;
}

function grid(h: number, w: number): (string | null)[][] {
  return Array.from({ length: h }, () => new Array(w).fill(null));
}
