/**
 * The reader against the strict SIMULATED host: what real Excel does that the
 * friendly sim used not to (issue 20, read side). Each case fails on a reader
 * that trusts the sim to be lenient.
 */
import { splitAreas } from '../src/core/a1';
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
