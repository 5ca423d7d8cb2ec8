/**
 * Properties of planFill over generated indicator tables: it never writes over
 * a typed figure unless told to, every formula it writes reads only cells that
 * hold numbers (or that it fills), and planning again after applying is empty.
 */
import fc from 'fast-check';
import { parseA1, toA1 } from '../a1';
import type { ColumnInfo, RowInfo, SheetLayout } from '../layout';
import { EditPlan, parsePlan } from '../plan';
import { CellValue, SheetSnapshot, sheetFromRows, WorkbookSnapshot } from '../snapshot';
import { FillOptions, planFill } from './index';

const YEARS = [2026, 2027, 2028, 2029, 2030];
// A STT | B name | C unit | D planTotal | E base 2025 | F..J years | K avgGrowth
const COL = { name: 2, unit: 3, total: 4, base: 5, first: 6, avg: 11 };

const figure = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 90000 }) },
  { weight: 2, arbitrary: fc.double({ min: 0.5, max: 5000, noNaN: true }).map((x) => Math.round(x * 100) / 100) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 9999 }).map((x) => `${Math.floor(x / 100)},${String(x % 100).padStart(2, '0')}`) },
  { weight: 1, arbitrary: fc.constantFrom('≥ 15', 'Đạt', '68% trở lên', '') },
);

const rowKind = fc.record({
  kind: fc.constantFrom('indicator', 'component', 'growth'),
  unit: fc.constantFrom('Tỷ đồng', 'Người', '%', 'Triệu đồng', ''),
  cells: fc.array(figure, { minLength: 8, maxLength: 8 }),
});

const table = fc.record({
  rows: fc.array(rowKind, { minLength: 1, maxLength: 12 }),
  withBase: fc.boolean(),
  percentFormat: fc.boolean(),
});

type Table = typeof table extends fc.Arbitrary<infer T> ? T : never;

function build(t: Table): { wb: WorkbookSnapshot; layout: SheetLayout } {
  const header: CellValue[] = ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 5 năm', t.withBase ? 'TH 2025' : null, ...YEARS, 'Tốc độ tăng bình quân (%)'];
  const values: CellValue[][] = [header];
  const formats: (string | null)[][] = [header.map(() => null)];
  const rows: RowInfo[] = [];
  let lastIndicator: number | undefined;
  t.rows.forEach((r, i) => {
    const row = i + 2;
    const kind = r.kind === 'indicator' || lastIndicator === undefined ? 'indicator' : r.kind;
    const unit = kind === 'growth' ? '%' : r.unit;
    const name = kind === 'growth' ? 'Tốc độ tăng' : `Chỉ tiêu ${row}`;
    // cells: total, base, 5 years, avg
    const [total, base, ...rest] = r.cells;
    const years = rest.slice(0, 5);
    const avg = rest[5];
    values.push([String(row), name, unit, total, t.withBase ? base : null, ...years, avg]);
    formats.push(values[values.length - 1].map((_, j) => (kind === 'growth' && t.percentFormat && j >= COL.first - 1 && j < COL.avg - 1 ? '0.00%' : null)));
    rows.push({ row, kind, stt: String(row), name, unit, ...(kind !== 'indicator' ? { parent: lastIndicator } : {}) });
    if (kind === 'indicator') lastIndicator = row;
  });
  const sheet: SheetSnapshot = sheetFromRows("PL 'thử'", values, { numberFormats: formats });
  const columns: ColumnInfo[] = [
    { role: 'name', col: COL.name, header: 'Chỉ tiêu' },
    { role: 'unit', col: COL.unit, header: 'ĐVT' },
    { role: 'planTotal', col: COL.total, header: 'KH 5 năm' },
    ...(t.withBase ? [{ role: 'year' as const, col: COL.base, year: 2025, series: 'actual' as const, header: 'TH 2025' }] : []),
    ...YEARS.map((year, i) => ({ role: 'year' as const, col: COL.first + i, year, series: 'plan' as const, header: String(year) })),
    { role: 'avgGrowth', col: COL.avg, header: 'Tốc độ tăng bình quân (%)' },
  ];
  const layout: SheetLayout = { name: sheet.name, kind: 'indicators', confidence: 1, reasons: [], header: { firstRow: 1, lastRow: 1 }, columns, rows };
  return { wb: { sheets: [sheet] }, layout };
}

