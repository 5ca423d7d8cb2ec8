/**
 * Round trips per task-pane action, measured on the SIMULATED Excel host (for
 * `npm run bench`, see bench/run.ts). Node-only (reads the sample workbook);
 * never part of the add-in bundle.
 *
 * Each action runs as the task pane runs it: the pane scans once when it opens
 * (that first, cold scan is the "scan" figure); every other action is measured
 * after it, so its read is warm. `measureSession` runs the six actions in
 * that order on one workbook, as one user would (undo then undoes the summary);
 * `measureRoundTrips` runs one action on a fresh host ("undo" there undoes a
 * fill + highlight + summary).
 */
import { join } from 'path';
import type { WorkbookSnapshot } from '../src/core/snapshot';
import { readWorkbookFile } from '../src/cli/xlsx/read';
import { growSheet } from './synthetic';
import { ExcelService } from '../src/excel/service';
import { SimulatedExcelHost, WEB_PAYLOAD_LIMIT } from '../src/excel/sim/host';

export const BENCH_ACTIONS = ['scan', 'validate', 'fill', 'highlight', 'summary', 'undo'] as const;
export type BenchAction = (typeof BENCH_ACTIONS)[number];

export interface RoundTripMeasure {
  action: BenchAction;
  /** context.sync() calls the action made. */
  syncs: number;
  /** Largest request / response of one sync, in bytes. */
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Excel undo records the action left (1 with ExcelApi 1.20's merged undo group). */
  undoRecords: number;
}

export interface MeasureOptions {
  /** Enforce Excel on the web's 5 MB payload limit (default false: desktop, no documented limit). */
  webPayloadLimit?: boolean;
  /** Highest ExcelApi set the simulated host claims (default 1.20). */
  apiVersion?: string;
  date?: string;
}

/** Run one action on a fresh simulated host loaded with `snapshot` and count its round trips. */
export async function measureRoundTrips(snapshot: WorkbookSnapshot, action: BenchAction, options: MeasureOptions = {}): Promise<RoundTripMeasure> {
  const host = new SimulatedExcelHost(snapshot, { apiVersion: options.apiVersion, payloadLimit: options.webPayloadLimit ? WEB_PAYLOAD_LIMIT : Infinity });
  const service = new ExcelService(host);
  const date = options.date ?? '2026-11-23';
  const run = async (f: () => Promise<unknown>) => {
    const from = host.syncs.length;
    const undo0 = host.undoRecords;
    await f();
    const syncs = host.syncs.slice(from);
    return {
      action,
      syncs: syncs.length,
      maxRequestBytes: Math.max(0, ...syncs.map((s) => s.requestBytes)),
      maxResponseBytes: Math.max(0, ...syncs.map((s) => s.responseBytes)),
      undoRecords: host.undoRecords - undo0,
    };
  };
  if (action === 'scan') return run(() => service.scan());
  await service.scan();
  switch (action) {
    case 'validate':
      return run(() => service.scan());
    case 'fill':
      return run(() => service.runActions({ fill: true, date }));
    case 'highlight':
      return run(() => service.runActions({ highlight: true, date }));
    case 'summary':
      return run(() => service.runActions({ summary: true, date }));
    case 'undo':
      await service.runActions({ fill: true, highlight: true, summary: true, date });
      return run(() => service.undo());
  }
}

/** scan, validate, fill, highlight, summary, undo in a row on one simulated host. */
export async function measureSession(snapshot: WorkbookSnapshot, options: MeasureOptions = {}): Promise<RoundTripMeasure[]> {
  const host = new SimulatedExcelHost(snapshot, { apiVersion: options.apiVersion, payloadLimit: options.webPayloadLimit ? WEB_PAYLOAD_LIMIT : Infinity });
  const service = new ExcelService(host);
  const date = options.date ?? '2026-11-23';
  const steps: Record<BenchAction, () => Promise<unknown>> = {
    scan: () => service.scan(),
    validate: () => service.scan(),
    fill: () => service.runActions({ fill: true, date }),
    highlight: () => service.runActions({ highlight: true, date }),
    summary: () => service.runActions({ summary: true, date }),
    undo: () => service.undo(),
  };
  const out: RoundTripMeasure[] = [];
  for (const action of BENCH_ACTIONS) {
    const from = host.syncs.length;
    const undo0 = host.undoRecords;
    await steps[action]();
    const syncs = host.syncs.slice(from);
    out.push({
      action,
      syncs: syncs.length,
      maxRequestBytes: Math.max(0, ...syncs.map((x) => x.requestBytes)),
      maxResponseBytes: Math.max(0, ...syncs.map((x) => x.responseBytes)),
      undoRecords: host.undoRecords - undo0,
    });
  }
  return out;
}

/** The sample workbook's sheets, each grown to about `rows / sheets` rows (its table body repeated). */
export function grownWorkbook(sample: WorkbookSnapshot, rows: number): WorkbookSnapshot {
  const per = Math.ceil(rows / sample.sheets.length);
  return { name: `${sample.name ?? 'sample'}-${rows}`, sheets: sample.sheets.map((s) => growSheet(s, per)) };
}

/**
 * The benchmark's sample: the plan appendix of seed 000 (rach-gia: fill has
 * growth formulas to write) beside the tracking sheet (theo-doi: highlight has
 * missed targets to colour), so every action really writes.
 */
export async function benchSample(): Promise<WorkbookSnapshot> {
  const seeds = join(__dirname, '../seeds');
  const plan = await readWorkbookFile(join(seeds, 'rach-gia.xlsx'));
  const tracking = await readWorkbookFile(join(seeds, 'theo-doi-2026-2027.xlsx'));
  return { name: 'rach-gia+theo-doi', sheets: [plan.sheets[0], tracking.sheets[0]] };
}

/** The figures `npm run bench` prints: every action on the sample, a 5,000-row and a 50,000-row workbook (the last under the web's 5 MB limit). */
export async function roundTripFigures(): Promise<Array<{ action: string; rows: number; value: number }>> {
  const sample = await benchSample();
  const sizes: { wb: WorkbookSnapshot; web: boolean }[] = [
    { wb: sample, web: false },
    { wb: grownWorkbook(sample, 5000), web: false },
    { wb: grownWorkbook(sample, 50000), web: true },
  ];
  const out: Array<{ action: string; rows: number; value: number }> = [];
  for (const { wb, web } of sizes) {
    const rows = wb.sheets.reduce((n, s) => n + s.values.length, 0);
    for (const m of await measureSession(wb, { webPayloadLimit: web })) out.push({ action: m.action, rows, value: m.syncs });
  }
  return out;
}
