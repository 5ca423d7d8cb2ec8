/**
 * SIMULATION: Office.js proxy objects over the in-memory model (./model.ts).
 * Semantics kept from Office.js because the adapter's correctness depends on
 * them:
 *  - every method call and property write is queued and runs at `sync()`, in
 *    order; an error stops the batch there (earlier operations stay applied,
 *    as in Excel) and rejects `sync()`;
 *  - a property read before `load()` + `sync()` throws PropertyNotLoaded, and a
 *    ClientResult's `value` read before `sync()` throws ValueNotLoaded (both
 *    codes: Microsoft Learn, OfficeExtension.ErrorCodes; "Before reading the
 *    properties, you must call context.sync()": the `load` remarks of every
 *    Excel class);
 *  - objects from `...OrNullObject` report `isNullObject` after a sync, and any
 *    write or method on a null object fails the sync with ItemNotFound.
 * Only the members declared in ../api.ts exist here.
 */
import type { RangeRef } from '../../core/a1';
import { quoteSheetName } from '../../core/a1';
import { MAX_RULE_FORMULA } from '../../core/plan-check';
import { CellValue, isCellError } from '../../core/snapshot';
import type {
  LoadArg,
  XlBorderIndex,
  XlCellProperties,
  XlChart,
  XlClientResult,
  XlColumnProperties,
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlContext,
  XlNamedItem,
  XlNamedItemCollection,
  XlNote,
  XlPageLayout,
  XlRange,
  XlRangeAreas,
  XlRangeFormat,
  XlRowProperties,
  XlSetting,
  XlSettingCollection,
  XlTable,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetCollection,
} from '../api';
import { propertyNotLoaded, SimErrorCodes, SimulatedExcelError, undoNotSupported, valueNotLoaded } from './errors';
import {
  coerceTyped,
  intersects,
  MAX_COLS,
  MAX_ROWS,
  parseAddress,
  rectAddress,
  SimCell,
  SimConditionalFormat,
  SimSheet,
  SimWorkbookModel,
  validateSheetName,
} from './model';

/** One queued operation: what goes over the wire (for payload size) and what runs at sync. */
export interface SimOp {
  request: unknown;
  /** True for calls that change nothing in the workbook (navigation such as getUsedRange). */
  pure?: boolean;
  /** Runs at sync; may return what the response carries and a commit step that publishes loaded values. */
  run: () => { response?: unknown; commit?: () => void } | void;
}

/** What the host provides to a context: the model and the sync machinery. */
export interface SimBackend {
  readonly model: SimWorkbookModel;
  execute(ops: SimOp[]): Promise<void>;
  supports(version: string): boolean;
  /** True inside an Excel.run with mergeUndoGroup on an ExcelApi 1.20 host. */
  readonly inUndoGroup?: boolean;
}

function notFound(what: string): SimulatedExcelError {
  return new SimulatedExcelError(SimErrorCodes.itemNotFound, `The requested resource doesn't exist: ${what}.`);
}

function apiNotFound(member: string, set: string): SimulatedExcelError {
  return new SimulatedExcelError('ApiNotFound', `The API you are trying to use could not be found (${member} needs ExcelApi ${set}).`);
}

function props(arg: LoadArg): string[] {
  const list: string[] = Array.isArray(arg) ? arg : typeof arg === 'string' ? arg.split(',') : [];
  return list.map((p) => p.trim()).filter(Boolean);
}

function copy<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

export class SimRequestContext implements XlContext {
  readonly workbook: SimWorkbook;
  private queue: SimOp[] = [];

  constructor(readonly backend: SimBackend) {
    this.workbook = new SimWorkbook(this);
  }

  get model(): SimWorkbookModel {
    return this.backend.model;
  }

  enqueue(op: SimOp): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    await this.backend.execute(ops);
  }
}

/** Shared proxy behaviour: lazy location, loaded-property store, null objects. */
abstract class SimProxy<T> {
  protected loaded: Record<string, unknown> = {};
  protected nullState: boolean | undefined;

  constructor(
    protected readonly ctx: SimRequestContext,
    protected readonly locate: () => T | null,
    protected readonly objectName: string,
  ) {}

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.objectName, 'isNullObject');
    return this.nullState;
  }

  protected got<V>(prop: string): V {
    if (this.nullState === true) {
      throw new SimulatedExcelError(SimErrorCodes.invalidObjectPath, `${this.objectName} is a null object; check isNullObject first.`);
    }
    if (!(prop in this.loaded)) throw propertyNotLoaded(this.objectName, prop);
    return this.loaded[prop] as V;
  }

  protected target(): T {
    const t = this.locate();
    if (t === null) throw notFound(this.objectName);
    return t;
  }

  protected queueLoad(arg: LoadArg, read: (t: T, prop: string) => unknown): void {
    const list = props(arg);
    this.ctx.enqueue({
      request: { load: this.objectName, props: list },
      run: () => {
        const t = this.locate();
        if (t === null) return { response: { isNullObject: true }, commit: () => (this.nullState = true) };
        const vals: Record<string, unknown> = {};
        for (const p of list) vals[p] = copy(read(t, p));
        return {
          response: vals,
          commit: () => {
            this.nullState = false;
            Object.assign(this.loaded, vals);
          },
        };
      },
    });
  }

  protected queueWrite(request: unknown, apply: (t: T) => void): void {
    this.ctx.enqueue({ request, run: () => apply(this.target()) });
  }
}

class SimClientResult<T> implements XlClientResult<T> {
  private ready = false;
  private v: T | undefined;
  constructor(private readonly what: string) {}
  get value(): T {
    if (!this.ready) throw valueNotLoaded(this.what);
    return this.v as T;
  }
  set(v: T): void {
    this.v = v;
    this.ready = true;
  }
}

function queueResult<T>(ctx: SimRequestContext, what: string, request: unknown, compute: () => T): SimClientResult<T> {
  const r = new SimClientResult<T>(what);
  ctx.enqueue({
    request,
    run: () => {
      const v = copy(compute());
      return { response: v, commit: () => r.set(v) };
    },
  });
  return r;
}

// ---- workbook, worksheets ----------------------------------------------------

class SimWorkbook implements XlWorkbook {
  readonly worksheets: SimWorksheetCollection;
  readonly names: SimNamedItemCollection;
  readonly settings: SimSettingCollection;
  constructor(ctx: SimRequestContext) {
    this.worksheets = new SimWorksheetCollection(ctx);
    this.names = new SimNamedItemCollection(ctx);
    this.settings = new SimSettingCollection(ctx);
  }
}

class SimWorksheetCollection implements XlWorksheetCollection {
  private list: SimWorksheet[] | undefined;
  constructor(private readonly ctx: SimRequestContext) {}

