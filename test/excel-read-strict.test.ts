/**
 * The reader against the strict SIMULATED host: what real Excel does that the
 * friendly sim used not to (issue 20, read side). Each case fails on a reader
 * that trusts the sim to be lenient.
 */
import { splitAreas } from '../src/core/a1';
import { markedCondition } from '../src/core/plan';
import type { XlContext } from '../src/excel/api';
import { ExcelService } from '../src/excel/service';
import { sheetFromRows, type WorkbookSnapshot } from '../src/core/snapshot';
import { readSnapshot } from '../src/excel/read';
import { SimulatedExcelHost } from '../src/excel/sim/host';

const read = (host: SimulatedExcelHost, cache?: Parameters<typeof readSnapshot>[1]) => host.run((ctx) => readSnapshot(ctx, cache));

describe('sheet names Excel quotes in RangeAreas.address', () => {
  it('splits areas at commas outside quotes and undoes doubled apostrophes', () => {
    expect(splitAreas("'PL 1, 2026'!A1:B2, 'PL 1, 2026'!C3")).toEqual([
      { sheet: 'PL 1, 2026', area: 'A1:B2' },
      { sheet: 'PL 1, 2026', area: 'C3' },
    ]);
    expect(splitAreas("'Bà Rịa''s'!$A$1:$B$2,'Bà Rịa''s'!D4")).toEqual([
      { sheet: "Bà Rịa's", area: '$A$1:$B$2' },
      { sheet: "Bà Rịa's", area: 'D4' },
    ]);
    expect(splitAreas('Sheet1!A1:B4,Sheet1!D1:D4')).toEqual([
      { sheet: 'Sheet1', area: 'A1:B4' },
      { sheet: 'Sheet1', area: 'D1:D4' },
    ]);
    expect(splitAreas('A1, C3:D4')).toEqual([{ area: 'A1' }, { area: 'C3:D4' }]);
  });

  it.each(['PL 1, 2026', "Bà Rịa's", 'Thu,chi'])('reads merges and multi-area rules on sheet %p', async (name) => {
    const snap: WorkbookSnapshot = {
      sheets: [
        sheetFromRows(name, [
          ['Tiêu đề', null, null],
          [1, 2, 3],
          [4, 5, 6],
        ], {
          merges: [{ top: 1, left: 1, bottom: 1, right: 3 }, { top: 2, left: 1, bottom: 3, right: 1 }],
          conditionalFormats: [{ range: 'B2:B3 C2:C3', formula: '=B2<0', fill: '#FFC7CE' }],
        }),
      ],
    };
    const host = new SimulatedExcelHost(snap);
    const r = await read(host);
    const s = r.snapshot.sheets[0];
    expect(s.name).toBe(name);
    expect(s.merges).toEqual(snap.sheets[0].merges);
    expect(s.conditionalFormats).toEqual([{ range: 'B2:B3 C2:C3', formula: '=B2<0', fill: '#FFC7CE' }]);
    expect(r.warnings).toEqual([]);
  });
});

