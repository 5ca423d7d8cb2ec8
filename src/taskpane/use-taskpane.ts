/**
 * The task pane's state machine: one scan on open, one action at a time
 * (buttons disabled while busy), a rescan after every write so every screen
 * shows the workbook as it is, errors kept until dismissed, and the undo
 * offer kept for as long as the service can undo.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EditPlan } from '../core/plan';
import type { ExcelService, PlanBuilder, ScanResult } from '../excel/service';
import type { Strings } from './i18n';
import { describeError, ShownError } from './services/errors';

/** How long a confirmation stays: long enough to read two lines, short enough not to be stale. */
export const NOTICE_MS = 8000;

export interface TaskpaneState {
  scan: ScanResult | null;
  /** What is running now (shown next to the spinner), or null when idle. */
  busy: string | null;
  error: ShownError | null;
  /** Confirmation of the last action. */
  notice: string | null;
  warnings: string[];
  /** Description of the action "Hoàn tác" would undo, when there is one. */
  undoable: string | null;
}

export interface TaskpaneActions {
  rescan(): Promise<void>;
  /** Apply a plan (or a builder run on a fresh read), then rescan. Resolves to the applied plan, or null on error. */
  apply(build: PlanBuilder | EditPlan, label: string, done: (plan: EditPlan) => string): Promise<EditPlan | null>;
  /** Anything else that talks to Excel (select a cell, save settings). */
  run(label: string, f: () => Promise<string | null | void>, rescanAfter?: boolean): Promise<boolean>;
  undo(): Promise<void>;
  dismissError(): void;
  dismissNotice(): void;
}

export function useTaskpane(service: ExcelService, t: Strings): [TaskpaneState, TaskpaneActions] {
  const [state, setState] = useState<TaskpaneState>({
    scan: null,
    busy: t.scanning,
    error: null,
    notice: null,
    warnings: [],
    undoable: null,
  });
  const busyRef = useRef(false);
  const undoStack = useRef<string[]>([]);
  const patch = (p: Partial<TaskpaneState>) => setState((s) => ({ ...s, ...p }));

  const guarded = useCallback(
    async (label: string, f: () => Promise<string | null | void>, rescanAfter: boolean): Promise<boolean> => {
      if (busyRef.current) return false;
      busyRef.current = true;
      patch({ busy: label, error: null, notice: null });
      try {
        const notice = await f();
        const scan = rescanAfter ? await service.scan() : undefined;
        patch({
          ...(scan ? { scan, warnings: scan.warnings } : {}),
          notice: notice || null,
          undoable: service.canUndo ? (undoStack.current[undoStack.current.length - 1] ?? t.undo) : null,
        });
        return true;
      } catch (e) {
        patch({ error: describeError(e, t) });
        return false;
      } finally {
        busyRef.current = false;
        patch({ busy: null });
      }
    },
    [service, t],
  );

  // A confirmation is read and gone: it clears itself (and on the next action), so notices never pile up.
  useEffect(() => {
    if (!state.notice) return;
    const timer = setTimeout(() => patch({ notice: null }), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [state.notice]);

  const rescan = useCallback(() => guarded(t.scanning, async () => undefined, true).then(() => undefined), [guarded, t]);

  useEffect(() => {
    busyRef.current = false;
    void rescan();
    // Scan once on open.
  }, [service]);

  const actions: TaskpaneActions = {
    rescan,
    async apply(build, label, done) {
      let applied: EditPlan | null = null;
      const ok = await guarded(
        label,
        async () => {
          const r = await service.apply(build);
          applied = r.plan;
          // The service journals a plan only when it wrote something.
          if (r.plan.ops.length > 0) undoStack.current.push(r.plan.description || label);
          // The adapter's lines already say what undo will not restore.
          const extra = r.unrestorable.length ? ` ${r.unrestorable.join(' ')}` : '';
          return done(r.plan) + extra;
        },
        true,
      );
      return ok ? applied : null;
    },
    run: (label, f, rescanAfter = false) => guarded(label, f, rescanAfter),
    async undo() {
      await guarded(
        t.undo,
        async () => {
          const r = await service.undo();
          undoStack.current.pop();
          return r.unrestorable.length ? `${t.undone} ${r.unrestorable.join(' ')}` : t.undone;
        },
        true,
      );
    },
    dismissError: () => patch({ error: null }),
    dismissNotice: () => patch({ notice: null }),
  };
  return [state, actions];
}