  get items(): SimWorksheet[] {
    if (!this.list) throw propertyNotLoaded('WorksheetCollection', 'items');
    return this.list;
  }

  load(arg: LoadArg): SimWorksheetCollection {
    const list = props(arg).map((p) => p.replace(/^items\//, ''));
    this.ctx.enqueue({
      request: { load: 'WorksheetCollection', props: list },
      run: () => {
        const sheets = this.ctx.model.sheets.map((s) => {
          const vals: Record<string, unknown> = {};
          for (const p of list) vals[p] = readWorksheetProp(this.ctx.model, s, p);
          return { id: s.id, vals };
        });
        return {
          response: sheets.map((s) => s.vals),
          commit: () => {
            this.list = sheets.map((s) => {
              const ws = new SimWorksheet(this.ctx, () => this.ctx.model.sheets.find((x) => x.id === s.id) ?? null);
              ws.preload(s.vals);
              return ws;
            });
          },
        };
      },
    });
    return this;
  }

  getItem(key: string): SimWorksheet {
    return new SimWorksheet(this.ctx, () => {
      const s = this.ctx.model.sheetByKey(key);
      if (!s) throw notFound(`worksheet '${key}'`);
      return s;
    });
  }

  getItemOrNullObject(key: string): SimWorksheet {
    return new SimWorksheet(this.ctx, () => this.ctx.model.sheetByKey(key) ?? null);
  }

  add(name?: string): SimWorksheet {
    let created: SimSheet | null = null;
    this.ctx.enqueue({
      request: { method: 'Worksheets.add', name },
      run: () => {
        created = this.ctx.model.addSheet(name ?? `Sheet${this.ctx.model.sheets.length + 1}`);
      },
    });
    return new SimWorksheet(this.ctx, () => created);
  }
}

function readWorksheetProp(model: SimWorkbookModel, s: SimSheet, p: string): unknown {
  switch (p) {
    case 'id':
      return s.id;
    case 'name':
      return s.name;
    case 'position':
      return model.sheets.indexOf(s);
    case 'protection/protected':
      return s.protected;
    default:
      throw new SimulatedExcelError(SimErrorCodes.invalidArgument, `SIMULATION: Worksheet property '${p}' is not simulated.`);
  }
}

class SimWorksheet extends SimProxy<SimSheet> implements XlWorksheet {
  readonly protection: { readonly protected: boolean };
  readonly freezePanes: XlWorksheet['freezePanes'];
  readonly tables: { add(address: XlRange | string, hasHeaders: boolean): XlTable };
  readonly charts: { add(type: 'ColumnStacked' | 'ColumnClustered' | 'BarStacked', sourceData: XlRange, seriesBy?: 'Auto'): XlChart };
  readonly pageLayout: XlPageLayout;
  readonly notes: XlWorksheet['notes'];
  readonly comments: XlWorksheet['comments'];

  constructor(ctx: SimRequestContext, locate: () => SimSheet | null) {
    super(ctx, locate, 'Worksheet');
    const self = this;
    this.protection = {
      get protected(): boolean {
        return self.got<boolean>('protection/protected');
      },
    };
    const write = (request: unknown, f: (s: SimSheet) => void) => this.queueWrite(request, f);
    this.freezePanes = {
      freezeRows: (count = 1) => write({ m: 'freezeRows', count }, (s) => (s.freeze = { rows: count, cols: 0 })),
      freezeColumns: (count = 1) => write({ m: 'freezeColumns', count }, (s) => (s.freeze = { rows: 0, cols: count })),
      freezeAt: (r) =>
        write({ m: 'freezeAt' }, (s) => {
          const rect = this.rectOf(r, s);
          s.freeze = { rows: rect.bottom, cols: rect.right };
        }),
      unfreeze: () => write({ m: 'unfreeze' }, (s) => (s.freeze = null)),
    };
    this.tables = {
      add: (address, hasHeaders) => {
        const table: XlTable & { sim?: { name: string; style: string } } = {} as XlTable;
        let rec: { name: string; address: string; style: string } | null = null;
        write({ m: 'tables.add', hasHeaders }, (s) => {
          s.assertWritable();
          const rect = this.rectOf(address, s);
          const all = this.ctx.model.sheets.flatMap((x) => x.tables);
          rec = { name: `Table${all.length + 1}`, address: rectAddress(rect), style: 'TableStyleMedium2' };
          s.tables.push(rec);
        });
        Object.defineProperty(table, 'name', {
          set: (v: string) =>
            this.ctx.enqueue({
              request: { m: 'table.name', v },
              run: () => {
                if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(v)) throw new SimulatedExcelError(SimErrorCodes.invalidArgument, `Invalid table name '${v}'.`);
                if (this.ctx.model.sheets.some((x) => x.tables.some((t) => t !== rec && t.name.toLowerCase() === v.toLowerCase()))) {
                  throw new SimulatedExcelError(SimErrorCodes.itemAlreadyExists, `A table named '${v}' already exists.`);
                }
                rec!.name = v;
              },
            }),
          get: () => {
            throw propertyNotLoaded('Table', 'name');
          },
        });
        Object.defineProperty(table, 'style', {
          set: (v: string) => this.ctx.enqueue({ request: { m: 'table.style', v }, run: () => void (rec!.style = v) }),
          get: () => {
            throw propertyNotLoaded('Table', 'style');
          },
        });
        return table;
      },
    };
    this.charts = {
      add: (type, source) => {
        let rec: { type: string; source: string; title: string; anchor?: string } | null = null;
        write({ m: 'charts.add', type }, (s) => {
          const src = (source as SimRange).resolve();
          rec = { type, source: `${quoteSheetName(src.sheet.name)}!${rectAddress(src.rect)}`, title: '' };
          s.charts.push(rec);
        });
        const title = {} as { text: string };
        Object.defineProperty(title, 'text', {
          set: (v: string) => this.ctx.enqueue({ request: { m: 'chart.title', v }, run: () => void (rec!.title = v) }),
          get: () => {
            throw propertyNotLoaded('ChartTitle', 'text');
          },
        });
        return {
          title,
          setPosition: (start: XlRange | string) =>
            this.ctx.enqueue({
              request: { m: 'chart.setPosition' },
              run: () => {
                rec!.anchor = typeof start === 'string' ? start : rectAddress((start as SimRange).resolve().rect);
              },
            }),
        };
      },
    };
    const layoutSetter = <K extends keyof SimSheet['pageLayout']>(key: K) => ({
      set: (v: SimSheet['pageLayout'][K]) => write({ m: `pageLayout.${key}`, v }, (s) => (s.pageLayout[key] = copy(v))),
      get: () => {
        throw propertyNotLoaded('PageLayout', key);
      },
    });
    const footer = {} as { centerFooter: string };
    Object.defineProperty(footer, 'centerFooter', layoutSetter('centerFooter'));
    const pl = {
      setPrintTitleRows: (rows: XlRange | string) =>
        write({ m: 'setPrintTitleRows' }, (s) => (s.pageLayout.printTitleRows = typeof rows === 'string' ? rows : rectAddress((rows as SimRange).resolve().rect))),
      headersFooters: { defaultForAllPages: footer },
    } as unknown as XlPageLayout;
    // PageLayout (ExcelApi 1.9, Microsoft Learn "Excel.PageLayout class"): margins are in points,
    // setPrintArea takes "Range | RangeAreas | string", setPrintTitleColumns "Range | string".
    const rangeText = (r: XlRange | string) => (typeof r === 'string' ? r : rectAddress((r as SimRange).resolve().rect));
    Object.assign(pl, {
      setPrintTitleColumns: (cols: XlRange | string) => write({ m: 'setPrintTitleColumns' }, (s) => (s.pageLayout.printTitleColumns = rangeText(cols))),
      setPrintArea: (area: XlRange | string) => write({ m: 'setPrintArea' }, (s) => (s.pageLayout.printArea = rangeText(area))),
    });
    const marginSetter = (key: 'topMargin' | 'bottomMargin' | 'leftMargin' | 'rightMargin' | 'headerMargin' | 'footerMargin') => ({
      set: (v: number) => {
        if (typeof v !== 'number' || !(v >= 0)) throw new SimulatedExcelError(SimErrorCodes.invalidArgument, `SIMULATION: PageLayout.${key} must be a number of points >= 0.`);
        write({ m: `pageLayout.${key}`, v }, (s) => (s.pageLayout[key] = v));
      },
      get: () => {
        throw propertyNotLoaded('PageLayout', key);
      },
    });
    for (const k of ['topMargin', 'bottomMargin', 'leftMargin', 'rightMargin', 'headerMargin', 'footerMargin'] as const) Object.defineProperty(pl, k, marginSetter(k));
    Object.defineProperty(pl, 'centerHorizontally', layoutSetter('centerHorizontally'));
    Object.defineProperty(pl, 'orientation', layoutSetter('orientation'));
    Object.defineProperty(pl, 'paperSize', layoutSetter('paperSize'));
    Object.defineProperty(pl, 'zoom', layoutSetter('zoom'));
    this.pageLayout = pl;
    const need = (set: string) => {
      const v = set === 'notes' ? '1.18' : '1.10';
      if (!this.ctx.backend.supports(v)) throw apiNotFound(`Worksheet.${set}`, v);
    };
    const cellKey = (s: SimSheet, cell: XlRange | string, set = 'notes') => {
      // CommentCollection.add / getItemByCell: "If it's a string, it must contain the full address, including
      // the sheet name." NoteCollection.add takes "a string such as "A1"". (Microsoft Learn, Excel.CommentCollection,
      // Excel.NoteCollection.) A bare address on the comments API fails, and so does one naming another sheet.
      if (set === 'comments' && typeof cell === 'string') {
        const p = parseAddress(cell);
        if (p.sheet === undefined || p.sheet.toLowerCase() !== s.name.toLowerCase()) {
          throw new SimulatedExcelError(SimErrorCodes.invalidArgument, `The argument is invalid or missing or has an incorrect format: comment cell '${cell}' must include the sheet name.`, `CommentCollection`);
        }
      }
      const rect = this.rectOf(cell, s);
      return rectAddress({ ...rect, bottom: rect.top, right: rect.left });
    };
    // Notes and legacy comments share one store here: a cell has one or the other. Adding over an existing one replaces it.
    const addNote = (set: string) => (cell: XlRange | string, content: string) =>
      write({ m: `${set}.add`, content }, (s) => {
        need(set);
        s.assertWritable();
        s.notes.set(cellKey(s, cell, set), content);
      });
    const getNote = (set: string) => (cell: XlRange | string) => ({
      delete: () =>
        write({ m: `${set}.delete` }, (s) => {
          need(set);
          s.assertWritable();
          const k = cellKey(s, cell, set);
          if (!s.notes.has(k)) throw notFound(`note at ${k}`);
          s.notes.delete(k);
        }),
    });
    this.notes = {
      add: addNote('notes'),
      getItem: getNote('notes'),
      getItemOrNullObject: (key: string) => new SimNote(this.ctx, () => {
        const s = this.target();
        need('notes');
        const k = cellKey(s, key);
        return s.notes.has(k) ? { sheet: s, key: k } : null;
      }),
    };
    this.comments = { add: addNote('comments'), getItemByCell: getNote('comments') };
  }

  /** Values read by a collection load. */
  preload(vals: Record<string, unknown>): void {
    this.nullState = false;
    Object.assign(this.loaded, vals);
  }

  private rectOf(r: XlRange | string, s: SimSheet): RangeRef {
    return typeof r === 'string' ? parseAddress(r).rect : (r as SimRange).resolve(s).rect;
  }

  get id(): string {
    return this.got('id');
  }
  get name(): string {
    return this.got('name');
  }
  set name(v: string) {
    this.queueWrite({ m: 'rename', v }, (s) => {
      validateSheetName(v);
      const other = this.ctx.model.sheetByName(v);
      if (other && other !== s) throw new SimulatedExcelError(SimErrorCodes.itemAlreadyExists, `A sheet named '${v}' already exists.`);
      s.name = v;
    });
  }
  get position(): number {
    return this.got('position');
  }
  set position(v: number) {
    this.queueWrite({ m: 'position', v }, (s) => {
      if (this.ctx.backend.inUndoGroup) throw undoNotSupported('Worksheet.position');
      const m = this.ctx.model;
      m.sheets = m.sheets.filter((x) => x !== s);
      m.sheets.splice(Math.max(0, Math.min(v, m.sheets.length)), 0, s);
    });
  }

  load(arg: LoadArg): SimWorksheet {
    this.queueLoad(arg, (s, p) => readWorksheetProp(this.ctx.model, s, p));
    return this;
  }

  getRange(address?: string): SimRange {
    return new SimRange(this.ctx, () => {
      const s = this.target();
      return { sheet: s, rect: address === undefined ? { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS } : parseAddress(address).rect };
    });
  }

  getUsedRange(valuesOnly?: boolean): SimRange {
    // Excel fixes a used range when the call executes, not when it is read.
    let fixed: { sheet: SimSheet; rect: RangeRef } | null = null;
    this.ctx.enqueue({
      request: { m: 'getUsedRange', valuesOnly },
      pure: true,
      run: () => {
        const s = this.target();
        fixed = { sheet: s, rect: (valuesOnly ? s.valueBounds() : s.usedBounds()) ?? { top: 1, left: 1, bottom: 1, right: 1 } };
      },
    });
    return new SimRange(this.ctx, () => fixed);
  }

  activate(): void {
    this.queueWrite({ m: 'activate' }, (s) => (this.ctx.model.activeSheetId = s.id));
  }

  delete(): void {
    this.queueWrite({ m: 'Worksheet.delete' }, (s) => {
      if (this.ctx.backend.inUndoGroup) throw undoNotSupported('Worksheet.delete');
      this.ctx.model.deleteSheet(s);
    });
  }
}

class SimNote extends SimProxy<{ sheet: SimSheet; key: string }> implements XlNote {
  constructor(ctx: SimRequestContext, locate: () => { sheet: SimSheet; key: string } | null) {
    super(ctx, locate, 'Note');
  }
  get content(): string {
    return this.got('content');
  }
  load(arg: LoadArg): SimNote {
    this.queueLoad(arg, ({ sheet, key }, p) => (p === 'content' ? sheet.notes.get(key) : key));
    return this;
  }
  delete(): void {
    this.queueWrite({ m: 'note.delete' }, ({ sheet, key }) => {
      sheet.assertWritable();
      sheet.notes.delete(key);
    });
  }
}

// ---- ranges ---------------------------------------------------------------------

interface Located {
  sheet: SimSheet;
  rect: RangeRef;
}

function cellsIn(rect: RangeRef, f: (row: number, col: number) => void): void {
  if (rect.bottom - rect.top + 1 > 200000 || rect.right - rect.left + 1 > 2000) {
    throw new SimulatedExcelError('RangeExceedsLimit', 'SIMULATION: cell-by-cell operation on a whole-row/column range is not simulated.');
  }
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(r, c);
}

function excelValue(c: SimCell | undefined): unknown {
  if (!c || c.v === null) return '';
  return isCellError(c.v) ? c.v.error : c.v;
}

function valueType(c: SimCell | undefined): string {
  if (!c || c.v === null || c.v === '') return 'Empty';
  if (isCellError(c.v)) return 'Error';
  if (typeof c.v === 'number') return 'Double';
  if (typeof c.v === 'boolean') return 'Boolean';
  return 'String';
}

function grid2<T>(rect: RangeRef, f: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: T[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(f(r, c));
    out.push(row);
  }
  return out;
}

/**
 * Range.values / formulas / numberFormat take a 2-D array of the range's own dimensions (Microsoft
 * Learn, Excel.Range properties); a mismatch fails the batch with InvalidArgument (Office Add-ins
 * error codes, "InvalidArgument: the argument is invalid or missing or has an incorrect format").
 */
function checkDims(rect: RangeRef, m: unknown[][], what: string): void {
  const h = rect.bottom - rect.top + 1;
  const w = rect.right - rect.left + 1;
  if (!Array.isArray(m) || m.length !== h || m.some((r) => !Array.isArray(r) || r.length !== w)) {
    throw new SimulatedExcelError(SimErrorCodes.invalidArgument, `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`);
  }
}

function clearContent(c: SimCell): void {
  c.v = null;
  c.f = null;
}

function writeTyped(sheet: SimSheet, row: number, col: number, v: unknown): void {
  if (v === null || v === undefined) return; // Office.js: null leaves the cell unchanged
  const c = sheet.touch(row, col);
  if (v === '') return clearContent(c);
  if (typeof v === 'number' || typeof v === 'boolean') {
    c.v = v;
    c.f = null;
    return;
  }
  const t = coerceTyped(String(v));
  if (t.formula !== null) sheet.setFormula(row, col, t.formula);
  else {
    c.v = t.value;
    c.f = null;
  }
}

export class SimRange extends SimProxy<Located> implements XlRange {
  readonly format: XlRangeFormat;
  readonly conditionalFormats: SimConditionalFormatCollection;