describe('more than 512 merged areas (getMergedAreasOrNullObject fails above 512)', () => {
  /** A table whose every row merges A:B, `rows` rows deep. */
  function mergedTable(rows: number, name = 'Danh sách'): WorkbookSnapshot {
    const values = Array.from({ length: rows }, (_, i) => [`Dòng ${i + 1}`, null, i + 1]);
    const merges = Array.from({ length: rows }, (_, i) => ({ top: i + 1, left: 1, bottom: i + 1, right: 2 }));
    return { sheets: [sheetFromRows(name, values, { merges }), sheetFromRows('Khác', [['a', 'b']], { merges: [{ top: 1, left: 1, bottom: 1, right: 2 }] })] };
  }

  it('the sim refuses above 512, like Excel', async () => {
    const host = new SimulatedExcelHost(mergedTable(513));
    await expect(
      host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Danh sách').getRange().getMergedAreasOrNullObject().load('address');
        await ctx.sync();
      }),
    ).rejects.toThrow(/512/);
    const ok = new SimulatedExcelHost(mergedTable(512));
    const n = await ok.run(async (ctx) => {
      const areas = ctx.workbook.worksheets.getItem('Danh sách').getRange().getMergedAreasOrNullObject().load('address');
      await ctx.sync();
      return splitAreas(areas.address).length;
    });
    expect(n).toBe(512);
  });

  it('reads all 600 merges in row bands, and the next warm read stays one sync', async () => {
    const snap = mergedTable(600);
    const host = new SimulatedExcelHost(snap);
    const cold = await read(host);
    expect(cold.snapshot.sheets[0].merges).toEqual(snap.sheets[0].merges);
    expect(cold.snapshot.sheets[1].merges).toEqual(snap.sheets[1].merges);
    expect(cold.warnings).toEqual([]);
    // The failed batch, its retry without whole-sheet merges, one sync of bands.
    expect(cold.syncs).toBeLessThanOrEqual(5);
    const warm = await read(host, { cache: cold.cache });
    expect(warm.syncs).toBe(1);
    expect(warm.snapshot).toEqual(cold.snapshot);
  });

  it('keeps the common case (≤ 512 merges) at the usual round trips', async () => {
    const host = new SimulatedExcelHost(mergedTable(500));
    const cold = await read(host);
    expect(cold.snapshot.sheets[0].merges).toHaveLength(500);
    expect(cold.syncs).toBe(2);
    expect((await read(host, { cache: cold.cache })).syncs).toBe(1);
  });

  it('degrades to a Vietnamese warning when one row alone has more than 512 merges', async () => {
    const wide = Array.from({ length: 600 }, (_, k) => ({ top: 1, left: 2 * k + 1, bottom: 1, right: 2 * k + 2 }));
    const snap: WorkbookSnapshot = { sheets: [sheetFromRows('Rộng', [['x']], { merges: wide }), sheetFromRows('Khác', [['a', 'b']], { merges: [{ top: 1, left: 1, bottom: 1, right: 2 }] })] };
    const r = await read(new SimulatedExcelHost(snap));
    expect(r.warnings).toEqual([expect.stringContaining('"Rộng"')]);
    expect(r.warnings[0]).toMatch(/512/);
    expect(r.snapshot.sheets[0].merges).toEqual([]);
    // The other sheet is still read in full.
    expect(r.snapshot.sheets[1].merges).toEqual(snap.sheets[1].merges);
  });
});

