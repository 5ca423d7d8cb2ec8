/**
 * "Thêm cột theo dõi thực hiện" on the plan-only sample workbooks, through the
 * .xlsx writer: the new block sits right of the table and leaves every old
 * cell alone, the recogniser then reads actual series for every plan year,
 * and once people type actuals (LibreOffice recalculating) the ratios are
 * TH/KH (KH/TH when lower is better) and the colours follow the verdicts.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseA1, toA1 } from '../src/core/a1';
import { yearColumns } from '../src/core/layout';
import type { EditPlan } from '../src/core/plan';
import { isAddinConditionFormula } from '../src/core/plan';
import { recognizeSheet, recognizeWorkbook } from '../src/core/recognize';
import { SheetView } from '../src/core/sheet-view';
import type { CellValue, WorkbookSnapshot } from '../src/core/snapshot';
import { evaluateWorkbook, planTracking, sheetTargetCells } from '../src/core/targets';
import { readWorkbookFile } from '../src/cli/xlsx/read';
import { applyPlanToFile } from '../src/cli/xlsx/write';
import { recalculate } from './helpers/libreoffice';
import { evaluateRulesInLibreOffice, trueTags } from './targets-cf-eval';

const ROOT = join(__dirname, '..');

/** A plausible actual for a plan cell: figures a little under, on or over, words met or not, some left blank. */
function typedActual(plan: CellValue, i: number): string | number | null {
  if (i % 7 === 6) return null;
  if (typeof plan === 'number') return Math.round(plan * [0.9, 1, 1.1][i % 3] * 100) / 100;
  if (typeof plan === 'string') {
    const m = /\d+(?:,\d+)?/.exec(plan);
    if (m) return Number(m[0].replace(',', '.')) + [-1, 0, 1][i % 3];
    return i % 2 ? 'Đạt' : 'Chưa đạt';
  }
  return null;
}

