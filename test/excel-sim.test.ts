/**
 * The SIMULATED Excel host behaves like Office.js where the adapter depends on
 * it: properties need load + sync, writes land at sync, errors surface at sync
 * and stop the batch there, null objects, payload limits, requirement sets,
 * undo groups; and it round-trips a snapshot unchanged.
 */
import { sheetFromRows, WorkbookSnapshot } from '../src/core/snapshot';
import { SimulatedExcelHost, WEB_PAYLOAD_LIMIT } from '../src/excel/sim/host';
import type { XlContext } from '../src/excel/api';

function sample(): WorkbookSnapshot {
  return {
    name: 'mau.xlsx',
    sheets: [
      sheetFromRows('Phụ lục 1', [
        ['STT', 'Chỉ tiêu', 'ĐVT', 2026, 2027],
        [1, 'GRDP', 'Tỷ đồng', 44477, 49689],
        ['', 'Tốc độ tăng', '%', null, { error: '#DIV/0!' }],
      ], {
        formulas: [[null, null, null, null, null], [null, null, null, null, null], [null, null, null, null, '=E2/D2-1']],
        numberFormats: [[null, null, null, null, null], [null, null, null, '#,##0', '#,##0'], [null, null, null, null, '0.00%']],
        styles: [{ row: 1, col: 1, bold: true }, { row: 2, col: 4, fill: '#FFFF00' }, { row: 3, col: 2, italic: true, fontColor: '#FF0000' }],
        merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
        hiddenRows: [3],
        conditionalFormats: [{ range: 'D2:E2', formula: '=D2<0', fill: '#FFC7CE' }],
        notes: { B2: 'ghi chú' },
      }),
      sheetFromRows('Tổng hợp', [['x']], { addinMarker: 'summary' }),
    ],
    settings: { ruleSettings: { version: 1, rules: { 'total-mismatch': 'off' } } },
  };
}

const run = <T>(host: SimulatedExcelHost, f: (ctx: XlContext) => Promise<T>) => host.run(f);