describe('rules Office.js cannot read (duplicated / overlapping user rules, office-js #5222 #6827 #6835)', () => {
  const ADDIN = markedCondition('missed', 'D2<0');
  function withDuplicate(): SimulatedExcelHost {
    const snap: WorkbookSnapshot = {
      sheets: [
        sheetFromRows('Phụ lục 1', [
          ['Chỉ tiêu', 'ĐVT', 2025, 2026],
          ['GRDP', 'Tỷ đồng', 100, -5],
          ['Thu ngân sách', 'Tỷ đồng', 50, 60],
        ], {
          conditionalFormats: [
            { range: 'C2:C3', formula: '=C2>90', fill: '#FFEB9C' },
            { range: 'D2:D3', formula: ADDIN, fill: '#FFC7CE' },
          ],
        }),
        sheetFromRows('Phụ lục 2', [['a', 1]], { conditionalFormats: [{ range: 'B1', formula: '=B1>0', fill: '#C6EFCE' }] }),
      ],
    };
    const host = new SimulatedExcelHost(snap);
    // The user copied the add-in's highlight: Manage Rules → Duplicate Rule.
    host.model.sheets[0].duplicateCfAsUser(1, host.model.newId('cf'));
    return host;
  }

  it('the sim fails reads and deletes of such a rule with ItemNotFound, and still counts it', async () => {
    const host = withDuplicate();
    const count = await host.run(async (ctx) => {
      const c = ctx.workbook.worksheets.getItem('Phụ lục 1').getRange().conditionalFormats.getCount();
      await ctx.sync();
      return c.value;
    });
    expect(count).toBe(3);
    const attempts: ((ctx: XlContext) => void)[] = [
      (ctx) => void ctx.workbook.worksheets.getItem('Phụ lục 1').getRange().conditionalFormats.getItemAt(2).load('id'),
      (ctx) => void ctx.workbook.worksheets.getItem('Phụ lục 1').getRange().conditionalFormats.getItemAt(2).getRanges().load('address'),
      (ctx) => void ctx.workbook.worksheets.getItem('Phụ lục 1').getRange().conditionalFormats.load('items/id'),
      (ctx) => ctx.workbook.worksheets.getItem('Phụ lục 1').getRange().conditionalFormats.getItemAt(2).delete(),
    ];
    for (const attempt of attempts) {
      await expect(
        host.run(async (ctx) => {
          attempt(ctx);
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code: 'ItemNotFound' });
    }
    expect(host.model.sheets[0].cfs).toHaveLength(3);
  });

  it('a scan degrades to a warning for that sheet instead of failing, and reads everything else', async () => {
    const host = withDuplicate();
    const r = await read(host);
    expect(r.warnings).toEqual([expect.stringContaining('"Phụ lục 1"')]);
    expect(r.snapshot.sheets[0].conditionalFormats).toEqual([
      { range: 'C2:C3', formula: '=C2>90', fill: '#FFEB9C' },
      { range: 'D2:D3', formula: ADDIN, fill: '#FFC7CE' },
    ]);
    expect(r.snapshot.sheets[1].conditionalFormats).toEqual([{ range: 'B1', formula: '=B1>0', fill: '#C6EFCE' }]);
    expect(r.handles.cfIds['Phụ lục 1']).toEqual([host.model.sheets[0].cfs[0].id, host.model.sheets[0].cfs[1].id]);
    expect(r.handles.cfUnreadable).toEqual({ 'Phụ lục 1': 1 });
    // Values and the rest of the sheet are unaffected.
    expect(r.snapshot.sheets[0].values[1]).toEqual(['GRDP', 'Tỷ đồng', 100, -5]);
    // Retries happen only because a failure happened; the next read skips the bad rule: one sync.
    const warm = await read(host, { cache: r.cache });
    expect(warm.syncs).toBe(1);
    expect(warm.snapshot).toEqual(r.snapshot);
    expect(warm.warnings).toEqual(r.warnings);
  });

  it('after the add-in adds a rule to that sheet, a warm read still equals a cold read', async () => {
    const host = withDuplicate();
    const service = new ExcelService(host);
    await service.scan();
    await service.apply({ version: 1, action: 'highlight', ops: [{ op: 'addConditionalFormat', sheet: 'Phụ lục 1', range: 'C3', formula: markedCondition('met', 'C3>0'), fill: '#C6EFCE', tag: 'met' }] });
    const warm = await service.scan();
    const cold = await read(host);
    expect(warm.snapshot).toEqual(cold.snapshot);
    expect(warm.snapshot.sheets[0].conditionalFormats).toHaveLength(3);
    expect(warm.warnings).toEqual(cold.warnings);
  });

  it('re-highlighting never deletes the rule it could not see, warns about the double, and undo restores all', async () => {
    const host = withDuplicate();
    const before = host.model.sheets[0].cfs.map((c) => ({ ...c }));
    const service = new ExcelService(host);
    await service.scan();
    const res = await service.apply({
      version: 1,
      action: 'highlight',
      ops: [
        { op: 'removeAddinConditionalFormats', sheet: 'Phụ lục 1' },
        { op: 'addConditionalFormat', sheet: 'Phụ lục 1', range: 'D2:D3', formula: ADDIN, fill: '#FFC7CE', tag: 'missed' },
      ],
    });
    const cfs = host.model.sheets[0].cfs;
    // The user rule and the unreadable copy are still there; the readable add-in rule was replaced by the new one.
    expect(cfs.map((c) => [c.formula, !!c.unreadable])).toEqual([
      ['=C2>90', false],
      [ADDIN, true],
      [ADDIN, false],
    ]);
    expect(cfs.some((c) => c.id === before[1].id)).toBe(false);
    expect(res.warnings.some((w) => w.includes('"Phụ lục 1"') && /hai lần/.test(w))).toBe(true);
    await service.undo();
    expect(host.model.sheets[0].cfs.map((c) => [c.range, c.formula, c.fill, !!c.unreadable]).sort()).toEqual(before.map((c) => [c.range, c.formula, c.fill, !!c.unreadable]).sort());
  });
});

describe('a failed write on a sheet with a rule Excel cannot read', () => {
  it('still rolls back (the rollback reads rule by rule) and leaves that rule alone', async () => {
    const ADDIN = markedCondition('missed', 'D2<0');
    const host = new SimulatedExcelHost({ sheets: [sheetFromRows('P', [['a', 1, 2, 3], ['b', 1, 2, -3]], { conditionalFormats: [{ range: 'D2:D3', formula: ADDIN, fill: '#FFC7CE' }] })] });
    const copy = host.model.sheets[0].duplicateCfAsUser(0, host.model.newId('cf'));
    const service = new ExcelService(host);
    await service.scan();
    // The write batch fails after its first operations (the old rule deleted, the new one added).
    host.failSync(2, 'GeneralException', 2);
    const err = await service
      .apply({
        version: 1,
        action: 'highlight',
        ops: [
          { op: 'removeAddinConditionalFormats', sheet: 'P' },
          { op: 'addConditionalFormat', sheet: 'P', range: 'D2:D3', formula: ADDIN, fill: '#FFC7CE', tag: 'missed' },
          { op: 'setValues', sheet: 'P', address: 'A5', values: [['x']] },
        ],
      })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'api', workbookUnchanged: true });
    const cfs = host.model.sheets[0].cfs;
    expect(cfs.filter((c) => c.unreadable)).toEqual([copy]);
    expect(cfs.filter((c) => !c.unreadable && c.formula === ADDIN).map((c) => [c.range, c.fill])).toEqual([['D2:D3', '#FFC7CE']]);
    expect(host.model.sheets[0].cell(5, 1)?.v ?? null).toBeNull();
  });
});

