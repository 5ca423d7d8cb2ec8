/**
 * planFill on small hand-built sheets: the layouts seed 000 does not have
 * (a base-year column, actual columns, a swapped repeated header, component
 * parents left empty) and the cells it must not write to.
 */
import { parseA1, toA1 } from '../a1';
import type { ColumnInfo, RowInfo, SheetLayout } from '../layout';
import { EditPlan, parsePlan } from '../plan';
import { CellValue, sheetFromRows, SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import { planFill } from './index';

const YEARS = [2026, 2027, 2028, 2029, 2030];

function row(r: number, kind: RowInfo['kind'], name: string, unit: string, parent?: number): RowInfo {
  return { row: r, kind, stt: '', name, unit, ...(parent ? { parent } : {}) };
}

function layoutOf(name: string, columns: ColumnInfo[], rows: RowInfo[], extra: Partial<SheetLayout> = {}): SheetLayout {
  return { name, kind: 'indicators', confidence: 1, reasons: [], header: { firstRow: 1, lastRow: 2 }, columns, rows, ...extra };
}

function formulasOf(plan: EditPlan): Map<string, string> {
  const out = new Map<string, string>();
  for (const op of plan.ops) {
    if (op.op !== 'setFormulas') continue;
    const { row, col } = parseA1(op.address);
    op.formulas[0].forEach((f, j) => f && out.set(toA1(row, col + j), f));
  }
  return out;
}

const r2 = (x: number | undefined) => (x === undefined ? undefined : Math.round(x * 100) / 100);

/**
 * A | B | C | D=TH 2025 | E..I = 2026..2030 | J = average growth
 * GRDP with its growth row; a 2025 base column.
 */
function withBaseYear(): { wb: WorkbookSnapshot; layout: SheetLayout } {
  const base = 44477 / 1.142;
  const rows: CellValue[][] = [
    ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2025', 'Kế hoạch', null, null, null, null, 'Tốc độ tăng bình quân (%)'],
    [null, null, null, null, 2026, 2027, 2028, 2029, 2030, null],
    ['1', 'Tổng giá trị sản phẩm', 'Tỷ đồng', base, 44477, 49689, 55557, 62149, 69555, null],
    [null, 'Tốc độ tăng', '%', null, null, null, null, null, null, null],
  ];
  const sheet = sheetFromRows('PL base', rows);
  const layout = layoutOf(
    'PL base',
    [
      { role: 'name', col: 2, header: 'Chỉ tiêu' },
      { role: 'unit', col: 3, header: 'ĐVT' },
      { role: 'year', col: 4, year: 2025, series: 'actual', header: 'TH 2025' },
      ...YEARS.map((year, i) => ({ role: 'year' as const, col: 5 + i, year, series: 'plan' as const, header: String(year) })),
      { role: 'avgGrowth', col: 10, header: 'Tốc độ tăng bình quân (%)' },
    ],
    [row(3, 'indicator', 'Tổng giá trị sản phẩm', 'Tỷ đồng'), row(4, 'growth', 'Tốc độ tăng', '%', 3)],
  );
  return { wb: { sheets: [sheet] }, layout };
}

describe('with a base-year column', () => {
  const { wb, layout } = withBaseYear();
  const { plan, preview } = planFill(wb, { sheets: [layout] });
  const f = formulasOf(plan);
  const fill = new Map(preview.fill.map((c) => [c.cell, c]));

  it('fills the first year’s growth from the base column', () => {
    expect(f.get('E4')).toBe('=(E3/D3-1)*100');
    expect(r2(fill.get('E4')?.computed)).toBe(14.2);
    expect(YEARS.slice(1).map((_, i) => r2(fill.get(toA1(4, 6 + i))?.computed))).toEqual([11.72, 11.81, 11.87, 11.92]);
  });

  it('takes the average over the full period from the base column', () => {
    expect(f.get('J3')).toBe('=(POWER(I3/D3,1/5)-1)*100');
    expect(r2(fill.get('J3')?.computed)).toBe(12.3);
    expect(plan.ops.some((o) => o.op === 'setNote')).toBe(false);
  });

  it('shows growth with two decimals when the cell has no format', () => {
    expect(plan.ops).toContainEqual({ op: 'setNumberFormat', sheet: 'PL base', range: 'E4:I4', format: '#,##0.00' });
    expect(plan.ops).toContainEqual({ op: 'setNumberFormat', sheet: 'PL base', range: 'J3', format: '#,##0.00' });
  });
});

describe('with plan and actual columns side by side', () => {
  // D,E = KH/TH 2026; F,G = KH/TH 2027; H,I = KH/TH 2028; J = 5-year plan
  const rows: CellValue[][] = [
    ['STT', 'Chỉ tiêu', 'ĐVT', '2026', null, '2027', null, '2028', null, 'KH 5 năm'],
    [null, null, null, 'KH', 'TH', 'KH', 'TH', 'KH', 'TH', null],
    ['1', 'Thu ngân sách', 'Tỷ đồng', 100, 101, 110, 115, 121, null, null],
    [null, 'Tốc độ tăng thu ngân sách', '%', null, null, null, null, null, null, null],
  ];
  const columns: ColumnInfo[] = [
    { role: 'name', col: 2, header: 'Chỉ tiêu' },
    { role: 'unit', col: 3, header: 'ĐVT' },
    ...[2026, 2027, 2028].flatMap((year, i) => [
      { role: 'year' as const, col: 4 + 2 * i, year, series: 'plan' as const, header: `${year} / KH` },
      { role: 'year' as const, col: 5 + 2 * i, year, series: 'actual' as const, header: `${year} / TH` },
    ]),
    { role: 'planTotal', col: 10, header: 'KH 5 năm' },
  ];
  const layout = layoutOf('KH-TH', columns, [row(3, 'indicator', 'Thu ngân sách', 'Tỷ đồng'), row(4, 'growth', 'Tốc độ tăng thu ngân sách', '%', 3)]);
  const { plan, preview } = planFill({ sheets: [sheetFromRows('KH-TH', rows)] }, { sheets: [layout] });
  const f = formulasOf(plan);

  it('fills growth of the plan on plan cells and of the actuals on actual cells, where both years are known', () => {
    expect(f.get('F4')).toBe('=(F3/D3-1)*100');
    expect(f.get('H4')).toBe('=(H3/F3-1)*100');
    expect(f.get('G4')).toBe('=(G3/E3-1)*100');
    expect(f.has('I4')).toBe(false); // no 2028 actual yet
    expect(r2(preview.fill.find((c) => c.cell === 'G4')?.computed)).toBe(13.86);
  });

  it('sums the plan years that are not adjacent cell by cell', () => {
    expect(f.get('J3')).toBe('=SUM(D3,F3,H3)');
    expect(preview.fill.find((c) => c.cell === 'J3')?.computed).toBe(331);
  });
});

describe('a repeated header with its last two columns swapped', () => {
  // Row 1-2 header: L = average growth, M = ratio. Row 5-6 repeated: L = ratio, M = average growth.
  const v: CellValue[][] = Array.from({ length: 7 }, () => Array(13).fill(null));
  v[0] = ['STT', 'Chỉ tiêu', 'ĐVT', null, null, 'Kế hoạch 5 năm', 'Chỉ tiêu KH', null, null, null, null, 'Tốc độ tăng bình quân 5 năm (%)', 'So với TH 2021-2025 (%)'];
  v[1] = [null, null, null, null, null, null, ...YEARS, null, null];
  v[2] = ['1', 'Tổng vốn đầu tư', 'Tỷ đồng', null, null, null, 13103, 13453, 14309, 14653, 15085, null, null];
  v[3] = ['STT', 'Chỉ tiêu', 'ĐVT', null, null, 'Kế hoạch 5 năm', 'Chỉ tiêu KH', null, null, null, null, 'KH 5 năm so với trước TH 2021-2025 (%)', null];
  v[4] = [null, null, null, null, null, null, ...YEARS, null, 'Tốc độ tăng bình quân 5 năm 2026-2030 (%)'];
  v[5] = ['2', 'Thu nhập bình quân đầu người', 'Triệu đồng', null, null, null, 127, 130, 135, 140, 143.33, null, null];
  v[6] = ['3', 'Vốn ngân sách', 'Tỷ đồng', null, null, null, 10, 11, 12, 13, 14, null, null];
  const sheet: SheetSnapshot = { ...sheetFromRows('Phụ lục', v), merges: [{ top: 4, left: 12, bottom: 5, right: 12 }] };
  const columns: ColumnInfo[] = [
    { role: 'name', col: 2, header: 'Chỉ tiêu' },
    { role: 'unit', col: 3, header: 'ĐVT' },
    { role: 'planTotal', col: 6, header: 'Kế hoạch 5 năm' },
    ...YEARS.map((year, i) => ({ role: 'year' as const, col: 7 + i, year, series: 'plan' as const, header: String(year) })),
    { role: 'avgGrowth', col: 12, header: 'Tốc độ tăng bình quân 5 năm (%)' },
    { role: 'ratioPrevious', col: 13, header: 'So với' },
  ];
  const rows = [
    row(3, 'indicator', 'Tổng vốn đầu tư', 'Tỷ đồng'),
    row(4, 'header', '', ''),
    row(5, 'header', '', ''),
    row(6, 'indicator', 'Thu nhập bình quân đầu người', 'Triệu đồng'),
    row(7, 'indicator', 'Vốn ngân sách', 'Tỷ đồng'),
  ];
  const { plan } = planFill({ sheets: [sheet] }, { sheets: [layoutOf('Phụ lục', columns, rows)] });
  const f = formulasOf(plan);

  it('puts the average under the header that says so on each page', () => {
    expect(f.get('L3')).toBe('=(POWER(K3/G3,1/4)-1)*100');
    expect(f.get('M6')).toBe('=(POWER(K6/G6,1/4)-1)*100');
    expect(f.get('M7')).toBe('=(POWER(K7/G7,1/4)-1)*100');
    expect(f.has('L6')).toBe(false);
    expect(f.has('L7')).toBe(false);
  });

  it('totals only flows: not the income per head', () => {
    expect(f.get('F3')).toBe('=SUM(G3:K3)');
    expect(f.get('F7')).toBe('=SUM(G7:K7)');
    expect(f.has('F6')).toBe(false);
  });
});

describe('parents of components', () => {
  const v: CellValue[][] = [
    ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 5 năm', 2026, 2027],
    [null, null, null, null, null, null],
    ['1', 'Tổng giá trị sản phẩm', 'Tỷ đồng', null, null, 100],
    [null, 'Khu vực I', 'Tỷ đồng', null, 10, 20],
    [null, 'Khu vực II', 'Tỷ đồng', null, 20, 30],
    [null, 'Khu vực III', 'Tỷ đồng', null, 30, 40],
    ['2', 'Ngân sách', null, null, null, null],
    [null, 'Thu ngân sách', 'Tỷ đồng', null, 5, 6],
    [null, 'Chi ngân sách', 'Tỷ đồng', null, 4, 5],
    ['3', 'Tỷ lệ lao động qua đào tạo', '%', null, null, null],
    [null, 'Nam', '%', null, 70, 71],
    [null, 'Nữ', '%', null, 72, 73],
  ];
  const columns: ColumnInfo[] = [
    { role: 'name', col: 2, header: 'Chỉ tiêu' },
    { role: 'unit', col: 3, header: 'ĐVT' },
    { role: 'planTotal', col: 4, header: 'KH 5 năm' },
    { role: 'year', col: 5, year: 2026, series: 'plan', header: '2026' },
    { role: 'year', col: 6, year: 2027, series: 'plan', header: '2027' },
  ];
  const rows = [
    row(3, 'indicator', 'Tổng giá trị sản phẩm', 'Tỷ đồng'),
    row(4, 'component', 'Khu vực I', 'Tỷ đồng', 3),
    row(5, 'component', 'Khu vực II', 'Tỷ đồng', 3),
    row(6, 'component', 'Khu vực III', 'Tỷ đồng', 3),
    row(7, 'indicator', 'Ngân sách', ''),
    row(8, 'component', 'Thu ngân sách', 'Tỷ đồng', 7),
    row(9, 'component', 'Chi ngân sách', 'Tỷ đồng', 7),
    row(10, 'indicator', 'Tỷ lệ lao động qua đào tạo', '%'),
    row(11, 'component', 'Nam', '%', 10),
    row(12, 'component', 'Nữ', '%', 10),
  ];
  const wb = { sheets: [sheetFromRows('PL', v)] };
  const { plan, preview } = planFill(wb, { sheets: [layoutOf('PL', columns, rows)] });
  const f = formulasOf(plan);

  it('sums additive components into an empty parent cell, and totals the parent from the filled years', () => {
    expect(f.get('E3')).toBe('=SUM(E4:E6)');
    expect(f.has('F3')).toBe(false); // 100 typed; components give 90: left, reported
    const left = preview.leave.find((c) => c.cell === 'F3');
    expect(left?.computed).toBe(90);
    expect(left?.reason).toMatch(/khác/);
    expect(f.get('D3')).toBe('=SUM(E3:F3)');
    expect(preview.fill.find((c) => c.cell === 'D3')?.computed).toBe(160);
  });

  it('does not sum under a heading without a unit, nor add up percentages', () => {
    expect(f.has('E7')).toBe(false);
    expect(f.has('E10')).toBe(false);
    expect(f.has('D11')).toBe(false);
  });
});

describe('cells planFill must not write', () => {
  const base = withBaseYear();

  it('skips protected sheets, the add-in’s own sheets and sheets that are not indicator tables', () => {
    for (const patch of [{ protected: true }, { addinMarker: 'summary' }]) {
      const wb = { sheets: [{ ...base.wb.sheets[0], ...patch }] };
      expect(planFill(wb, { sheets: [base.layout] }).plan.ops).toEqual([]);
    }
    expect(planFill(base.wb, { sheets: [{ ...base.layout, kind: 'tasks' }] }).plan.ops).toEqual([]);
  });

  it('leaves cells that hold a formula, whatever it computes', () => {
    const sheet = { ...base.wb.sheets[0] };
    sheet.formulas = sheet.values.map((r) => r.map(() => null));
    sheet.formulas[3][5] = '=F3/E3*100-100';
    const { plan, preview } = planFill({ sheets: [sheet] }, { sheets: [base.layout] }, { replace: 'all', convertEqual: true });
    expect(formulasOf(plan).has('F4')).toBe(false);
    expect([...preview.fill, ...preview.leave, ...(preview.replace ?? [])].some((c) => c.cell === 'F4')).toBe(false);
  });

  it('skips a cell covered by a merge', () => {
    const sheet = { ...base.wb.sheets[0], merges: [{ top: 4, left: 5, bottom: 4, right: 6 }] };
    const f = formulasOf(planFill({ sheets: [sheet] }, { sheets: [base.layout] }).plan);
    expect(f.has('E4')).toBe(true);
    expect(f.has('F4')).toBe(false);
  });

  it('gives a Text-formatted cell a number format before the formula, so it computes', () => {
    const sheet = { ...base.wb.sheets[0] };
    sheet.numberFormats = sheet.values.map((r) => r.map(() => null));
    sheet.numberFormats[2][9] = '@';
    const { plan } = planFill({ sheets: [sheet] }, { sheets: [base.layout] });
    const fmt = plan.ops.findIndex((o) => o.op === 'setNumberFormat' && o.range === 'J3');
    const fx = plan.ops.findIndex((o) => o.op === 'setFormulas' && o.address === 'J3');
    expect(fmt).toBeGreaterThanOrEqual(0);
    expect(fmt).toBeLessThan(fx);
  });

  it('keeps a user’s note under the fallback note', () => {
    const v: CellValue[][] = [
      ['Chỉ tiêu', 'ĐVT', 2026, 2027, 'Tốc độ tăng bình quân (%)'],
      ['Vốn đầu tư', 'Tỷ đồng', 100, 121, null],
    ];
    const sheet = { ...sheetFromRows("Ward's PL", v), notes: { E2: 'Số liệu tạm tính' } };
    const layout = layoutOf(
      "Ward's PL",
      [
        { role: 'name', col: 1, header: '' },
        { role: 'unit', col: 2, header: '' },
        { role: 'year', col: 3, year: 2026, series: 'plan', header: '' },
        { role: 'year', col: 4, year: 2027, series: 'plan', header: '' },
        { role: 'avgGrowth', col: 5, header: '' },
      ],
      [row(2, 'indicator', 'Vốn đầu tư', 'Tỷ đồng')],
      { header: { firstRow: 1, lastRow: 1 } },
    );
    const { plan } = planFill({ sheets: [sheet] }, { sheets: [layout] });
    expect(() => parsePlan(plan)).not.toThrow();
    expect(formulasOf(plan).get('E2')).toBe('=(POWER(D2/C2,1/1)-1)*100');
    const note = plan.ops.find((o) => o.op === 'setNote');
    expect(note && note.op === 'setNote' && note.sheet).toBe("Ward's PL");
    expect(note && note.op === 'setNote' && note.text).toMatch(/^Phụ lục: tốc độ tăng bình quân[\s\S]*\n\nSố liệu tạm tính$/);
  });
});

describe('the sheet’s own rate convention', () => {
  /** GRDP 2026..2030 in E..I, growth row 4, average in J; `growth` fills row 4 from F, `g1` is the 2026 growth. */
  function sheet(g1: number, growth: (number | null)[], formats: { growth?: string; avg?: string } = {}) {
    const v: CellValue[][] = [
      ['STT', 'Chỉ tiêu', 'ĐVT', null, 'Kế hoạch', null, null, null, null, 'Tốc độ tăng bình quân'],
      [null, null, null, null, ...YEARS, null],
      ['1', 'Tổng giá trị sản phẩm', 'Tỷ đồng', null, 44477, 49689, 55557, 62149, 69555, null],
      [null, 'Tốc độ tăng', '%', null, g1, ...growth, null],
    ];
    const s = sheetFromRows('PL', v);
    s.numberFormats = v.map((r, i) => r.map((_, j) => (i === 3 && j >= 4 && j <= 8 ? formats.growth ?? null : i === 2 && j === 9 ? formats.avg ?? null : null)));
    const layout = layoutOf(
      'PL',
      [
        { role: 'name', col: 2, header: '' },
        { role: 'unit', col: 3, header: '' },
        ...YEARS.map((year, i) => ({ role: 'year' as const, col: 5 + i, year, series: 'plan' as const, header: String(year) })),
        { role: 'avgGrowth', col: 10, header: '' },
      ],
      [row(3, 'indicator', 'Tổng giá trị sản phẩm', 'Tỷ đồng'), row(4, 'growth', 'Tốc độ tăng', '%', 3)],
    );
    return { wb: { sheets: [s] }, layout: { sheets: [layout] } };
  }

  it('writes fractions where the growth cells carry a % format (0,1172 shown as 11,72%)', () => {
    const { wb, layout } = sheet(0.142, [0.1172, null, null, null], { growth: '0.00%', avg: '0.00%' });
    const { plan, preview } = planFill(wb, layout, { convertEqual: true });
    const f = formulasOf(plan);
    expect(f.get('G4')).toBe('=G3/F3-1');
    expect(f.get('F4')).toBe('=F3/E3-1');
    expect(preview.convert.map((c) => c.cell)).toEqual(['F4']);
    expect(f.get('J3')).toBe('=POWER(I3/(E3/(1+E4)),1/5)-1');
    expect(preview.fill.find((c) => c.cell === 'J3')?.computed?.toFixed(4)).toBe('0.1230');
  });

  it('reports a differing fraction in percent, as the cell shows it', () => {
    const { wb, layout } = sheet(0.142, [0.125, null, null, null], { growth: '0.00%' });
    const left = planFill(wb, layout).preview.leave.find((c) => c.cell === 'F4');
    expect(left?.reason).toMatch(/\(11,72%\)/);
  });

  it('writes an index over the previous year where the row is typed that way (111,72)', () => {
    const { wb, layout } = sheet(114.2, [111.72, 111.81, null, null]);
    const { plan, preview } = planFill(wb, layout);
    const f = formulasOf(plan);
    expect(f.get('H4')).toBe('=H3/G3*100');
    expect(preview.fill.find((c) => c.cell === 'I4')?.computed?.toFixed(2)).toBe('111.92');
    // The 2026 index gives the implied base; the average stays in percent points as its cell says nothing else.
    expect(f.get('J3')).toBe('=(POWER(I3/(E3/(E4/100)),1/5)-1)*100');
    expect(preview.fill.find((c) => c.cell === 'J3')?.computed?.toFixed(2)).toBe('12.30');
  });

  it('stays in percent points when nothing says otherwise', () => {
    const { wb, layout } = sheet(14.2, [null, 11.81, null, 0]);
    const f = formulasOf(planFill(wb, layout).plan);
    expect(f.get('F4')).toBe('=(F3/E3-1)*100');
  });
});

describe('growth columns instead of growth rows', () => {
  // As the recogniser reads it: "Tốc độ tăng 2027 (%)" comes out as an avgGrowth column.
  const v: CellValue[][] = [
    ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2026', 'Năm 2027', 'Tốc độ tăng 2027 (%)', 'Tốc độ tăng bình quân giai đoạn 2026-2027 (%)'],
    ['1', 'Tổng giá trị sản phẩm', 'Tỷ đồng', 44477, 49689, null, null],
    ['2', 'Thu ngân sách', 'Tỷ đồng', '1083,25', '1191,57', 10, null],
    ['3', 'Tỷ lệ hộ nghèo', '%', 1, 0.8, null, null],
  ];
  const columns: ColumnInfo[] = [
    { role: 'name', col: 2, header: 'Chỉ tiêu' },
    { role: 'unit', col: 3, header: 'Đơn vị tính' },
    { role: 'year', col: 4, year: 2026, series: 'plan', header: 'Năm 2026' },
    { role: 'year', col: 5, year: 2027, series: 'plan', header: 'Năm 2027' },
    { role: 'avgGrowth', col: 6, header: 'Tốc độ tăng 2027 (%)' },
    { role: 'avgGrowth', col: 7, header: 'Tốc độ tăng bình quân giai đoạn 2026-2027 (%)' },
  ];
  const rows = [row(2, 'indicator', 'Tổng giá trị sản phẩm', 'Tỷ đồng'), row(3, 'indicator', 'Thu ngân sách', 'Tỷ đồng'), row(4, 'indicator', 'Tỷ lệ hộ nghèo', '%')];
  const { plan, preview } = planFill({ sheets: [sheetFromRows('PL', v)] }, { sheets: [layoutOf('PL', columns, rows, { header: { firstRow: 1, lastRow: 1 } })] });
  const f = formulasOf(plan);

  it('fills each row’s growth for the column’s year, never an average there', () => {
    expect(f.get('F2')).toBe('=(E2/D2-1)*100');
    expect(r2(preview.fill.find((c) => c.cell === 'F2')?.computed)).toBe(11.72);
    expect(f.has('F3')).toBe(false); // 10 typed, equal: kept
    expect(preview.leave.find((c) => c.cell === 'F3')?.reason).toMatch(/khớp/);
    expect(f.has('F4')).toBe(false); // a rate has no growth of its own
  });

  it('puts the average in the column that says "bình quân"', () => {
    expect(f.get('G2')).toBe('=(POWER(E2/D2,1/1)-1)*100');
    expect(f.has('G4')).toBe(false);
  });
});
