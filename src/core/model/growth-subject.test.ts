import { buildTable, budgetRows, GRDP_COLUMNS, grdpRows, type RowSpec } from '../rules/test-table';
import { SheetView } from '../sheet-view';
import { growthRowsBySubject, growthSubject } from './growth-subject';
import { SheetModel } from './sheet-model';

function modelOf(rows: RowSpec[]): { model: SheetModel; rowOf: (i: number) => number } {
  const t = buildTable({ columns: GRDP_COLUMNS, rows });
  return { model: new SheetModel(SheetView.of(t.sheet), t.layout.sheets[0]), rowOf: t.rowOf };
}

function subjectOf(rows: RowSpec[], growthIndex: number, isFigure?: (row: number, col: number) => boolean): number | undefined {
  const { model, rowOf } = modelOf(rows);
  const growth = model.rowInfo(rowOf(growthIndex))!;
  return growthSubject(model, growth, isFigure)?.row;
}

/** A heading with two sectors that both carry figures, and a growth row of the heading under them. */
function twoSectors(): RowSpec[] {
  return [
    { kind: 'indicator', cells: ['3', 'Vốn đầu tư', '', null, null, null, null, null, null, null] },
    { kind: 'component', parent: 0, cells: ['', 'Vốn nhà nước', 'Tỷ đồng', 500, 100, 100, 100, 100, 100, null] },
    { kind: 'component', parent: 0, cells: ['', 'Vốn ngoài nhà nước', 'Tỷ đồng', 1000, 200, 200, 200, 200, 200, null] },
    { kind: 'growth', parent: 0, cells: ['', 'Tốc độ tăng vốn đầu tư', '%', null, null, 10, 10, 10, 10, null] },
  ];
}

describe('growthSubject', () => {
  it('is the parent when the parent carries yearly figures (GRDP)', () => {
    const { model, rowOf } = modelOf(grdpRows());
    expect(growthSubject(model, model.rowInfo(rowOf(4))!)?.row).toBe(rowOf(0));
  });

  it('is the one component with figures under a heading ("Ngân sách Nhà nước" → "Thu ngân sách")', () => {
    const rows = budgetRows().map((r, i) => (i === 2 ? { ...r, parent: 0 } : r));
    const { rowOf } = modelOf(rows);
    expect(subjectOf(rows, 2)).toBe(rowOf(1));
  });

  it('is the component right above when several under a heading carry figures, none otherwise', () => {
    const rows = twoSectors();
    expect(subjectOf(rows, 3)).toBe(modelOf(rows).rowOf(2));
    const apart: RowSpec[] = [...rows.slice(0, 3), { kind: 'indicator', cells: ['4', 'Số dự án', 'Dự án', null, 1, 1, 1, 1, 1, null] }, { ...rows[3] }];
    expect(subjectOf(apart, 4)).toBeUndefined();
  });

  it('counts formulas as figures, their results known or not', () => {
    const rows = budgetRows().map((r, i) => (i === 2 ? { ...r, parent: 0 } : r));
    rows[0] = { ...rows[0], formulas: { 4: '=SUM(E3)', 5: '=SUM(F3)' } };
    expect(subjectOf(rows, 2)).toBe(modelOf(rows).rowOf(0));
  });

  it('takes the caller\'s figures: the fill counts the formulas it has decided to write', () => {
    const rows = budgetRows().map((r, i) => (i === 2 ? { ...r, parent: 0 } : r));
    expect(subjectOf(rows, 2, () => true)).toBe(modelOf(rows).rowOf(0));
  });

  it('groups growth rows by the row they measure', () => {
    const { model, rowOf } = modelOf(grdpRows());
    expect([...growthRowsBySubject(model)].map(([row, gs]) => [row, gs.map((g) => g.row)])).toEqual([[rowOf(0), [rowOf(4)]]]);
  });
});
