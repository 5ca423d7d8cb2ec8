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
