/**
 * The sample tables laid out in the ways ward offices lay them out, each
 * recognised exactly as the fixture generator placed it (test/fixtures/variants.ts).
 */
import fc from 'fast-check';
import { recognizeSheet } from '../src/core/recognize';
import {
  allTables,
  comparable,
  LogicalTable,
  render,
  RenderOptions,
  RACH_GIA_REPEAT_BEFORE,
  shuffledOrder,
  withBlocks,
  withPairs,
  withYearText,
} from './fixtures/variants';

function check(table: LogicalTable, options: RenderOptions = {}): void {
  const { sheet, expected } = render(table, options);
  expect(comparable(recognizeSheet(sheet))).toEqual(expected);
}

const tables = allTables();
const yearTables = tables.filter((t) => t.columns.some((c) => c.role === 'year'));

describe.each(tables.map((t) => [t.id, t] as const))('%s', (_id, table) => {
  it('as in the sample workbook (titles, merged header)', () =>
    check(table, table.id === 'rach-gia' ? { repeatHeaderBefore: RACH_GIA_REPEAT_BEFORE } : {}));
  it('header at row 1 without titles', () => check(table, { titles: false }));
  it('table starting at column C (blank A:B in the used range)', () => check(table, { startCol: 3 }));
  it('table starting at column C (used range starts at C)', () => check(table, { startCol: 3, originAtTable: true }));
  it('unmerged headers', () => check(table, { merged: false }));
  it('unmerged headers, texts in the bottom header row', () => check(table, { merged: false, bottomAligned: true }));
  it('a repeated header mid-table', () => check(table, { repeatHeaderBefore: Math.floor(table.rows.length / 2) }));
  it('a repeated, unmerged header mid-table', () => check(table, { repeatHeaderBefore: Math.floor(table.rows.length / 3), merged: false }));
  it('extra blank rows', () => check(table, { extraBlankRows: true }));
  it('columns in another order', () => check(table, { order: shuffledOrder(table) }));
  it('without the column-number row, from column D, no titles', () => check(table, { columnNumbers: false, startCol: 4, titles: false }));
});

describe.each(yearTables.map((t) => [t.id, t] as const))('%s years', (_id, table) => {
  it('years as text "Năm 2026"', () => check(withYearText(table)));
  it('years as text "KH năm 2026"', () => check(withYearText(table, (y) => `KH năm ${y}`)));
  it('KH/TH pairs under each year', () => check(withPairs(table)));
  it('KH/TH pairs, unmerged, from column C', () => check(withPairs(table), { merged: false, startCol: 3 }));
  it('KH/TH pairs, unmerged, texts in the bottom row', () => check(withPairs(table), { merged: false, bottomAligned: true }));
  it('a KH block then a TH block, unmerged, texts in the bottom row', () =>
    check(withBlocks(table), { merged: false, bottomAligned: true }));
  it('KH/TH pairs with years as text', () => check(withPairs(withYearText(table))));
  it('a KH block then a TH block', () => check(withBlocks(table)));
  it('a KH block then a TH block, unmerged, with blank rows', () => check(withBlocks(table), { merged: false, extraBlankRows: true }));
  it('a KH block then a TH block with a repeated header', () => check(withBlocks(table), { repeatHeaderBefore: 5 }));
});

describe('the fixture generator', () => {
  it('places the rach-gia table where the sample workbook has it', () => {
    const { expected } = render(tables[0], { repeatHeaderBefore: RACH_GIA_REPEAT_BEFORE });
    expect(expected.header).toEqual({ firstRow: 5, lastRow: 6 });
    expect(expected.columnNumberRow).toBe(7);
    expect(expected.rows.filter((r) => r.kind === 'header').map((r) => r.row)).toEqual([24, 25, 26]);
    expect(expected.lastRow).toBe(38);
  });

  it('says KH/TH pairs are plan then actual under the same year', () => {
    const { expected } = render(withPairs(tables[0]));
    const years = expected.columns.filter((c) => c.role === 'year');
    expect(years.slice(0, 4)).toEqual([
      { role: 'year', col: 7, year: 2026, series: 'plan' },
      { role: 'year', col: 8, year: 2026, series: 'actual' },
      { role: 'year', col: 9, year: 2027, series: 'plan' },
      { role: 'year', col: 10, year: 2027, series: 'actual' },
    ]);
  });
});

describe('any combination of the variations', () => {
  it('is recognised as placed', () => {
    fc.assert(
      fc.property(
        fc.record({
          table: fc.constantFrom(...tables),
          titles: fc.boolean(),
          startCol: fc.integer({ min: 1, max: 5 }),
          originAtTable: fc.boolean(),
          merged: fc.boolean(),
          bottomAligned: fc.boolean(),
          columnNumbers: fc.boolean(),
          extraBlankRows: fc.boolean(),
          repeat: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
          shuffle: fc.boolean(),
          years: fc.constantFrom('as is', 'text', 'pairs', 'blocks', 'text pairs'),
        }),
        (o) => {
          let t = o.table;
          if (t.columns.some((c) => c.role === 'year')) {
            if (o.years === 'text' || o.years === 'text pairs') t = withYearText(t);
            if (o.years === 'pairs' || o.years === 'text pairs') t = withPairs(t);
            if (o.years === 'blocks') t = withBlocks(t);
          }
          const { sheet, expected } = render(t, {
            titles: o.titles,
            startCol: o.startCol,
            originAtTable: o.originAtTable,
            merged: o.merged,
            bottomAligned: o.bottomAligned,
            columnNumbers: o.columnNumbers,
            extraBlankRows: o.extraBlankRows,
            repeatHeaderBefore: o.repeat !== undefined && o.repeat < t.rows.length ? o.repeat : undefined,
            order: o.shuffle ? shuffledOrder(t) : undefined,
          });
          expect(comparable(recognizeSheet(sheet))).toEqual(expected);
        },
      ),
      { numRuns: 150, seed: 20260301 },
    );
  });
});