/** Apply as a writer would; with `results`, formula cells carry their computed values, as after a recalculation. */
function apply(wb: WorkbookSnapshot, plan: EditPlan, results?: Map<string, number>): WorkbookSnapshot {
  const copy: WorkbookSnapshot = JSON.parse(JSON.stringify(wb));
  const s = copy.sheets[0];
  s.formulas = s.formulas ?? s.values.map((r) => r.map(() => null));
  for (const op of plan.ops) {
    if (op.op === 'setFormulas' || op.op === 'setValues') {
      const { row, col } = parseA1(op.address);
      const cells = op.op === 'setFormulas' ? op.formulas[0] : op.values[0];
      cells.forEach((v, j) => {
        if (op.op === 'setFormulas') {
          s.formulas![row - 1][col - 1 + j] = v as string;
          s.values[row - 1][col - 1 + j] = results?.get(toA1(row, col + j)) ?? null;
        } else s.values[row - 1][col - 1 + j] = v;
      });
    } else if (op.op === 'setNumberFormat') {
      const [a, b] = op.range.split(':');
      const p = parseA1(a);
      const q = parseA1(b ?? a);
      for (let r = p.row; r <= q.row; r++) for (let c = p.col; c <= q.col; c++) s.numberFormats![r - 1][c - 1] = op.format;
    } else if (op.op === 'setNote') {
      s.notes = { ...(s.notes ?? {}), [op.cell]: op.text };
    }
  }
  return copy;
}

function written(plan: EditPlan): Array<{ a1: string; formula: string }> {
  return plan.ops.flatMap((op) => {
    if (op.op !== 'setFormulas') return [];
    const { row, col } = parseA1(op.address);
    return op.formulas[0].flatMap((f, j) => (f ? [{ a1: toA1(row, col + j), formula: f }] : []));
  });
}

const isBlank = (v: CellValue) => v === null || (typeof v === 'string' && v.trim() === '');

describe('planFill properties', () => {
  it('by default writes formulas only into empty cells, and the plan is valid', () => {
    fc.assert(
      fc.property(table, (t) => {
        const { wb, layout } = build(t);
        const { plan } = planFill(wb, { sheets: [layout] });
        parsePlan(plan);
        for (const { a1 } of written(plan)) {
          const { row, col } = parseA1(a1);
          expect(isBlank(wb.sheets[0].values[row - 1][col - 1])).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every cell a formula reads holds a number once the plan is applied (or is filled by it)', () => {
    fc.assert(
      fc.property(table, fc.boolean(), (t, convertEqual) => {
        const { wb, layout } = build(t);
        const { plan } = planFill(wb, { sheets: [layout] }, { convertEqual });
        const after = apply(wb, plan);
        const s = after.sheets[0];
        for (const { formula } of written(plan)) {
          for (const ref of formula.match(/\b[A-Z]{1,3}\d+\b/g) ?? []) {
            const { row, col } = parseA1(ref);
            const ok = typeof s.values[row - 1][col - 1] === 'number' || !!s.formulas?.[row - 1]?.[col - 1];
            expect(ok ? null : `${formula} reads ${ref} = ${JSON.stringify(s.values[row - 1][col - 1])}`).toBeNull();
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('planning again after applying plans nothing, whatever the options', () => {
    const options = fc.constantFrom<FillOptions>({}, { convertEqual: true }, { replace: 'all' }, { replace: 'all', convertEqual: true });
    fc.assert(
      fc.property(table, options, (t, opts) => {
        const { wb, layout } = build(t);
        const first = planFill(wb, { sheets: [layout] }, opts);
        const second = planFill(apply(wb, first.plan), { sheets: [layout] }, opts);
        expect(second.plan.ops).toEqual([]);
        const p = first.preview;
        const results = new Map([...p.fill, ...p.convert, ...(p.replace ?? [])].map((c) => [c.cell, c.computed ?? 0]));
        const recalculated = planFill(apply(wb, first.plan, results), { sheets: [layout] }, opts);
        expect(recalculated.plan.ops).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