  constructor(ctx: SimRequestContext, locate: () => Located | null) {
    super(ctx, locate, 'Range');
    this.format = makeFormat(this);
    this.conditionalFormats = new SimConditionalFormatCollection(ctx, () => this.resolve());
  }

  /** The sheet and rectangle, at sync time (optionally checking it lies on `expected`). */
  resolve(expected?: SimSheet): Located {
    const l = this.target();
    if (expected && l.sheet !== expected) throw new SimulatedExcelError(SimErrorCodes.invalidArgument, 'The range is on another worksheet.');
    return l;
  }

  writeCells(request: unknown, f: (l: Located) => void): void {
    this.queueWrite(request, (l) => {
      l.sheet.assertWritable();
      f(l);
    });
  }

  get address(): string {
    return this.got('address');
  }
  get rowIndex(): number {
    return this.got('rowIndex');
  }
  get columnIndex(): number {
    return this.got('columnIndex');
  }
  get rowCount(): number {
    return this.got('rowCount');
  }
  get columnCount(): number {
    return this.got('columnCount');
  }
  get valueTypes(): XlRange['valueTypes'] {
    return this.got('valueTypes');
  }
  get values(): unknown[][] {
    return this.got('values');
  }
  set values(m: unknown[][]) {
    this.writeCells({ m: 'values', v: m }, ({ sheet, rect }) => {
      checkDims(rect, m, 'values');
      cellsIn(rect, (r, c) => writeTyped(sheet, r, c, m[r - rect.top][c - rect.left]));
    });
  }
  get formulas(): unknown[][] {
    return this.got('formulas');
  }
  set formulas(m: unknown[][]) {
    this.writeCells({ m: 'formulas', v: m }, ({ sheet, rect }) => {
      checkDims(rect, m, 'formulas');
      cellsIn(rect, (r, c) => writeTyped(sheet, r, c, m[r - rect.top][c - rect.left]));
    });
  }
  get numberFormat(): unknown[][] {
    return this.got('numberFormat');
  }
  set numberFormat(m: unknown[][]) {
    this.writeCells({ m: 'numberFormat', v: m }, ({ sheet, rect }) => {
      checkDims(rect, m, 'numberFormat');
      cellsIn(rect, (r, c) => {
        const v = m[r - rect.top][c - rect.left];
        if (v === null || v === undefined) return;
        sheet.touch(r, c).nf = v === 'General' ? null : String(v);
      });
    });
  }

