/**
 * The variant layouts written to real .xlsx files and read back through the
 * reader, as a ward office would hand them in: merges, styles, text years and
 * columns starting at C survive the round trip and are recognised the same.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readWorkbookFile } from '../src/cli/xlsx/read';
import { writeSnapshotToFile } from '../src/cli/xlsx/write';
import { recognizeWorkbook } from '../src/core/recognize';
import { allTables, comparable, render, shuffledOrder, withBlocks, withPairs, withYearText } from './fixtures/variants';

const dir = mkdtempSync(join(tmpdir(), 'phuluc-variants-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const [rachGia, kienHai, anDuong1, anDuong2, thachKhoi] = allTables();

const CASES: [string, ReturnType<typeof render>][] = [
  ['rach-gia, KH/TH pairs, from column C', render(withPairs(rachGia), { startCol: 3 })],
  ['rach-gia, KH block + TH block, unmerged', render(withBlocks(rachGia), { merged: false, repeatHeaderBefore: 12 })],
  ['kien-hai, years as text, no titles, blank rows', render(withYearText(kienHai), { titles: false, extraBlankRows: true })],
  ['an-duong PL1, columns in another order', render(anDuong1, { order: shuffledOrder(anDuong1) })],
  ['an-duong PL2, unmerged texts in the bottom row', render(anDuong2, { merged: false, bottomAligned: true })],
  ['thach-khoi, named Sheet1, repeated header', render(thachKhoi, { sheetName: 'Sheet1', repeatHeaderBefore: 10 })],
];

describe('variants through a real .xlsx file', () => {
  it('are recognised as placed', async () => {
    const file = join(dir, 'variants.xlsx');
    const sheets = CASES.map(([, r], i) => ({ ...r.sheet, name: `${i + 1}. ${r.sheet.name}`.slice(0, 31) }));
    await writeSnapshotToFile({ sheets }, file);
    const back = await readWorkbookFile(file);
    const layout = recognizeWorkbook(back);
    CASES.forEach(([title, r], i) => {
      const got = layout.sheets.find((s) => s.name === sheets[i].name);
      expect([title, got && comparable(got)]).toEqual([title, r.expected]);
    });
  });
});
