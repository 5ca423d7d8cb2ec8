/**
 * The service the task pane calls: every Excel interaction of the add-in as
 * one method = one `Excel.run`, so React components never touch Office.js.
 * Works the same on the real host and on the SIMULATED one.
 *
 * Round trips per action (warm, i.e. after the first scan): scan and validate
 * read once; fill, highlight, summary and any other plan read once and write
 * once (both in one Excel.run, merged into one Ctrl+Z on ExcelApi 1.20);
 * undo writes once. The very first scan of a session needs one more read for
 * the sheet list (and one for conditional formats, when the workbook has any).
 */
import { checkWorkbook, CheckOptions, CheckResult, planActions, ApplyActions } from '../core/pipeline';
import type { RuleSettings } from '../core/findings';
import type { Overrides } from '../core/layout';
import type { EditPlan } from '../core/plan';
import type { WorkbookSnapshot } from '../core/snapshot';
import type { XlHost } from './api';
import { applyPlan, ApplyResult, planCanGroup, undoCanGroup, type UngroupedRunner } from './apply';
import { ExcelActionError, editMode, isEditModeError, isUndoNotSupported, nothingToUndo, apiFailure, UNGROUPED_WARNING } from './errors';
import { detectFeatures, Features } from './features';
import { carryRecreatedIds, type UndoJournal } from './journal';
import { undoJournal } from './apply';
import { ExcelRead, ReadCache, readSnapshot } from './read';
import { AddinSettings, parseStoredSettings, queueSettingsWrite } from './settings';

export interface ScanResult {
  snapshot: WorkbookSnapshot;
  check: CheckResult;
  settings: AddinSettings;
  /** Vietnamese warnings (ignored settings, ...). */
  warnings: string[];
  syncs: number;
}

export interface ActionResult {
  plan: EditPlan;
  /** The snapshot the plan was computed from (read in the same Excel.run). */
  snapshot: WorkbookSnapshot;
  warnings: string[];
  /** Lines the undo cannot restore (shown next to "Hoàn tác"). */
  unrestorable: string[];
  syncs: number;
}

/** Builds the plan from a fresh snapshot, inside the same Excel.run as the write. */
export type PlanBuilder = (snapshot: WorkbookSnapshot, check: CheckResult) => EditPlan;

export interface ServiceOptions {
  budgetBytes?: number;
}

export class ExcelService {
  private cache: ReadCache | undefined;
  private lastRead: ExcelRead | undefined;
  private journals: UndoJournal[] = [];
  readonly features: Features;
  /** Round trips of the last call. */
  lastSyncs = 0;

  constructor(
    readonly host: XlHost,
    private readonly options: ServiceOptions = {},
  ) {
    this.features = detectFeatures(host);
  }

  private get budget(): number {
    return this.options.budgetBytes ?? this.host.payloadBudget;
  }

  /** Read the workbook and run the core over it with the stored corrections and rule settings. */
  async scan(): Promise<ScanResult> {
    const read = await this.guard(() => this.host.run((ctx) => readSnapshot(ctx, { cache: this.cache, features: this.features, budgetBytes: this.budget })));
    this.remember(read);
    const settings = this.settingsOf(read);
    const check = checkWorkbook(read.snapshot, settings as CheckOptions);
    this.lastSyncs = read.syncs;
    return { snapshot: read.snapshot, check, settings, warnings: read.warnings, syncs: read.syncs };
  }

  /**
   * Read, build the plan on what is there now, check it, journal it and write it.
   * On ExcelApi 1.20 the run is one merged undo group (one Ctrl+Z), except
   * for what Excel cannot group: a plan that deletes a sheet is written in a
   * second, ungrouped Excel.run from the same read (still one read + one
   * write), and a group Excel refuses with UndoNotSupported after all is
   * rolled back and the action retried ungrouped. Both warn that "Hoàn tác"
   * undoes the action, not Ctrl+Z.
   */
  async apply(build: PlanBuilder | EditPlan): Promise<ActionResult> {
    const group = this.features.mergeUndoGroup;
    const opts = { features: this.features, budgetBytes: this.budget };
    const attempt = (grouped: boolean) =>
      this.host.run(
        async (ctx) => {
          const read = await readSnapshot(ctx, { cache: this.cache, features: this.features, budgetBytes: this.budget });
          this.remember(read);
          const plan = typeof build === 'function' ? build(read.snapshot, checkWorkbook(read.snapshot, this.settingsOf(read) as CheckOptions)) : build;
          if (plan.ops.length === 0 || (grouped && !planCanGroup(plan))) return { read, plan, applied: null as ApplyResult | null };
          const ungrouped: UngroupedRunner | undefined = grouped ? (batch) => this.host.run(batch) : undefined;
          const applied = await applyPlan(ctx, plan, read, { ...opts, ungrouped });
          return { read, plan, applied };
        },
        { mergeUndoGroup: grouped },
      );
    let ungroupedWrite = false;
    let result = await this.guard(() => attempt(group)).catch(async (e: unknown) => {
      if (!(group && e instanceof ExcelActionError && e.workbookUnchanged && isUndoNotSupported(e.cause))) throw e;
      ungroupedWrite = true;
      return this.guard(() => attempt(false));
    });
    if (!result.applied && result.plan.ops.length > 0) {
      // Deferred: the plan deletes a sheet, which cannot be grouped. Same read, own run, nothing grouped.
      const { read, plan } = result;
      ungroupedWrite = true;
      result = { read, plan, applied: await this.guard(() => this.host.run((ctx) => applyPlan(ctx, plan, read, opts))) };
    }
    if (result.applied && group && ungroupedWrite) result.applied.warnings.push(UNGROUPED_WARNING);
    // The next read re-checks every size it cached; the ranges of the rules just added are known already.
    if (result.applied) {
      const j = result.applied.journal;
      this.journals.push(j);
      this.forgetSheets(j.deletedSheets.map((d) => d.sheet.name));
      this.learnFromJournal(j, 1);
    }
    this.lastSyncs = result.read.syncs + (result.applied?.syncs ?? 0);
    return {
      plan: result.plan,
      snapshot: result.read.snapshot,
      warnings: [...result.read.warnings, ...(result.applied?.warnings ?? [])],
      unrestorable: result.applied?.journal.unrestorable ?? [],
      syncs: this.lastSyncs,
    };
  }

