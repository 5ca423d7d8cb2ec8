/**
 * The Office.js adapter on the SIMULATED Excel host, over every sample
 * workbook: read → core → apply gives the same cells as the CLI's .xlsx writer
 * for the same plan; undo restores an identical snapshot; round trips stay at
 * one read and one write per action.
 */
import fg from 'fast-glob';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';
import { readWorkbookFile } from '../src/cli/xlsx/read';
import { applyPlanToFile } from '../src/cli/xlsx/write';
import { ExcelService } from '../src/excel/service';
import { SimulatedExcelHost } from '../src/excel/sim/host';
import { canonicalWorkbook, diffWorkbooks } from './excel-support';

const SEEDS = fg.sync('seeds/*.xlsx', { cwd: join(__dirname, '..'), absolute: true }).sort();
const ACTIONS = { fill: true, highlight: true, summary: true, date: '2026-11-23' };
let out: string;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'phuluc-excel-'));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

it('has sample workbooks to run over', () => {
  expect(SEEDS.length).toBeGreaterThanOrEqual(5);
});

describe.each(SEEDS.map((f) => [basename(f), f]))('%s', (_name, file) => {
  it('reads through the adapter exactly what the .xlsx reader sees', async () => {
    const snap = await readWorkbookFile(file);
    const service = new ExcelService(new SimulatedExcelHost(snap));
    const scan = await service.scan();
    expect(canonicalWorkbook(scan.snapshot)).toEqual(canonicalWorkbook(snap));
    expect(scan.snapshot.sheets.map((s) => [s.name, s.origin, s.values.length, s.hiddenRows, s.protected])).toEqual(
      snap.sheets.map((s) => [s.name, s.origin, s.values.length, s.hiddenRows, s.protected]),
    );
    // The core sees the same workbook either way.
    expect(scan.check.layout.sheets.map((s) => [s.name, s.kind, s.rows.length])).toEqual(
      (await import('../src/core/pipeline')).checkWorkbook(snap).layout.sheets.map((s) => [s.name, s.kind, s.rows.length]),
    );
  });

  it('applies fill + highlight + summary like the CLI writer, in one read and one write, and undo restores it', async () => {
    const snap = await readWorkbookFile(file);
    const host = new SimulatedExcelHost(snap);
    const before = JSON.stringify(host.exportSnapshot());
    const service = new ExcelService(host);
    await service.scan();

    const applied = await service.runActions(ACTIONS);
    expect(applied.plan.ops.length).toBeGreaterThan(0);
    expect(applied.syncs).toBeLessThanOrEqual(2);
    expect(host.undoRecords).toBe(1);

    const cliOut = join(out, basename(file));
    await applyPlanToFile(file, applied.plan, cliOut);
    const viaCli = await readWorkbookFile(cliOut);
    expect(diffWorkbooks(viaCli, host.exportSnapshot())).toEqual([]);
    expect(host.exportSnapshot().sheets.some((s) => s.addinMarker === 'summary')).toBe(true);

    const undo = await service.undo();
    expect(undo.syncs).toBe(1);
    expect(JSON.stringify(host.exportSnapshot())).toBe(before);
    expect(service.canUndo).toBe(false);
  });

  it('regenerating the summary replaces the add-in sheet and undo brings the first one back', async () => {
    const snap = await readWorkbookFile(file);
    const host = new SimulatedExcelHost(snap);
    const service = new ExcelService(host);
    await service.runActions({ summary: true, date: '2026-11-23' });
    const first = JSON.stringify(host.exportSnapshot());
    await service.runActions({ summary: true, date: '2026-12-01' });
    const summaries = host.exportSnapshot().sheets.filter((s) => s.addinMarker === 'summary');
    expect(summaries).toHaveLength(1);
    await service.undo();
    expect(JSON.stringify(host.exportSnapshot())).toBe(first);
  });
});

describe('round trips', () => {
  it('a warm scan is one read; an action one read + one write; undo one write', async () => {
    const snap = await readWorkbookFile(SEEDS.find((f) => f.endsWith('rach-gia.xlsx'))!);
    const host = new SimulatedExcelHost(snap);
    const service = new ExcelService(host);
    const counts: number[] = [];
    // Sheet list, then all sheets' data (the seed carries no conditional formats whose ranges would need a third).
    counts.push((await service.scan()).syncs);
    counts.push((await service.scan()).syncs);
    const fill = await service.runActions({ fill: true, date: '2026-11-23' });
    expect(fill.plan.ops.length).toBeGreaterThan(0);
    counts.push(fill.syncs);
    counts.push((await service.runActions({ summary: true, date: '2026-11-23' })).syncs);
    // The service tells the reader about the sheet and rules it just made: the next scan is still one sync.
    counts.push((await service.scan()).syncs);
    counts.push((await service.undo()).syncs);
    expect(counts).toEqual([2, 1, 2, 2, 1, 1]);
    expect(host.syncCount).toBe(counts.reduce((a, b) => a + b, 0));
  });
});