  load(arg: LoadArg): SimRange {
    this.queueLoad(arg, ({ sheet, rect }, p) => {
      switch (p) {
        case 'address':
          return `${quoteSheetName(sheet.name)}!${rectAddress(rect)}`;
        case 'rowIndex':
          return rect.top - 1;
        case 'columnIndex':
          return rect.left - 1;
        case 'rowCount':
          return rect.bottom - rect.top + 1;
        case 'columnCount':
          return rect.right - rect.left + 1;
        case 'values':
          return grid2(rect, (r, c) => excelValue(sheet.cell(r, c)));
        case 'formulas':
          return grid2(rect, (r, c) => sheet.cell(r, c)?.f ?? excelValue(sheet.cell(r, c)));
        case 'numberFormat':
          return grid2(rect, (r, c) => sheet.cell(r, c)?.nf ?? 'General');
        case 'valueTypes':
          return grid2(rect, (r, c) => valueType(sheet.cell(r, c)));
        default:
          throw new SimulatedExcelError(SimErrorCodes.invalidArgument, `SIMULATION: Range property '${p}' is not simulated.`);
      }
    });
    return this;
  }

  getCellProperties(): XlClientResult<XlCellProperties[][]> {
    return queueResult(this.ctx, 'CellPropertiesArray', { m: 'getCellProperties' }, () => {
      const { sheet, rect } = this.target();
      return grid2(rect, (r, c) => {
        const x = sheet.cell(r, c);
        return { format: { font: { bold: !!x?.bold, italic: !!x?.italic, color: x?.fontColor ?? '#000000' }, fill: { color: x?.fill ?? '#FFFFFF' } } };
      });
    });
  }

