/**
 * The service API the task pane calls, on the SIMULATED host: selecting a
 * finding's cell, .xlsx in and out of the simulation, and the round-trip
 * figures the benchmark prints.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readWorkbookFile } from '../src/cli/xlsx/read';
import { BENCH_ACTIONS, benchSample, grownWorkbook, measureRoundTrips, measureSession } from '../bench/round-trips';
import { ExcelService } from '../src/excel/service';
import { simulatedHostFromFile, writeSimulatedWorkbook } from './sim-file';
import { diffWorkbooks } from './excel-support';

const SEED = join(__dirname, '../seeds/rach-gia.xlsx');

it('selectCell activates the sheet and selects the cell in one round trip', async () => {
  const host = await simulatedHostFromFile(SEED);
  const service = new ExcelService(host);
  const sheet = host.exportSnapshot().sheets[0].name;
  await service.selectCell(sheet, 'C7');
  expect(host.model.selection).toEqual({ sheetId: host.model.sheets[0].id, address: 'C7' });
  expect(host.model.activeSheetId).toBe(host.model.sheets[0].id);
  expect(host.syncCount).toBe(1);
  await expect(service.selectCell('Không có', 'A1')).rejects.toMatchObject({ code: 'api' });
});

it('loads a simulated host from .xlsx and writes it back with the same cells', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'phuluc-sim-'));
  try {
    const host = await simulatedHostFromFile(SEED);
    const service = new ExcelService(host);
    await service.runActions({ fill: true, summary: true, date: '2026-11-23' });
    await writeSimulatedWorkbook(host, join(dir, 'out.xlsx'));
    expect(diffWorkbooks(await readWorkbookFile(join(dir, 'out.xlsx')), host.exportSnapshot())).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('round trips per action (benchmark figures)', () => {
  // Reads only for scan/validate; one read + one write (one Excel undo step) for the actions that edit.
  const EXPECTED = { scan: [2, 0], validate: [1, 0], fill: [2, 1], highlight: [2, 1], summary: [2, 1], undo: [1, 1] };

  it.each(BENCH_ACTIONS.map((a) => [a]))('%s on the sample workbook, on a fresh host', async (action) => {
    const m = await measureRoundTrips(await benchSample(), action);
    expect([m.syncs, m.undoRecords]).toEqual(EXPECTED[action]);
  });

  it('a 5,000-row workbook in one session: every action within 2 round trips on desktop', async () => {
    const wb = grownWorkbook(await benchSample(), 5000);
    expect(wb.sheets.reduce((n, s) => n + s.values.length, 0)).toBeGreaterThanOrEqual(5000);
    const session = await measureSession(wb);
    expect(Object.fromEntries(session.map((m) => [m.action, [m.syncs, m.undoRecords]]))).toEqual(EXPECTED);
  });
});
