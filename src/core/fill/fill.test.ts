/**
 * planFill on a hand-built snapshot of seed 000 (from its data module) with a
 * hand-built layout, so these tests do not depend on the recogniser.
 */
import { RACH_GIA_GEOMETRY as G, RACH_GIA_ROWS, RACH_GIA_SHEET } from '../../../seeds/data/rach-gia';
import type { RowInfo, SheetLayout, WorkbookLayout } from '../layout';
import { EditPlan, parsePlan } from '../plan';
import { sheetFromRows, type CellValue, type WorkbookSnapshot } from '../snapshot';
import { cellNumber } from '../numbers';
import { parseA1 } from '../a1';
import { FillResult, planFill } from './index';

// ---- fixture -----------------------------------------------------------

/** Rows of seed 000 by meaning (1-based, as Excel shows). */
const A = {
  grdp: 9,
  sector1: 10,
  sector3: 12,
  grdpGrowth: 13,
  budgetHeading: 14,
  budget: 15,
  budgetGrowth: 16,
  investment: 17,
  income: 19,
  jobs: 27,
  houses: 32,
};
const LAST_COL = 13;

function fmt(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

function rachGiaSnapshot(): WorkbookSnapshot {
  const rows = G.lastRow;
  const values: CellValue[][] = Array.from({ length: rows }, () => Array(LAST_COL).fill(null));
  const formats: (string | null)[][] = Array.from({ length: rows }, () => Array(LAST_COL).fill(null));
  const set = (r: number, c: number, v: CellValue, f?: string | null) => {
    values[r - 1][c - 1] = v;
    if (f !== undefined) formats[r - 1][c - 1] = f;
  };
  set(1, 1, 'PHỤ LỤC');
  const header = (top: number, repeated: boolean) => {
    ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kế hoạch 5 năm giai đoạn 2026-2030'].forEach((t, i) => set(top, i + 1, t));
    set(top, 7, 'Chỉ tiêu Kế hoạch 5 năm giai đoạn 2026-2030');
    [2026, 2027, 2028, 2029, 2030].forEach((y, i) => set(top + 1, 7 + i, y));
    if (!repeated) {
      set(top, 12, 'Tốc độ tăng bình quân 5 năm 2026-2030 (%)');
      set(top, 13, 'KH 5 năm giai đoạn 2026-2030 so với mức TH 2021-2025 (%)');
    } else {
      set(top, 12, 'KH 5 năm giai đoạn 2026-2030 so với trước TH 2021-2025 (%)');
      set(top + 1, 13, 'Tốc độ tăng bình quân 5 năm 2026-2030 (%)');
    }
    ['A', 'B', 'C', 1, 2, 3, 4, 5, 6, 7, 8, 9, '10=2/1'].forEach((v, i) => set(top + 2, i + 1, v));
  };
  header(G.header.firstRow, false);
  header(G.repeatedHeader.firstRow, true);
  for (const { row, data } of RACH_GIA_ROWS) {
    set(row, 1, data.stt === '' ? null : /^\d+$/.test(data.stt) ? Number(data.stt) : data.stt);
    set(row, 2, data.name);
    set(row, 3, data.unit || null);
    const figures = [data.planTotal, ...data.years];
    figures.forEach((v, i) => set(row, 6 + i, v, typeof v === 'number' ? fmt(data.decimals) : null));
    set(row, 12, data.avgGrowth, fmt(2));
    set(row, 13, data.ratioPrevious, fmt(2));
  }
  const merges = [
    { top: G.header.firstRow, left: 7, bottom: G.header.firstRow, right: 11 },
    { top: G.repeatedHeader.firstRow, left: 7, bottom: G.repeatedHeader.firstRow, right: 11 },
    { top: G.repeatedHeader.firstRow, left: 12, bottom: G.repeatedHeader.lastRow, right: 12 },
  ];
  const sheet = sheetFromRows(RACH_GIA_SHEET, values, { numberFormats: formats, merges });
  return { name: 'rach-gia.xlsx', sheets: [sheet] };
}

function rachGiaLayout(): WorkbookLayout {
  const byStt = new Map<string, number>();
  const rows: RowInfo[] = [];
  for (const { row, data } of RACH_GIA_ROWS) {
    if (data.kind === 'indicator' && data.stt) byStt.set(data.stt, row);
    rows.push({
      row,
      kind: data.kind,
      stt: data.stt,
      name: data.name,
      unit: data.unit,
      ...(data.parentStt ? { parent: byStt.get(data.parentStt) } : {}),
    });
  }
  const r = G.repeatedHeader.firstRow;
  for (const h of [r, r + 1, r + 2]) rows.push({ row: h, kind: 'header', stt: '', name: '', unit: '' });
  rows.sort((a, b) => a.row - b.row);
  const sheet: SheetLayout = {
    name: RACH_GIA_SHEET,
    kind: 'indicators',
    confidence: 1,
    reasons: [],
    header: { firstRow: G.header.firstRow, lastRow: G.header.lastRow },
    columnNumberRow: G.columnNumberRow,
    columns: [
      { role: 'stt', col: 1, header: 'STT' },
      { role: 'name', col: 2, header: 'Chỉ tiêu' },
      { role: 'unit', col: 3, header: 'Đơn vị tính' },
      { role: 'planTotal', col: 6, header: 'Kế hoạch 5 năm giai đoạn 2026-2030' },
      ...[2026, 2027, 2028, 2029, 2030].map((year, i) => ({ role: 'year' as const, col: 7 + i, year, series: 'plan' as const, header: String(year) })),
      { role: 'avgGrowth', col: 12, header: 'Tốc độ tăng bình quân 5 năm 2026-2030 (%)' },
      { role: 'ratioPrevious', col: 13, header: 'so với' },
    ],
    rows,
    lastRow: G.lastRow,
  };
  return { sheets: [sheet] };
}

function cellOf(wb: WorkbookSnapshot, a1: string, sheet = 0): CellValue {
  const { row, col } = parseA1(a1);
  return wb.sheets[sheet].values[row - 1]?.[col - 1] ?? null;
}

function blank(wb: WorkbookSnapshot, cells: string[]): WorkbookSnapshot {
  const copy: WorkbookSnapshot = JSON.parse(JSON.stringify(wb));
  for (const a1 of cells) {
    const { row, col } = parseA1(a1);
    copy.sheets[0].values[row - 1][col - 1] = null;
  }
  return copy;
}

/** What an applier does with the plan, as far as planFill can see: formulas (no cached result), values, formats, notes. */
function applyToSnapshot(wb: WorkbookSnapshot, plan: EditPlan): WorkbookSnapshot {
  const copy: WorkbookSnapshot = JSON.parse(JSON.stringify(wb));
  for (const op of plan.ops) {
    const s = copy.sheets.find((x) => x.name === (op as { sheet?: string }).sheet)!;
    const grid = <T,>(g: T[][] | undefined, fill: T): T[][] => g ?? s.values.map((r) => r.map(() => fill));
    if (op.op === 'setFormulas') {
      s.formulas = grid(s.formulas, null as string | null);
      const { row, col } = parseA1(op.address);
      op.formulas[0].forEach((f, j) => {
        if (f === null) return;
        s.formulas![row - 1][col - 1 + j] = f;
        s.values[row - 1][col - 1 + j] = null;
      });
    } else if (op.op === 'setValues') {
      const { row, col } = parseA1(op.address);
      op.values[0].forEach((v, j) => (s.values[row - 1][col - 1 + j] = v));
    } else if (op.op === 'setNumberFormat') {
      s.numberFormats = grid(s.numberFormats, null as string | null);
      const [a, b] = op.range.split(':');
      const p = parseA1(a);
      const q = parseA1(b ?? a);
      for (let r = p.row; r <= q.row; r++) for (let c = p.col; c <= q.col; c++) s.numberFormats[r - 1][c - 1] = op.format;
    } else if (op.op === 'setNote') {
      s.notes = { ...(s.notes ?? {}), [op.cell]: op.text };
    } else {
      throw new Error(`fill made an unexpected op ${op.op}`);
    }
  }
  return copy;
}

const round2 = (x: number | undefined) => (x === undefined ? undefined : Math.round(x * 100) / 100);

function byCell(list: FillResult['preview']['fill']) {
  return new Map(list.map((c) => [c.cell, c]));
}

/** Every formula the plan writes, keyed by A1. */
function formulasOf(plan: EditPlan): Map<string, string> {
  const out = new Map<string, string>();
  for (const op of plan.ops) {
    if (op.op !== 'setFormulas') continue;
    const { row, col } = parseA1(op.address);
    op.formulas[0].forEach((f, j) => f && out.set(`${String.fromCharCode(64 + col + j)}${row}`, f));
  }
  return out;
}

const GROWTH_CELLS = ['H13', 'I13', 'J13', 'K13', 'H16', 'I16', 'J16', 'K16'];
const BLANKED = [...GROWTH_CELLS, 'L9', 'L15', 'F9', 'F15'];

// ---- tests -------------------------------------------------------------

describe('planFill on seed 000 with growth, averages and totals blanked', () => {
  const wb = blank(rachGiaSnapshot(), BLANKED);
  const layout = rachGiaLayout();
  const { plan, preview } = planFill(wb, layout);
  const fill = byCell(preview.fill);

  it('produces a valid edit plan', () => {
    expect(() => parsePlan(plan)).not.toThrow();
    expect(plan.action).toBe('fill');
    expect(plan.description).toMatch(/^Điền công thức: \d+ ô trống, 0 ô chuyển thành công thức, 0 ô thay thế, \d+ ô giữ nguyên; 5 số lưu dạng chữ/);
  });

  it('fills year-on-year growth on the parent row, in percent points', () => {
    const f = formulasOf(plan);
    expect(f.get('H13')).toBe('=(H9/G9-1)*100');
    expect(f.get('K13')).toBe('=(K9/J9-1)*100');
    expect(['H13', 'I13', 'J13', 'K13'].map((c) => round2(fill.get(c)?.computed))).toEqual([11.72, 11.81, 11.87, 11.92]);
  });

  it('takes the budget growth from the component that carries the figures, not the empty heading', () => {
    const f = formulasOf(plan);
    expect(f.get('H16')).toBe('=(H15/G15-1)*100');
    expect(['H16', 'I16', 'J16', 'K16'].map((c) => round2(fill.get(c)?.computed))).toEqual([10, 10, 10, 10.5]);
  });

  it('does not fill the first year without a base year column', () => {
    expect(fill.has('G13')).toBe(false);
    expect(fill.has('G16')).toBe(false);
  });

  it('fills the average growth from the base implied by the first-year growth (12,30 and 11,47)', () => {
    const f = formulasOf(plan);
    expect(f.get('L9')).toBe('=(POWER(K9/(G9/(1+G13/100)),1/5)-1)*100');
    expect(f.get('L15')).toBe('=(POWER(K15/(G15/(1+G16/100)),1/5)-1)*100');
    expect(round2(fill.get('L9')?.computed)).toBe(12.3);
    expect(round2(fill.get('L15')?.computed)).toBe(11.47);
  });

  it('fills 5-year totals of flows as SUM of the years (281.427 and 6.620,54)', () => {
    const f = formulasOf(plan);
    expect(f.get('F9')).toBe('=SUM(G9:K9)');
    expect(f.get('F15')).toBe('=SUM(G15:K15)');
    expect(fill.get('F9')?.computed).toBe(281427);
    expect(round2(fill.get('F15')?.computed)).toBe(6620.54);
  });

  it('makes the text-stored budget figures real numbers, figure unchanged, so the formulas compute', () => {
    expect(preview.numbers?.map((n) => n.cell)).toEqual(['G15', 'H15', 'I15', 'J15', 'K15']);
    expect(preview.numbers?.map((n) => n.value)).toEqual([1083.25, 1191.57, 1310.73, 1441.8, 1593.19]);
    const setValues = plan.ops.filter((o) => o.op === 'setValues');
    expect(setValues).toEqual([{ op: 'setValues', sheet: RACH_GIA_SHEET, address: 'G15', values: [[1083.25, 1191.57, 1310.73, 1441.8, 1593.19]] }]);
    const formats = plan.ops.filter((o) => o.op === 'setNumberFormat' && o.range === 'G15:K15');
    expect(formats).toEqual([{ op: 'setNumberFormat', sheet: RACH_GIA_SHEET, range: 'G15:K15', format: '#,##0.00' }]);
    // Formats and values come before the formulas that read them.
    const firstFormula = plan.ops.findIndex((o) => o.op === 'setFormulas');
    expect(plan.ops.findIndex((o) => o.op === 'setValues')).toBeLessThan(firstFormula);
  });

  it('batches a row of growth formulas into one operation', () => {
    const op = plan.ops.find((o) => o.op === 'setFormulas' && o.address === 'H13');
    expect(op).toEqual({ op: 'setFormulas', sheet: RACH_GIA_SHEET, address: 'H13', formulas: [['=(H9/G9-1)*100', '=(I9/H9-1)*100', '=(J9/I9-1)*100', '=(K9/J9-1)*100']] });
  });

  it('leaves the components’ typed averages that cannot be checked, without contradicting them', () => {
    const leave = byCell(preview.leave);
    for (const cell of ['L10', 'L11', 'L12']) {
      expect(leave.get(cell)?.reason).toMatch(/Không kiểm tra được/);
      expect(leave.get(cell)?.computed).toBeUndefined();
      expect(formulasOf(plan).has(cell)).toBe(false);
    }
    expect(leave.get('L19')?.reason).toMatch(/Không kiểm tra được/);
  });

  it('fills an empty average with no base from first to last year, and says so in a note', () => {
    const f = formulasOf(plan);
    expect(f.get(`L${A.investment}`)).toBe('=(POWER(K17/G17,1/4)-1)*100');
    const note = plan.ops.find((o) => o.op === 'setNote' && o.cell === 'L17');
    expect(note && note.op === 'setNote' && note.text).toMatch(/từ năm 2026 đến năm 2030 \(4 năm\).*năm gốc 2025/);
    expect(round2(fill.get('L17')?.computed)).toBe(round2((Math.pow(15085 / 13103, 1 / 4) - 1) * 100));
  });

  it('puts no average on rates and yearly quotas, and nothing into the swapped ratio column of page 2', () => {
    const f = formulasOf(plan);
    for (const [cell] of f) {
      const { row, col } = parseA1(cell);
      if (row > G.repeatedHeader.firstRow) expect(col).not.toBe(12);
    }
    expect(f.has(`M${A.jobs}`)).toBe(false);
    expect(f.has(`M${A.houses}`)).toBe(false);
  });

  it('leaves typed totals and sums that agree, listing them with the computed value', () => {
    const leave = byCell(preview.leave);
    expect(leave.get('G9')?.formula).toBe('=SUM(G10:G12)');
    expect(leave.get('G9')?.reason).toMatch(/khớp/);
    expect(leave.get('F10')?.formula).toBe('=SUM(G10:K10)');
    expect(leave.get(`F${A.houses}`)?.computed).toBe(1766);
  });
});

describe('planFill never loses a figure', () => {
  const layout = rachGiaLayout();

  it('on the untouched seed writes no formula over a typed cell by default', () => {
    const wb = rachGiaSnapshot();
    const { plan, preview } = planFill(wb, layout);
    const f = formulasOf(plan);
    for (const cell of f.keys()) expect(cellOf(wb, cell)).toBeNull();
    expect(preview.convert).toEqual([]);
    const leave = byCell(preview.leave);
    expect(leave.get('H13')?.typed).toBe(11.72);
    expect(round2(leave.get('H13')?.computed)).toBe(11.72);
  });

  it('converts typed values equal to the result within displayed precision only with convertEqual', () => {
    const wb = rachGiaSnapshot();
    const { plan, preview } = planFill(wb, layout, { convertEqual: true });
    const conv = byCell(preview.convert);
    for (const c of [...GROWTH_CELLS, 'L9', 'L15', 'F9', 'F15', 'G9']) expect(conv.has(c)).toBe(true);
    expect(formulasOf(plan).get('I13')).toBe('=(I9/H9-1)*100');
    // Uncheckable averages stay.
    expect(conv.has('L10')).toBe(false);
    expect(byCell(preview.leave).get('L10')?.reason).toMatch(/Không kiểm tra được/);
  });

  it('keeps a differing typed growth, reports it with the computed value, and replaces it only when asked', () => {
    const wb = rachGiaSnapshot();
    wb.sheets[0].values[12][8] = 12.5; // I13, computed 11,81
    const kept = planFill(wb, layout, { convertEqual: true });
    expect(formulasOf(kept.plan).has('I13')).toBe(false);
    const leave = byCell(kept.preview.leave).get('I13');
    expect(leave?.typed).toBe(12.5);
    expect(round2(leave?.computed)).toBe(11.81);
    expect(leave?.reason).toMatch(/khác kết quả công thức \(11,81\)/);

    const named = planFill(wb, layout, { replace: ["'Phụ lục'!$I$13"] });
    expect(formulasOf(named.plan).get('I13')).toBe('=(I9/H9-1)*100');
    expect(named.preview.replace?.map((c) => c.cell)).toEqual(['I13']);
    // Only that cell: the equal ones stay without convertEqual.
    expect(formulasOf(named.plan).has('H13')).toBe(false);

    const all = planFill(wb, layout, { replace: 'all' });
    expect(formulasOf(all.plan).get('I13')).toBe('=(I9/H9-1)*100');
    // "all" replaces differing checkable figures, never the uncheckable ones.
    expect(formulasOf(all.plan).has('L10')).toBe(false);
    const namedUncheckable = planFill(wb, layout, { replace: ['Phụ lục!L10'] });
    expect(formulasOf(namedUncheckable.plan).get('L10')).toBe('=(POWER(K10/G10,1/4)-1)*100');
  });

  it('keeps a differing typed total and a text target', () => {
    const wb = rachGiaSnapshot();
    wb.sheets[0].values[8][5] = 281000; // F9
    const { plan, preview } = planFill(wb, layout, { convertEqual: true });
    expect(formulasOf(plan).has('F9')).toBe(false);
    expect(byCell(preview.leave).get('F9')?.computed).toBe(281427);
  });

  it('treats a typed text number as its figure ("11,72" equals the formula)', () => {
    const wb = rachGiaSnapshot();
    wb.sheets[0].values[12][7] = '11,72'; // H13 as text
    const { preview } = planFill(wb, layout, { convertEqual: true });
    expect(byCell(preview.convert).get('H13')?.typed).toBe('11,72');
  });
});

describe('planFill is idempotent', () => {
  const layout = rachGiaLayout();

  it.each([
    ['blanked, default', BLANKED, {}],
    ['blanked, convertEqual', BLANKED, { convertEqual: true }],
    ['untouched, replace all', [], { replace: 'all' as const, convertEqual: true }],
  ])('%s: a second run plans nothing', (_name, cells, options) => {
    const wb = blank(rachGiaSnapshot(), cells);
    const first = planFill(wb, layout, options);
    expect(first.plan.ops.length).toBeGreaterThan(0);
    const after = applyToSnapshot(wb, first.plan);
    const second = planFill(after, layout, options);
    expect(second.plan.ops).toEqual([]);
    expect(second.preview.fill).toEqual([]);
    expect(second.preview.convert).toEqual([]);
  });

  it('keeps the converted budget figures equal to what was typed', () => {
    const wb = blank(rachGiaSnapshot(), BLANKED);
    const after = applyToSnapshot(wb, planFill(wb, layout).plan);
    for (const [i, text] of ['1083,25', '1191,57', '1310,73', '1441,80', '1593,19'].entries()) {
      expect(after.sheets[0].values[14][6 + i]).toBe(cellNumber(text));
    }
  });
});
