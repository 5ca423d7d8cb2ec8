/**
 * SIMULATION: an Excel host in memory, for the adapter's tests, the benchmark
 * and the browser preview. It counts `context.sync()` round trips, measures
 * request/response payloads, enforces Excel on the web's 5 MB payload limit,
 * can pretend the user is typing in a cell (edit mode) or that an
 * operation fails mid-batch, and records undo groups (ExcelApi 1.20's
 * `mergeUndoGroup` makes one per Excel.run instead of one per sync).
 * Runs in Node and in the browser: no Node APIs here.
 */
import type { WorkbookSnapshot } from '../../core/snapshot';
import type { XlContext, XlHost } from '../api';
import { DESKTOP_BUDGET } from '../payload';
import { SimRequestContext, SimBackend, SimOp } from './context';
import { SimErrorCodes, SimulatedExcelError } from './errors';
import { modelFromSnapshot, modelToSnapshot, SimWorkbookModel } from './model';

/**
 * "Excel on the web has a payload size limit for requests and responses of
 * 5MB. `RichAPI.Error` will be thrown if that limit is exceeded." (Microsoft
 * Learn, "Resource limits and performance optimization for Office Add-ins",
 * Excel add-ins.) The page names no limit for desktop Excel; the simulation takes the
 * stricter reading and applies this one to every host unless a test sets
 * another. Measured on the serialised calls of one sync, as they would cross
 * the wire.
 */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface SimulatedHostOptions {
  /** Highest ExcelApi set this host claims (default "1.20"). */
  apiVersion?: string;
  /**
   * Bytes per request and per response. Default WEB_PAYLOAD_LIMIT (5 MB) on every host, the
   * stricter reading; `Infinity` models a desktop host (no documented limit) for the benchmark.
   */
  payloadLimit?: number;
}

export interface SyncRecord {
  ops: number;
  requestBytes: number;
  responseBytes: number;
  /** Error code when this sync failed. */
  failed?: string;
}

function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** UTF-8 length of a string without allocating (TextEncoder would copy multi-MB payloads). */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export class SimulatedExcelHost implements XlHost, SimBackend {
  readonly label = 'SIMULATION';
  model: SimWorkbookModel;
  apiVersion: string;
  payloadLimit: number;
  /** Every sync so far, in order. */
  readonly syncs: SyncRecord[] = [];
  /** Undo records Excel would hold (one per sync, or one per run with mergeUndoGroup). */
  undoRecords = 0;
  /** While true every sync fails like Excel does when the user is typing in a cell. */
  cellEditMode = false;
  private failure: { sync: number; afterOps: number; code: string } | null = null;
  private inMergedRun = false;
  get inUndoGroup(): boolean {
    return this.inMergedRun;
  }
  private runWrote = false;

  constructor(snapshot: WorkbookSnapshot, options: SimulatedHostOptions = {}) {
    this.model = modelFromSnapshot(snapshot);
    this.apiVersion = options.apiVersion ?? '1.20';
    this.payloadLimit = options.payloadLimit ?? WEB_PAYLOAD_LIMIT;
  }

  /** The workbook as it is now, in snapshot form (for tests, the preview and the .xlsx writer). */
  exportSnapshot(): WorkbookSnapshot {
    return modelToSnapshot(this.model);
  }

  /** What the adapter budgets per sync: 80 % of the limit (as on Excel on the web), desktop's budget where there is none. */
  get payloadBudget(): number {
    return Number.isFinite(this.payloadLimit) ? Math.floor(this.payloadLimit * 0.8) : DESKTOP_BUDGET;
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /**
   * Make a coming sync fail with `code` after `afterOps` of its operations have
   * run (they stay applied, as in Excel). `nth` = 1 is the next sync, 2 the one after.
   */
  failSync(afterOps: number, code: string = SimErrorCodes.generalException, nth = 1): void {
    this.failure = { sync: this.syncs.length + nth, afterOps, code };
  }

  isSetSupported(name: 'ExcelApi', version: string): boolean {
    return name === 'ExcelApi' && compareVersions(this.apiVersion, version) >= 0;
  }

  supports(version: string): boolean {
    return this.isSetSupported('ExcelApi', version);
  }

  async run<T>(batch: (context: XlContext) => Promise<T>, options: { mergeUndoGroup?: boolean } = {}): Promise<T> {
    const merged = !!options.mergeUndoGroup && this.supports('1.20');
    // A run started inside another one (the adapter's ungrouped fallback) has its own group state.
    const outer = { merged: this.inMergedRun, wrote: this.runWrote };
    this.inMergedRun = merged;
    this.runWrote = false;
    try {
      return await batch(new SimRequestContext(this));
    } finally {
      if (merged && this.runWrote) this.undoRecords++;
      this.inMergedRun = outer.merged;
      this.runWrote = outer.wrote;
    }
  }

  async execute(ops: SimOp[]): Promise<void> {
    try {
      await this.executeOps(ops);
    } catch (e) {
      const last = this.syncs[this.syncs.length - 1];
      if (last) last.failed = (e as { code?: string }).code ?? 'Error';
      throw e;
    }
  }

  private async executeOps(ops: SimOp[]): Promise<void> {
    // A real sync always crosses to the host, even when nothing is queued.
    await Promise.resolve();
    let requestBytes = 0;
    for (const op of ops) requestBytes += utf8Length(JSON.stringify(op.request) ?? '');
    const record: SyncRecord = { ops: ops.length, requestBytes, responseBytes: 0 };
    this.syncs.push(record);
    if (this.cellEditMode) {
      throw new SimulatedExcelError(SimErrorCodes.invalidOperationInCellEditMode, 'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.');
    }
    if (requestBytes > this.payloadLimit) {
      throw new SimulatedExcelError(SimErrorCodes.requestPayloadSizeLimitExceeded, `The request payload size (${requestBytes} bytes) has exceeded the limit (${this.payloadLimit}).`);
    }
    const failure = this.failure && this.failure.sync === this.syncs.length ? this.failure : null;
    if (failure) this.failure = null;
    const commits: (() => void)[] = [];
    const responses: unknown[] = [];
    let wrote = false;
    try {
      ops.forEach((op, i) => {
        if (failure && i === failure.afterOps) throw new SimulatedExcelError(failure.code, `SIMULATION: injected failure after ${i} operations.`);
        const r = op.run();
        if (r && r.commit) {
          commits.push(r.commit);
          responses.push(r.response);
        } else if (!op.pure) wrote = true;
      });
    } finally {
      if (wrote) {
        this.runWrote = true;
        if (!this.inMergedRun) this.undoRecords++;
      }
    }
    record.responseBytes = utf8Length(JSON.stringify(responses));
    if (record.responseBytes > this.payloadLimit) {
      throw new SimulatedExcelError(SimErrorCodes.responsePayloadSizeLimitExceeded, `The response payload size (${record.responseBytes} bytes) has exceeded the limit (${this.payloadLimit}).`);
    }
    for (const c of commits) c();
  }
}