  getRowProperties(): XlClientResult<XlRowProperties[]> {
    return queueResult(this.ctx, 'RowPropertiesArray', { m: 'getRowProperties' }, () => {
      const { sheet, rect } = this.target();
      const out: XlRowProperties[] = [];
      for (let r = rect.top; r <= rect.bottom; r++) out.push({ rowIndex: r - 1, rowHidden: sheet.hiddenRows.has(r) });
      return out;
    });
  }

  getColumnProperties(): XlClientResult<XlColumnProperties[]> {
    return queueResult(this.ctx, 'ColumnPropertiesArray', { m: 'getColumnProperties' }, () => {
      const { sheet, rect } = this.target();
      const out: XlColumnProperties[] = [];
      for (let c = rect.left; c <= rect.right; c++) out.push({ columnIndex: c - 1, columnHidden: sheet.hiddenCols.has(c) });
      return out;
    });
  }

  getMergedAreasOrNullObject(): XlRangeAreas {
    return new SimRangeAreas(this.ctx, () => {
      if (!this.ctx.backend.supports('1.13')) throw apiNotFound('Range.getMergedAreasOrNullObject', '1.13');
      const { sheet, rect } = this.target();
      const hits = sheet.merges.filter((m) => intersects(m, rect));
      if (hits.length > MAX_MERGED_AREAS) throw tooManyMergedAreas(hits.length);
      return hits.length === 0 ? null : areasAddress(sheet.name, hits);
    });
  }

  merge(across?: boolean): void {
    this.writeCells({ m: 'merge', across }, ({ sheet, rect }) => {
      const rows = across ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i })) : [rect];
      for (const area of rows) {
        sheet.merges = sheet.merges.filter((m) => !intersects(m, area));
        // Excel keeps the upper-left-most value and clears the others.
        let kept = false;
        cellsIn(area, (r, c) => {
          const x = sheet.cell(r, c);
          if (!x || (x.v === null && x.f === null)) return;
          if (!kept) {
            kept = true;
            if (r !== area.top || c !== area.left) {
              const tl = sheet.touch(area.top, area.left);
              tl.v = x.v;
              tl.f = x.f;
              clearContent(x);
            }
          } else clearContent(x);
        });
        if (area.top !== area.bottom || area.left !== area.right) sheet.merges.push({ ...area });
      }
    });
  }

  unmerge(): void {
    this.writeCells({ m: 'unmerge' }, ({ sheet, rect }) => {
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }

  select(): void {
    this.queueWrite({ m: 'select' }, ({ sheet, rect }) => {
      this.ctx.model.activeSheetId = sheet.id;
      this.ctx.model.selection = { sheetId: sheet.id, address: rectAddress(rect) };
    });
  }
}

function makeFormat(range: SimRange): XlRangeFormat {
  const setCells = (key: string, apply: (c: SimCell) => void) => (v: unknown) =>
    range.writeCells({ m: `format.${key}`, v }, ({ sheet, rect }) => cellsIn(rect, (r, c) => apply(sheet.touch(r, c))));
  const font = {};
  Object.defineProperty(font, 'bold', { set: (v: boolean) => setCells('font.bold', (c) => (c.bold = v || undefined))(v), get: () => notLoadedGet('font.bold') });
  Object.defineProperty(font, 'italic', { set: (v: boolean) => setCells('font.italic', (c) => (c.italic = v || undefined))(v), get: () => notLoadedGet('font.italic') });
  Object.defineProperty(font, 'color', { set: (v: string) => setCells('font.color', (c) => (c.fontColor = normalColor(v, '#000000')))(v), get: () => notLoadedGet('font.color') });
  Object.defineProperty(font, 'size', { set: (v: number) => setCells('font.size', (c) => (c.fontSize = v))(v), get: () => notLoadedGet('font.size') });
  // RangeFont.name (ExcelApi 1.1): "Font name (e.g., 'Calibri')"; Excel takes any non-empty name, a font not installed is substituted at display.
  Object.defineProperty(font, 'name', {
    set: (v: string) => {
      if (typeof v !== 'string' || !v.trim()) throw new SimulatedExcelError(SimErrorCodes.invalidArgument, 'SIMULATION: RangeFont.name must be a non-empty string.');
      setCells('font.name', (c) => (c.fontName = v))(v);
    },
    get: () => notLoadedGet('font.name'),
  });
  const fill = {
    clear: () => setCells('fill.clear', (c) => (c.fill = undefined))(null),
  };
  Object.defineProperty(fill, 'color', { set: (v: string) => setCells('fill.color', (c) => (c.fill = normalColor(v, '#FFFFFF', true)))(v), get: () => notLoadedGet('fill.color') });
  const borders = {
    getItem: (index: XlBorderIndex) => {
      const b = {};
      Object.defineProperty(b, 'style', {
        set: (v: string) => setCells(`border.${index}`, (c) => (c.borders = { ...(c.borders ?? {}), [index]: v }))(v),
        get: () => notLoadedGet('border.style'),
      });
      return b as { style: string };
    },
  };
  const fmt = { font, fill, borders } as unknown as XlRangeFormat;
  Object.defineProperty(fmt, 'wrapText', { set: (v: boolean) => setCells('wrapText', (c) => (c.wrap = v))(v), get: () => notLoadedGet('wrapText') });
  Object.defineProperty(fmt, 'horizontalAlignment', { set: (v: string) => setCells('horizontalAlignment', (c) => (c.hAlign = v))(v), get: () => notLoadedGet('horizontalAlignment') });
  Object.defineProperty(fmt, 'verticalAlignment', { set: (v: string) => setCells('verticalAlignment', (c) => (c.vAlign = v))(v), get: () => notLoadedGet('verticalAlignment') });
  Object.defineProperty(fmt, 'columnWidth', {
    set: (v: number) =>
      range.writeCells({ m: 'format.columnWidth', v }, ({ sheet, rect }) => {
        for (let c = rect.left; c <= rect.right; c++) sheet.colWidths.set(c, v);
      }),
    get: () => notLoadedGet('columnWidth'),
  });
  // RangeFormat.rowHeight (ExcelApi 1.2): "The height of all rows in the range", in points; Excel's limit is 409 points.
  Object.defineProperty(fmt, 'rowHeight', {
    set: (v: number) => {
      if (typeof v !== 'number' || !(v >= 0 && v <= 409)) throw new SimulatedExcelError(SimErrorCodes.invalidArgument, `SIMULATION: rowHeight ${v} is outside 0..409 points.`);
      range.writeCells({ m: 'format.rowHeight', v }, ({ sheet, rect }) => {
        for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, v);
      });
    },
    get: () => notLoadedGet('rowHeight'),
  });
  return fmt;
}