describe('SIMULATED Excel host', () => {
  it('exports the snapshot it started from unchanged', () => {
    const snap = sample();
    const host = new SimulatedExcelHost(snap);
    const out = host.exportSnapshot();
    expect(out).toEqual({ ...snap, sheets: snap.sheets.map((s) => ({ ...s, values: s.values.map((r) => r.map((v) => (v === '' ? null : v))) })) });
  });

  it('throws PropertyNotLoaded when a property is read before load + sync', async () => {
    const host = new SimulatedExcelHost(sample());
    await run(host, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Phụ lục 1').getRange('A1:B2');
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      r.load('values');
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(r.values).toEqual([['STT', 'Chỉ tiêu'], [1, 'GRDP']]);
      expect(() => r.formulas).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
    expect(host.syncCount).toBe(1);
  });

  it('applies writes at sync, in order, and reads see earlier writes of the same batch', async () => {
    const host = new SimulatedExcelHost(sample());
    await run(host, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Phụ lục 1');
      ws.getRange('D2').values = [[1]];
      expect(host.exportSnapshot().sheets[0].values[1][3]).toBe(44477);
      const r = ws.getRange('D2').load('values');
      ws.getRange('D2').values = [[2]];
      await ctx.sync();
      expect(r.values).toEqual([[1]]);
    });
    expect(host.exportSnapshot().sheets[0].values[1][3]).toBe(2);
  });

  it('surfaces errors at sync and keeps the operations before the failing one, like Excel', async () => {
    const host = new SimulatedExcelHost(sample());
    await run(host, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Phụ lục 1');
      ws.getRange('A2').values = [[7]];
      ctx.workbook.worksheets.getItem('Không có').getRange('A1').values = [[1]];
      ws.getRange('A3').values = [[8]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
    const s = host.exportSnapshot().sheets[0];
    expect(s.values[1][0]).toBe(7);
    expect(s.values[2][0]).toBeNull();
  });

  it('refuses writes to a protected sheet with AccessDenied', async () => {
    const snap = sample();
    snap.sheets[0].protected = true;
    const host = new SimulatedExcelHost(snap);
    await run(host, async (ctx) => {
      ctx.workbook.worksheets.getItem('Phụ lục 1').getRange('A1').values = [['x']];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    });
    expect(host.exportSnapshot()).toEqual(new SimulatedExcelHost(snap).exportSnapshot());
  });

  it('coerces typed strings like Excel: "=", "+" make formulas, numbers and TRUE are parsed, an apostrophe keeps text', async () => {
    const host = new SimulatedExcelHost(sample());
    await run(host, async (ctx) => {
      ctx.workbook.worksheets.getItem('Phụ lục 1').getRange('A5:F5').values = [['=1+1', '+84 90', '15%', 'TRUE', "'=1+1", "'15%"]];
      await ctx.sync();
    });
    const s = host.exportSnapshot().sheets[0];
    expect(s.formulas![4].slice(0, 2)).toEqual(['=1+1', '=+84 90']);
    expect(s.values[4].slice(2)).toEqual([0.15, true, '=1+1', '15%']);
  });

  it('gives null objects for missing items and fails calls on them at sync', async () => {
    const host = new SimulatedExcelHost(sample());
    await run(host, async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('Không có').load('name');
      const there = ctx.workbook.settings.getItemOrNullObject('phuluc.ruleSettings').load('value');
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
      expect(JSON.parse(there.value as string)).toEqual({ version: 1, rules: { 'total-mismatch': 'off' } });
      missing.delete();
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  it('counts syncs, measures payloads and enforces the 5 MB limit when asked', async () => {
    const big: (string | number)[][] = Array.from({ length: 3000 }, (_, i) => [i, 'Chỉ tiêu có tên khá dài để tăng dung lượng '.repeat(3), i * 1.5]);
    const host = new SimulatedExcelHost({ sheets: [sheetFromRows('S', big)] }, { payloadLimit: 100_000 });
    await run(host, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1:C3000').load('values');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      ctx.workbook.worksheets.getItem('S').getRange('A1:C3000').values = big;
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    });
    expect(host.syncCount).toBe(2);
    expect(host.syncs[0].responseBytes).toBeGreaterThan(100_000);
    expect(host.exportSnapshot().sheets[0].values).toEqual(big);
    expect(WEB_PAYLOAD_LIMIT).toBe(5 * 1024 * 1024);
  });

  it('enforces the 5 MB limit by default, the stricter reading of a limit documented for Excel on the web', async () => {
    // About 6 MB of text in one write: over the limit, so the host refuses the request before running it.
    const rows: string[][] = Array.from({ length: 600 }, (_, i) => [`${i} `.padEnd(10_000, 'x')]);
    const host = new SimulatedExcelHost({ sheets: [sheetFromRows('S', [['a']])] });
    expect(host.payloadLimit).toBe(WEB_PAYLOAD_LIMIT);
    expect(host.payloadBudget).toBe(Math.floor(WEB_PAYLOAD_LIMIT * 0.8));
    await run(host, async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:A600').values = rows;
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    });
    expect(host.exportSnapshot().sheets[0].values).toEqual([['a']]);
    const desktop = new SimulatedExcelHost({ sheets: [sheetFromRows('S', [['a']])] }, { payloadLimit: Infinity });
    await run(desktop, async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:A600').values = rows;
      await ctx.sync();
    });
    expect(desktop.exportSnapshot().sheets[0].values).toEqual(rows);
  });

  it('fails like Excel while the user is editing a cell', async () => {
    const host = new SimulatedExcelHost(sample());
    host.cellEditMode = true;
    await run(host, async (ctx) => {
      ctx.workbook.worksheets.getItem('Phụ lục 1').getRange('A1').values = [['x']];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    });
    expect(host.exportSnapshot().sheets[0].values[0][0]).toBe('STT');
  });

  it('only offers APIs of the requirement sets it claims', async () => {
    const host = new SimulatedExcelHost(sample(), { apiVersion: '1.12' });
    expect(host.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(host.isSetSupported('ExcelApi', '1.13')).toBe(false);
    await run(host, async (ctx) => {
      ctx.workbook.worksheets.getItem('Phụ lục 1').getRange().getMergedAreasOrNullObject().load('address');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    });
  });

  it('records one undo group per Excel.run with mergeUndoGroup on 1.20, one per writing sync otherwise', async () => {
    for (const [version, expected] of [['1.20', 1], ['1.19', 2]] as const) {
      const host = new SimulatedExcelHost(sample(), { apiVersion: version });
      await host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Phụ lục 1').getRange('A1').values = [['a']];
        await ctx.sync();
        ctx.workbook.worksheets.getItem('Phụ lục 1').getRange('A2').values = [['b']];
        await ctx.sync();
        ctx.workbook.worksheets.load('items/name');
        await ctx.sync();
      }, { mergeUndoGroup: true });
      expect(host.undoRecords).toBe(expected);
    }
  });

  it('keeps add-in sheet markers as PHULUC_ defined names that follow renames', async () => {
    const host = new SimulatedExcelHost(sample());
    await run(host, async (ctx) => {
      ctx.workbook.worksheets.getItem('Tổng hợp').name = 'TH mới';
      const names = ctx.workbook.names.load('items/name,items/formula');
      await ctx.sync();
      expect(names.items.map((n) => [n.name, n.formula])).toEqual([['PHULUC_SUMMARY_1', "='TH mới'!$A$1"]]);
    });
    expect(host.exportSnapshot().sheets[1]).toMatchObject({ name: 'TH mới', addinMarker: 'summary' });
  });
});