describe.each([
  ['kien-hai.xlsx', 'Chỉ tiêu chủ yếu'],
  ['rach-gia.xlsx', 'Phụ lục'],
])('tracking columns on %s', (file, sheetName) => {
  const dir = mkdtempSync(join(tmpdir(), 'phuluc-tracking-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const out = join(dir, 'tracked.xlsx');
  const typed = join(dir, 'typed.xlsx');
  let before: WorkbookSnapshot;
  let after: WorkbookSnapshot;
  let plan: EditPlan;

  beforeAll(async () => {
    before = await readWorkbookFile(join(ROOT, 'seeds', file));
    plan = planTracking(before, recognizeWorkbook(before), sheetName);
    await applyPlanToFile(join(ROOT, 'seeds', file), plan, out);
    after = await readWorkbookFile(out);
  }, 120_000);

  it('adds the block right of the table and changes no old cell', () => {
    const old = before.sheets.find((s) => s.name === sheetName)!;
    const now = new SheetView(after.sheets.find((s) => s.name === sheetName)!);
    const oldView = new SheetView(old);
    for (let r = oldView.firstRow; r <= oldView.lastRow; r++) {
      for (let c = oldView.firstCol; c <= oldView.lastCol; c++) expect([r, c, now.value(r, c)]).toEqual([r, c, oldView.value(r, c)]);
    }
    const merges = after.sheets.find((s) => s.name === sheetName)!.merges;
    for (const m of old.merges) expect(merges).toContainEqual(m);
    expect(now.lastCol).toBeGreaterThan(oldView.lastCol);
  });

  it('is read back as actual series for every plan year, the old columns and rows unchanged', () => {
    const oldLayout = recognizeSheet(before.sheets.find((s) => s.name === sheetName)!);
    const layout = recognizeSheet(after.sheets.find((s) => s.name === sheetName)!);
    const planYears = yearColumns(oldLayout, 'plan').map((c) => c.year);
    expect(yearColumns(layout, 'actual').map((c) => c.year)).toEqual(planYears);
    expect(yearColumns(layout, 'actual').every((c) => c.col > Math.max(...oldLayout.columns.map((x) => x.col)))).toBe(true);
    expect(layout.columns.filter((c) => c.series !== 'actual')).toEqual(oldLayout.columns);
    expect(layout.rows.map((r) => [r.row, r.kind])).toEqual(oldLayout.rows.map((r) => [r.row, r.kind]));
    expect(after.sheets.find((s) => s.name === sheetName)!.conditionalFormats.every((c) => isAddinConditionFormula(c.formula))).toBe(true);
  });

  it('with actuals typed in, the ratios are TH/KH (KH/TH when lower is better) and the colours follow the verdicts', async () => {
    const sheet = after.sheets.find((s) => s.name === sheetName)!;
    const layout = recognizeSheet(sheet);
    const view = new SheetView(sheet);
    const cells = sheetTargetCells(view, layout);
    const typing: EditPlan = { version: 1, action: 'test', ops: [] };
    const typedValues = new Map<string, string | number | null>();
    cells.forEach((c, i) => {
      const v = typedActual(c.plan, i);
      typedValues.set(c.actualCell, v);
      if (v !== null) typing.ops.push({ op: 'setValues', sheet: sheetName, address: c.actualCell, values: [[v]] });
    });
    await applyPlanToFile(out, typing, typed);
    const recalculated = await recalculate(typed);
    const rs = new SheetView(recalculated.sheets.find((s) => s.name === sheetName)!);

    // Ratios: the ratio block starts right after the TH block, same year order.
    const thCols = yearColumns(layout, 'actual').map((c) => c.col);
    const ratioCol = (actualCol: number) => actualCol + thCols.length;
    let checked = 0;
    let down = 0;
    for (const c of cells) {
      const a = typedValues.get(c.actualCell);
      const got = rs.value(c.row, ratioCol(c.actualCol));
      if (typeof a !== 'number') continue;
      const k = c.criterion;
      // The figure to reach: the plan cell, the parsed threshold, or the edge of a range on the good side.
      const target = k.type === 'floor' || k.type === 'ceiling' ? (c.planIsNumber ? (c.plan as number) : k.value) : k.type === 'band' ? (k.good === 'down' ? k.hi : k.lo) : null;
      if (target === null || target === 0) continue;
      const lower = k.type === 'ceiling' || (k.type === 'band' && k.good === 'down');
      if (lower) down++;
      // Zero accidents against a ceiling: no finite ratio, the cell stays blank.
      if (lower && a === 0) {
        expect([toA1(c.row, ratioCol(c.actualCol)), got ?? '']).toEqual([toA1(c.row, ratioCol(c.actualCol)), '']);
        continue;
      }
      const want = lower ? target / a : a / target;
      expect([toA1(c.row, ratioCol(c.actualCol)), typeof got === 'number' ? Math.round(got * 1e9) / 1e9 : got]).toEqual([toA1(c.row, ratioCol(c.actualCol)), Math.round(want * 1e9) / 1e9]);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
    if (file === 'rach-gia.xlsx') expect(down).toBeGreaterThan(0);
    // No actual, no ratio.
    for (const c of cells) if (typedValues.get(c.actualCell) === null) expect(rs.value(c.row, ratioCol(c.actualCol)) ?? '').toBe('');

    // Colours: the rules on the new TH cells, evaluated by LibreOffice, against the verdicts of the typed sheet.
    const typedSnapshot = await readWorkbookFile(typed);
    const typedSheet = typedSnapshot.sheets.find((s) => s.name === sheetName)!;
    const evaluations = evaluateWorkbook(typedSnapshot, { sheets: [recognizeSheet(typedSheet)] });
    const rules = typedSheet.conditionalFormats
      .filter((c) => isAddinConditionFormula(c.formula))
      .map((c) => ({ sheet: sheetName, range: c.range, formula: c.formula!, tag: /N\("phuluc:([a-z-]+)"\)/.exec(c.formula!)![1] }));
    const results = await evaluateRulesInLibreOffice(typedSnapshot, rules, join(dir, 'scratch.xlsx'));
    const got = evaluations.map((e) => {
      const at = parseA1(e.actualCell);
      return [e.actualCell, e.verdict, trueTags(results, sheetName, at.row, at.col)];
    });
    const want = evaluations.map((e) => [e.actualCell, e.verdict, e.verdict === 'no-data' || e.verdict === 'unknown' ? [] : [e.verdict]]);
    expect(got).toEqual(want);
    expect(new Set(evaluations.map((e) => e.verdict)).size).toBeGreaterThanOrEqual(4);
  }, 300_000);
});