function notLoadedGet(name: string): never {
  throw propertyNotLoaded('RangeFormat', name);
}

/** Excel stores colours as #RRGGBB; the default (black text / white fill) means "automatic" / "no fill" here. */
function normalColor(v: string, automatic: string, isFill = false): string | undefined {
  const hex = v.startsWith('#') ? v.toUpperCase() : v;
  if (!/^#[0-9A-F]{6}$/.test(hex)) throw new SimulatedExcelError(SimErrorCodes.invalidArgument, `SIMULATION: colour '${v}' must be #RRGGBB.`);
  if (hex === automatic && !isFill) return undefined;
  return hex;
}

// ---- issue 20 (read side): RangeAreas.address as Excel writes it ----------------

/**
 * RangeAreas.address: "Address value will contain the worksheet name for each
 * rectangular block of cells (e.g., "Sheet1!A1:B4, Sheet1!D1:D4")"
 * (Microsoft Learn, Excel.RangeAreas.address, ExcelApi 1.9). So every area
 * carries its sheet, areas are joined by a comma (with the blank of the
 * documented example), and a sheet name that is not a plain identifier is
 * quoted with inner apostrophes doubled, as in any Excel reference — which
 * makes a comma inside a quoted name ("'PL 1, 2026'!A1") part of the name.
 */
function areasAddress(sheetName: string, rects: RangeRef[]): string {
  return rects.map((r) => `${quoteSheetName(sheetName)}!${rectAddress(r)}`).join(', ');
}

// ---- issue 20 (read side): the merged-areas limit ------------------------------

/**
 * Range.getMergedAreasOrNullObject: "Note that if the merged areas count in
 * this range is more than 512, then this method will fail to return the
 * result." (Microsoft Learn, Excel.Range.getMergedAreasOrNullObject, ExcelApi
 * 1.13.) The page names no error code; the stricter reading is that the whole
 * sync fails, with a code the adapter cannot count on (GeneralException here).
 */
export const MAX_MERGED_AREAS = 512;

function tooManyMergedAreas(count: number): SimulatedExcelError {
  return new SimulatedExcelError(SimErrorCodes.generalException, `SIMULATION: the range has ${count} merged areas; getMergedAreasOrNullObject fails above ${MAX_MERGED_AREAS}.`, 'Range.getMergedAreasOrNullObject');
}

class SimRangeAreas extends SimProxy<string> implements XlRangeAreas {
  constructor(ctx: SimRequestContext, locate: () => string | null) {
    super(ctx, locate, 'RangeAreas');
  }
  get address(): string {
    return this.got('address');
  }
  load(arg: LoadArg): SimRangeAreas {
    this.queueLoad(arg, (addr, p) => {
      if (p !== 'address') throw new SimulatedExcelError(SimErrorCodes.invalidArgument, `SIMULATION: RangeAreas property '${p}' is not simulated.`);
      return addr;
    });
    return this;
  }
}

// ---- conditional formats ---------------------------------------------------------

const areaCache = new Map<string, RangeRef[]>();

function cfIntersects(cf: SimConditionalFormat, rect: RangeRef): boolean {
  if (rect.top === 1 && rect.left === 1 && rect.bottom === MAX_ROWS && rect.right === MAX_COLS) return true;
  let areas = areaCache.get(cf.range);
  if (!areas) {
    areas = cf.range.split(/[ ,]+/).map((a) => parseAddress(a).rect);
    if (areaCache.size > 100000) areaCache.clear();
    areaCache.set(cf.range, areas);
  }
  return areas.some((a) => intersects(a, rect));
}

class SimConditionalFormatCollection implements XlConditionalFormatCollection {
  private list: SimConditionalFormatProxy[] | undefined;
  constructor(
    private readonly ctx: SimRequestContext,
    private readonly scope: () => Located,
  ) {}

  private inScope(): { sheet: SimSheet; cfs: SimConditionalFormat[] } {
    const { sheet, rect } = this.scope();
    const whole = rect.top === 1 && rect.left === 1 && rect.bottom === MAX_ROWS && rect.right === MAX_COLS;
    return { sheet, cfs: whole ? sheet.cfs : sheet.cfs.filter((cf) => cfIntersects(cf, rect)) };
  }

  get items(): SimConditionalFormatProxy[] {
    if (!this.list) throw propertyNotLoaded('ConditionalFormatCollection', 'items');
    return this.list;
  }

  load(arg: LoadArg): SimConditionalFormatCollection {
    const list = props(arg).map((p) => p.replace(/^items\//, ''));
    this.ctx.enqueue({
      request: { load: 'ConditionalFormatCollection', props: list },
      run: () => {
        const { sheet, cfs } = this.inScope();
        const rows = cfs.map((cf) => {
          const vals: Record<string, unknown> = Object.fromEntries(list.map((p) => [p, readCfProp(cf, p)]));
          // Loading through customOrNullObject also tells whether it is null, as in Office.js.
          if (list.some((p) => p.startsWith('customOrNullObject/'))) vals['customOrNullObject/isNullObject'] = cf.type !== 'Custom';
          return { id: cf.id, vals };
        });
        return {
          response: rows.map((r) => r.vals),
          commit: () => {
            this.list = rows.map((r) => {
              const x = new SimConditionalFormatProxy(this.ctx, () => ({ sheet, cf: sheet.cfById(r.id) ?? null }));
              x.preload(r.vals);
              return x;
            });
          },
        };
      },
    });
    return this;
  }

  getCount(): XlClientResult<number> {
    return queueResult(this.ctx, 'ConditionalFormatCollection', { m: 'cf.getCount' }, () => this.inScope().cfs.length);
  }

  getItem(id: string): SimConditionalFormatProxy {
    return new SimConditionalFormatProxy(this.ctx, () => {
      const { sheet } = this.scope();
      return { sheet, cf: sheet.cfById(id) ?? null };
    });
  }

  getItemAt(index: number): SimConditionalFormatProxy {
    return new SimConditionalFormatProxy(this.ctx, () => {
      const { sheet, cfs } = this.inScope();
      if (!cfs[index]) throw notFound(`conditional format at index ${index}`);
      return { sheet, cf: cfs[index] };
    });
  }

  add(type: 'Custom'): SimConditionalFormatProxy {
    let created: { sheet: SimSheet; cf: SimConditionalFormat } | null = null;
    this.ctx.enqueue({
      request: { m: 'cf.add', type },
      run: () => {
        const { sheet, rect } = this.scope();
        sheet.assertWritable();
        const cf: SimConditionalFormat = { id: this.ctx.model.newId('cf'), range: rectAddress(rect), type: 'Custom', formula: null };
        // "Adds a new conditional format to the collection at the first/top priority." (Microsoft Learn,
        // Excel.ConditionalFormatCollection.add.) The sheet's rules are kept in priority order.
        sheet.cfs.unshift(cf);
        created = { sheet, cf };
      },
    });
    return new SimConditionalFormatProxy(this.ctx, () => created);
  }
}

// ---- issue 20 (read side): rules Office.js cannot read --------------------------

/**
 * A duplicated or overlapping user rule (SimConditionalFormat.unreadable):
 * loading any of its properties or ranges, through getItemAt, getItem or the
 * collection's items, fails the sync, and so does deleting it: "RichApi.Error:
 * Item Not Found." (office-js #5222, #6827, #6835).
 */
function assertReadable(cf: SimConditionalFormat): void {
  if (cf.unreadable) throw new SimulatedExcelError(SimErrorCodes.itemNotFound, 'Item Not Found.', 'ConditionalFormat');
}

function readCfProp(cf: SimConditionalFormat, p: string): unknown {
  assertReadable(cf);
  switch (p) {
    case 'id':
      return cf.id;
    case 'type':
      return cf.type === 'Custom' ? 'Custom' : 'CellValue';
    case 'custom/rule/formula':
      if (cf.type !== 'Custom') throw new SimulatedExcelError(SimErrorCodes.invalidArgument, 'The conditional format is not of type Custom.');
      return cf.formula;
    case 'custom/format/fill/color':
    case 'customOrNullObject/format/fill/color':
      return cf.type === 'Custom' ? (cf.fill ?? null) : null;
    case 'custom/format/font/color':
    case 'customOrNullObject/format/font/color':
      return cf.type === 'Custom' ? (cf.fontColor ?? null) : null;
    case 'customOrNullObject/rule/formula':
      return cf.type === 'Custom' ? cf.formula : null;
    case 'customOrNullObject/isNullObject':
      return cf.type !== 'Custom';
    default:
      throw new SimulatedExcelError(SimErrorCodes.invalidArgument, `SIMULATION: ConditionalFormat property '${p}' is not simulated.`);
  }
}

class SimConditionalFormatProxy extends SimProxy<{ sheet: SimSheet; cf: SimConditionalFormat | null }> implements XlConditionalFormat {
  readonly custom: XlConditionalFormat['custom'];
  readonly customOrNullObject: XlConditionalFormat['customOrNullObject'];

  constructor(ctx: SimRequestContext, locate: () => { sheet: SimSheet; cf: SimConditionalFormat | null } | null) {
    super(ctx, () => {
      const l = locate();
      return l && l.cf ? l : null;
    }, 'ConditionalFormat');
    const self = this;
    const w = (key: string, f: (cf: SimConditionalFormat, v: string) => void) => (v: string) =>
      this.queueWrite({ m: `cf.${key}`, v }, ({ sheet, cf }) => {
        sheet.assertWritable();
        f(cf!, v);
      });
    const rule = {};
    Object.defineProperty(rule, 'formula', {
      get: () => self.got('custom/rule/formula'),
      // Rule formulas over 255 characters: Microsoft's reference is silent; Excel's rule dialog
      // refuses them, so the simulation takes that stricter reading (MAX_RULE_FORMULA).
      set: w('formula', (cf, v) => {
        if (typeof v === 'string' && v.length > MAX_RULE_FORMULA) {
          throw new SimulatedExcelError(SimErrorCodes.invalidArgument, `SIMULATION: a conditional-format formula may hold at most ${MAX_RULE_FORMULA} characters (got ${v.length}).`);
        }
        cf.formula = v;
      }),
    });
    const fill = {};
    Object.defineProperty(fill, 'color', {
      get: () => self.got('custom/format/fill/color'),
      set: w('fill', (cf, v) => (cf.fill = v.toUpperCase())),
    });
    const font = {};
    Object.defineProperty(font, 'color', {
      get: () => self.got('custom/format/font/color'),
      set: w('font', (cf, v) => (cf.fontColor = v.toUpperCase())),
    });
    this.custom = { rule, format: { fill, font } } as XlConditionalFormat['custom'];
    const orNull = (path: string) => () => {
      if (self.got<unknown>('customOrNullObject/isNullObject') === true) {
        throw new SimulatedExcelError(SimErrorCodes.invalidObjectPath, 'customOrNullObject is a null object; check isNullObject first.');
      }
      return self.got(`customOrNullObject/${path}`);
    };
    this.customOrNullObject = {
      get isNullObject() {
        return self.got<boolean>('customOrNullObject/isNullObject');
      },
      rule: Object.defineProperty({}, 'formula', { get: orNull('rule/formula') }),
      format: {
        fill: Object.defineProperty({}, 'color', { get: orNull('format/fill/color') }),
        font: Object.defineProperty({}, 'color', { get: orNull('format/font/color') }),
      },
    } as XlConditionalFormat['customOrNullObject'];
  }

  preload(vals: Record<string, unknown>): void {
    this.nullState = false;
    Object.assign(this.loaded, vals);
  }

  get id(): string {
    return this.got('id');
  }
  get type(): string {
    return this.got('type');
  }
  get priority(): number {
    return this.got('priority');
  }
  /**
   * ConditionalFormat.priority (Microsoft Learn, Excel.ConditionalFormat.priority, ExcelApi 1.6):
   * changing it renumbers the others contiguously; "Use a negative priority to begin from the back.
   * Priorities greater than the bounds will get and set to the maximum (or minimum if negative)
   * priority." And "if you change the priority, you have to re-fetch a new copy of the object":
   * the simulation fails anything queued on this proxy after the change (the stricter reading).
   */
  set priority(v: number) {
    this.queueWrite({ m: 'cf.priority', v }, ({ sheet, cf }) => {
      sheet.assertWritable();
      const k = sheet.cfs.indexOf(cf!);
      sheet.cfs.splice(k, 1);
      const at = v < 0 ? Math.max(0, sheet.cfs.length + 1 + v) : Math.min(v, sheet.cfs.length);
      sheet.cfs.splice(at, 0, cf!);
      this.moved = true;
    });
  }
  private moved = false;

  protected override queueWrite(request: unknown, apply: (t: { sheet: SimSheet; cf: SimConditionalFormat | null }) => void): void {
    super.queueWrite(request, (t) => {
      if (this.moved) throw new SimulatedExcelError(SimErrorCodes.invalidObjectPath, 'SIMULATION: this conditional format changed priority; fetch it again before changing it.');
      apply(t);
    });
  }

  load(arg: LoadArg): SimConditionalFormatProxy {
    const list = props(arg);
    // Loading through customOrNullObject also tells whether it is null, as in Office.js.
    if (list.some((p) => p.startsWith('customOrNullObject/'))) list.push('customOrNullObject/isNullObject');
    this.queueLoad(list, ({ cf }, p) => readCfProp(cf!, p));
    return this;
  }

  getRanges(): XlRangeAreas {
    return new SimRangeAreas(this.ctx, () => {
      const { sheet, cf } = this.target();
      assertReadable(cf!);
      return areasAddress(sheet.name, cf!.range.split(/[ ,]+/).map((a) => parseAddress(a).rect));
    });
  }

  delete(): void {
    this.queueWrite({ m: 'cf.delete' }, ({ sheet, cf }) => {
      assertReadable(cf!);
      sheet.assertWritable();
      const k = sheet.cfs.indexOf(cf!);
      if (k >= 0) sheet.cfs.splice(k, 1);
      cf!.deleted = true;
    });
  }
}

// ---- names, settings ------------------------------------------------------------

const NAME_RE = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

class SimNamedItemCollection implements XlNamedItemCollection {
  private list: SimNamedItem[] | undefined;
  constructor(private readonly ctx: SimRequestContext) {}

  get items(): SimNamedItem[] {
    if (!this.list) throw propertyNotLoaded('NamedItemCollection', 'items');
    return this.list;
  }

  load(arg: LoadArg): SimNamedItemCollection {
    const list = props(arg).map((p) => p.replace(/^items\//, ''));
    this.ctx.enqueue({
      request: { load: 'NamedItemCollection', props: list },
      run: () => {
        const m = this.ctx.model;
        const rows = [...m.names.keys()].map((name) => ({ name, vals: Object.fromEntries(list.map((p) => [p, readNameProp(m, name, p)])) }));
        return {
          response: rows.map((r) => r.vals),
          commit: () => {
            this.list = rows.map((r) => {
              const x = new SimNamedItem(this.ctx, () => (m.names.has(r.name) ? r.name : null));
              x.preload(r.vals);
              return x;
            });
          },
        };
      },
    });
    return this;
  }

  add(name: string, reference: XlRange | string, comment?: string): SimNamedItem {
    this.ctx.enqueue({
      request: { m: 'names.add', name, comment },
      run: () => {
        const m = this.ctx.model;
        if (!NAME_RE.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw new SimulatedExcelError(SimErrorCodes.invalidArgument, `'${name}' is not a valid name.`);
        if ([...m.names.keys()].some((k) => k.toLowerCase() === name.toLowerCase())) throw new SimulatedExcelError(SimErrorCodes.itemAlreadyExists, `The name '${name}' already exists.`);
        let sheet: SimSheet | undefined;
        let rect: RangeRef;
        if (typeof reference === 'string') {
          const p = parseAddress(reference);
          sheet = p.sheet === undefined ? undefined : m.sheetByName(p.sheet);
          rect = p.rect;
        } else {
          const l = (reference as SimRange).resolve();
          sheet = l.sheet;
          rect = l.rect;
        }
        if (!sheet) throw new SimulatedExcelError(SimErrorCodes.invalidReference, `SIMULATION: names must refer to a sheet range ('${String(reference)}').`);
        const abs = rectAddress(rect).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
        m.names.set(name, { sheetId: sheet.id, address: abs });
      },
    });
    return new SimNamedItem(this.ctx, () => (this.ctx.model.names.has(name) ? name : null));
  }

  getItemOrNullObject(name: string): SimNamedItem {
    return new SimNamedItem(this.ctx, () => [...this.ctx.model.names.keys()].find((k) => k.toLowerCase() === name.toLowerCase()) ?? null);
  }
}

function readNameProp(m: SimWorkbookModel, name: string, p: string): unknown {
  if (p === 'name') return name;
  if (p === 'formula') return m.nameFormula(m.names.get(name)!);
  throw new SimulatedExcelError(SimErrorCodes.invalidArgument, `SIMULATION: NamedItem property '${p}' is not simulated.`);
}

class SimNamedItem extends SimProxy<string> implements XlNamedItem {
  constructor(ctx: SimRequestContext, locate: () => string | null) {
    super(ctx, locate, 'NamedItem');
  }
  preload(vals: Record<string, unknown>): void {
    this.nullState = false;
    Object.assign(this.loaded, vals);
  }
  get name(): string {
    return this.got('name');
  }
  get formula(): string {
    return this.got('formula');
  }
  load(arg: LoadArg): SimNamedItem {
    this.queueLoad(arg, (name, p) => readNameProp(this.ctx.model, name, p));
    return this;
  }
  delete(): void {
    this.queueWrite({ m: 'name.delete' }, (name) => this.ctx.model.names.delete(name));
  }
}

class SimSettingCollection implements XlSettingCollection {
  constructor(private readonly ctx: SimRequestContext) {}
  add(key: string, value: unknown): SimSetting {
    this.ctx.enqueue({ request: { m: 'settings.add', key, value }, run: () => void this.ctx.model.settings.set(key, copy(value)) });
    return new SimSetting(this.ctx, () => key);
  }
  getItemOrNullObject(key: string): SimSetting {
    return new SimSetting(this.ctx, () => (this.ctx.model.settings.has(key) ? key : null));
  }
}

class SimSetting extends SimProxy<string> implements XlSetting {
  constructor(ctx: SimRequestContext, locate: () => string | null) {
    super(ctx, locate, 'Setting');
  }
  get key(): string {
    return this.got('key');
  }
  get value(): unknown {
    return this.got('value');
  }
  set value(v: unknown) {
    this.queueWrite({ m: 'setting.value', v }, (key) => this.ctx.model.settings.set(key, copy(v)));
  }
  load(arg: LoadArg): SimSetting {
    this.queueLoad(arg, (key, p) => (p === 'key' ? key : this.ctx.model.settings.get(key)));
    return this;
  }
  delete(): void {
    this.queueWrite({ m: 'setting.delete' }, (key) => this.ctx.model.settings.delete(key));
  }
}

export type { CellValue };