describe('reads before load + sync fail on every member the reader uses', () => {
  it('RangeAreas, conditional formats, worksheets and client results', async () => {
    const host = new SimulatedExcelHost({
      sheets: [sheetFromRows('PL 1, 2026', [['a', 'b']], { merges: [{ top: 1, left: 1, bottom: 1, right: 2 }], conditionalFormats: [{ range: 'A1', formula: '=A1<0', fill: '#FFC7CE' }] })],
    });
    await host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('PL 1, 2026');
      const merged = ws.getRange().getMergedAreasOrNullObject();
      const count = ws.getRange().conditionalFormats.getCount();
      const cf = ws.getRange().conditionalFormats.getItemAt(0);
      const areas = cf.getRanges();
      const list = ctx.workbook.worksheets;
      const notLoaded = expect.objectContaining({ code: 'PropertyNotLoaded' });
      // Loaded but not yet synced is still not loaded.
      merged.load('address');
      cf.load('id,type,customOrNullObject/rule/formula');
      areas.load('address');
      list.load('items/name');
      for (const read of [() => merged.address, () => merged.isNullObject, () => cf.id, () => cf.type, () => cf.customOrNullObject.isNullObject, () => cf.customOrNullObject.rule.formula, () => areas.address, () => list.items]) {
        expect(read).toThrow(notLoaded);
      }
      // A ClientResult's value has its own code (OfficeExtension.ErrorCodes.valueNotLoaded).
      expect(() => count.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
      await ctx.sync();
      expect(merged.address).toBe("'PL 1, 2026'!A1:B1");
      expect(count.value).toBe(1);
      expect(areas.address).toBe("'PL 1, 2026'!A1");
      expect(list.items.map((s) => s.name)).toEqual(['PL 1, 2026']);
    });
  });
});