  /** The add-in's standard actions, planned by the core on a fresh read. */
  runActions(actions: ApplyActions): Promise<ActionResult> {
    return this.apply((snapshot, check) => planActions(snapshot, check, actions));
  }

  get canUndo(): boolean {
    return this.journals.length > 0;
  }

  /** "Hoàn tác": restore what the last applied plan changed. */
  async undo(): Promise<{ syncs: number; unrestorable: string[] }> {
    const journal = this.journals[this.journals.length - 1];
    if (!journal) throw nothingToUndo();
    // Deleting or re-creating a sheet cannot be grouped (UndoNotSupported): such an undo runs ungrouped.
    const grouped = this.features.mergeUndoGroup && undoCanGroup(journal);
    const syncs = await this.guard(() => this.host.run((ctx) => undoJournal(ctx, journal, { budgetBytes: this.budget, features: this.features }), { mergeUndoGroup: grouped }));
    this.journals.pop();
    carryRecreatedIds(journal, this.journals);
    // Sheets the undo deleted would make the next one-sync read fail; it re-reads the re-created ones anyway.
    this.forgetSheets(journal.addedSheets.map((a) => a.name));
    this.learnFromJournal(journal, -1);
    this.lastSyncs = syncs;
    return { syncs, unrestorable: journal.unrestorable };
  }

  /** Select a cell (a finding's location). */
  async selectCell(sheet: string, a1: string): Promise<void> {
    await this.guard(() =>
      this.host.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(a1).select();
        await ctx.sync();
      }),
    );
    this.lastSyncs = 1;
  }

  /** Settings from the last read (no round trip); scan first. */
  loadSettings(): AddinSettings & { warnings: string[] } {
    if (!this.lastRead) return { warnings: [] };
    return { ...this.settingsOf(this.lastRead), warnings: this.lastRead.warnings };
  }

  /** Store corrections and/or rule settings in the workbook (validated); null removes one. One write. */
  async saveSettings(settings: { overrides?: Overrides | null; ruleSettings?: RuleSettings | null }): Promise<void> {
    await this.guard(() =>
      this.host.run(async (ctx) => {
        queueSettingsWrite(ctx, settings);
        await ctx.sync();
      }),
    );
    if (this.lastRead) {
      const st = { ...(this.lastRead.snapshot.settings ?? {}) };
      for (const k of ['overrides', 'ruleSettings'] as const) {
        if (settings[k] === null) delete st[k];
        else if (settings[k] !== undefined) st[k] = settings[k];
      }
      this.lastRead.snapshot.settings = st;
    }
    this.lastSyncs = 1;
  }

  private settingsOf(read: ExcelRead): AddinSettings {
    const s = parseStoredSettings({ overrides: read.snapshot.settings?.overrides, ruleSettings: read.snapshot.settings?.ruleSettings });
    return { overrides: s.overrides, ruleSettings: s.ruleSettings };
  }

  /**
   * Keep the reader's cache true after our own writes, so the next read stays
   * one sync: rule counts change by what was added/removed, and sheets the
   * plan made are read whole (they are small) without a separate size query.
   */
  private learnFromJournal(j: UndoJournal, direction: 1 | -1): void {
    if (!this.cache) return;
    const delta = new Map<string, number>();
    for (const a of j.addedCfs) delta.set(a.sheet.toLowerCase(), (delta.get(a.sheet.toLowerCase()) ?? 0) + direction);
    for (const r of j.removedCfs) delta.set(r.sheet.toLowerCase(), (delta.get(r.sheet.toLowerCase()) ?? 0) - direction);
    const sheets = this.cache.sheets.map((s) => ({ ...s, cfCount: s.cfCount + (delta.get(s.name.toLowerCase()) ?? 0) }));
    if (direction === 1) {
      for (const a of j.addedSheets) {
        if (a.id) sheets.push({ id: a.id, name: a.name, rect: null, fresh: true, cfCount: delta.get(a.name.toLowerCase()) ?? 0 });
      }
    }
    this.cache = { ...this.cache, sheets };
  }

  private forgetSheets(names: string[]): void {
    if (!this.cache || names.length === 0) return;
    const gone = new Set(names.map((n) => n.toLowerCase()));
    this.cache = { ...this.cache, sheets: this.cache.sheets.filter((s) => !gone.has(s.name.toLowerCase())) };
  }

  private remember(read: ExcelRead): void {
    this.cache = read.cache;
    this.lastRead = read;
  }

  private async guard<T>(f: () => Promise<T>): Promise<T> {
    try {
      return await f();
    } catch (e) {
      if (e instanceof ExcelActionError) throw e;
      // A read failed or the host refused: nothing was written.
      this.cache = undefined;
      if (isEditModeError(e)) throw editMode(e);
      throw apiFailure(e, true);
    }
  }
}
