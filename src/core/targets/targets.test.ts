import { parseA1, toA1 } from '../a1';
import type { Evaluation } from '../evaluation';
import type { SheetLayout, WorkbookLayout } from '../layout';
import { EditOp, isAddinConditionFormula, parsePlan } from '../plan';
import { sheetFromRows, WorkbookSnapshot } from '../snapshot';
import { applyToSheet, Arrangement, buildFixture, buildWordsFixture, WORD_ACTUALS, WORD_TARGETS, buildPlanOnlyFixture, colOf, FIXTURE_ROWS, FIXTURE_SHEET, FIRST_BODY_ROW } from '../../../test/targets-fixture';
import { recognizeSheet } from '../recognize';
import { numberExpr } from './formulas';
import { evaluateWorkbook, LEGEND, planHighlight, planRemoveHighlight, planTracking } from './index';

function wbOf(f: { sheet: WorkbookSnapshot['sheets'][number]; layout: SheetLayout }): { wb: WorkbookSnapshot; layout: WorkbookLayout } {
  return { wb: { sheets: [f.sheet] }, layout: { sheets: [f.layout] } };
}

function byCell(evs: Evaluation[]): Map<string, Evaluation> {
  return new Map(evs.map((e) => [`${e.row}:${e.year}`, e]));
}

describe.each<Arrangement>(['pairs', 'blocks'])('evaluateWorkbook, %s arrangement', (arr) => {
  const f = buildFixture(arr);
  const { wb, layout } = wbOf(f);
  const evs = evaluateWorkbook(wb, layout);
  const at = byCell(evs);

  it.each(FIXTURE_ROWS.flatMap((fr, i) => [2026, 2027].map((year, k) => [FIRST_BODY_ROW + i, fr.name, year, fr.expected[k]] as const)))(
    'row %i (%s) %i → %s',
    (row, _name, year, verdict) => {
      const e = at.get(`${row}:${year}`);
      if (verdict === null) {
        expect(e).toBeUndefined();
        return;
      }
      expect(e).toBeDefined();
      expect({ verdict: e!.verdict, reason: e!.reason }).toEqual({ verdict, reason: expect.stringMatching(/\S/) });
      expect(e!.planCell).toBe(toA1(row, colOf(arr, year, 'plan')));
      expect(e!.actualCell).toBe(toA1(row, colOf(arr, year, 'actual')));
      expect(e!.sheet).toBe(FIXTURE_SHEET);
    },
  );

  it('judges nothing but indicator rows with a plan figure', () => {
    const expectedCount = FIXTURE_ROWS.flatMap((r) => r.expected).filter((v) => v !== null).length;
    expect(evs).toHaveLength(expectedCount);
    expect(evs.some((e) => e.row === 4)).toBe(false);
  });
});

describe('verdict reasons', () => {
  const { wb, layout } = wbOf(buildFixture('pairs'));
  const at = byCell(evaluateWorkbook(wb, layout));
  it('says the figures and the target in Vietnamese', () => {
    expect(at.get(`${FIRST_BODY_ROW + 3}:2026`)!.reason).toBe('TH 88 < mục tiêu ≥ 90: không đạt');
    expect(at.get(`${FIRST_BODY_ROW}:2027`)!.reason).toBe('TH 1,4 > mục tiêu ≤ 1,2 (càng thấp càng tốt): không đạt');
    expect(at.get(`${FIRST_BODY_ROW + 7}:2026`)!.reason).toBe('Chưa có số liệu thực hiện năm 2026');
    expect(at.get(`${FIRST_BODY_ROW + 6}:2026`)!.reason).toMatch(/^Không so sánh được: mục tiêu "Theo kế hoạch của thành phố"/);
  });
});

describe('direction', () => {
  it('a per-indicator override turns the poverty rate into higher-is-better', () => {
    const { wb, layout } = wbOf(buildFixture('pairs'));
    const key = `${FIXTURE_SHEET}!${FIRST_BODY_ROW}`;
    const at = byCell(evaluateWorkbook(wb, layout, { directions: { [key]: 'up' } }));
    expect([at.get(`${FIRST_BODY_ROW}:2026`)!.verdict, at.get(`${FIRST_BODY_ROW}:2027`)!.verdict]).toEqual(['missed', 'exceeded']);
  });

  it('a row without a direction is higher-is-better; "≤" targets are lower-is-better whatever the row says', () => {
    const f = buildFixture('pairs');
    const layout: SheetLayout = { ...f.layout, rows: f.layout.rows.map((r) => ({ ...r, direction: undefined })) };
    const at = byCell(evaluateWorkbook({ sheets: [f.sheet] }, { sheets: [layout] }));
    expect(at.get(`${FIRST_BODY_ROW}:2026`)!.verdict).toBe('missed');
    expect(at.get(`${FIRST_BODY_ROW + 13}:2026`)!.verdict).toBe('met');
  });
});

describe('an official overriding a verdict', () => {
  it('wins over the computed verdict, which the reason still shows', () => {
    const { wb, layout } = wbOf(buildFixture('pairs'));
    const row = FIRST_BODY_ROW + 3;
    const at = byCell(evaluateWorkbook(wb, layout, { verdicts: { [`${FIXTURE_SHEET}!E${row}`]: 'met' } }));
    expect(at.get(`${row}:2026`)!.verdict).toBe('met');
    expect(at.get(`${row}:2026`)!.reason).toBe('Cán bộ điều chỉnh: Đạt (tính được: Không đạt; TH 88 < mục tiêu ≥ 90: không đạt)');
    expect(at.get(`${row}:2027`)!.verdict).toBe('met');
    expect(at.get(`${row}:2027`)!.reason).toBe('TH 90 = mục tiêu ≥ 90: đạt');
  });
});

describe('percentages shown with a % format', () => {
  function oneRow(plan: number | string, actual: number, planFormat: string | null, actualFormat: string | null) {
    const sheet = sheetFromRows('S', [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2026', 'TH 2026'],
      ['1', 'Tỷ lệ', '%', plan, actual],
    ]);
    sheet.numberFormats = [
      [null, null, null, null, null],
      [null, null, null, planFormat, actualFormat],
    ];
    const layout: SheetLayout = {
      name: 'S',
      kind: 'indicators',
      confidence: 1,
      reasons: [],
      header: { firstRow: 1, lastRow: 1 },
      columns: [
        { role: 'year', col: 4, year: 2026, series: 'plan', header: 'KH 2026' },
        { role: 'year', col: 5, year: 2026, series: 'actual', header: 'TH 2026' },
      ],
      rows: [{ row: 2, kind: 'indicator', stt: '1', name: 'Tỷ lệ', unit: '%', direction: 'up' }],
    };
    return evaluateWorkbook({ sheets: [sheet] }, { sheets: [layout] })[0];
  }
  it('reads 0,88 shown as 88% against "≥ 90%" as 88', () => {
    expect(oneRow('≥ 90%', 0.88, null, '0%').verdict).toBe('missed');
    expect(oneRow('≥ 90%', 0.91, null, '0.0%').verdict).toBe('exceeded');
  });
  it('compares two %-formatted cells as they are, and a literal "%" in a format does not scale', () => {
    expect(oneRow(0.9, 0.9, '0%', '0%').verdict).toBe('met');
    expect(oneRow(0.9, 91, '0%', null).verdict).toBe('exceeded');
    expect(oneRow(90, 88, null, '0"%"').verdict).toBe('missed');
  });
});

describe('planHighlight', () => {
  const f = buildFixture('pairs');
  const userRule = { range: 'A1:A3', formula: '=A1>0', fill: '#FFFF00' };
  const oldAddinRule = { range: 'E5', formula: '=AND(N("phuluc:missed")=0,E5<D5)', fill: '#F8CBAD' };
  const sheet = { ...f.sheet, conditionalFormats: [userRule, oldAddinRule] };
  const wb: WorkbookSnapshot = { sheets: [sheet, sheetFromRows('Ghi chú', [['x']])] };
  const layout: WorkbookLayout = { sheets: [f.layout] };
  const plan = planHighlight(wb, layout);
  const cfs = plan.ops.filter((o): o is Extract<EditOp, { op: 'addConditionalFormat' }> => o.op === 'addConditionalFormat');

  it('is a valid edit plan that first removes only its own rules on the sheets it touches', () => {
    expect(parsePlan(plan)).toBeTruthy();
    expect(plan.ops[0]).toEqual({ op: 'removeAddinConditionalFormats', sheet: FIXTURE_SHEET });
    expect(plan.ops.filter((o) => o.op === 'removeAddinConditionalFormats')).toHaveLength(1);
    expect(plan.ops.some((o) => o.op !== 'removeAddinConditionalFormats' && o.op !== 'addConditionalFormat')).toBe(false);
  });

  it('marks every rule and puts it only on actual cells of judged rows', () => {
    const actualCols = new Set([colOf('pairs', 2026, 'actual'), colOf('pairs', 2027, 'actual')]);
    const unknownRow = FIRST_BODY_ROW + 6;
    for (const cf of cfs) {
      expect(isAddinConditionFormula(cf.formula)).toBe(true);
      expect(cf.formula).toContain(`N("phuluc:${cf.tag}")=0`);
      const [a, b] = cf.range.split(':').map(parseA1);
      expect(a.col).toBe((b ?? a).col);
      expect(actualCols.has(a.col)).toBe(true);
      for (let r = a.row; r <= (b ?? a).row; r++) expect(r === unknownRow || r < FIRST_BODY_ROW).toBe(false);
      expect(cf.fill).toBe(LEGEND.find((l) => l.verdict === cf.tag)!.fill);
    }
    expect(new Set(cfs.map((c) => c.tag))).toEqual(new Set(['missed', 'met', 'exceeded']));
    expect(cfs.find((c) => c.tag === 'missed')!.fill).toBe('#F8CBAD');
  });

  it('compares with the plan cell when the plan is a number, with the parsed threshold when it is text', () => {
    const jobs = FIRST_BODY_ROW + 4;
    const missedJobs = cfs.find((c) => c.tag === 'missed' && c.range === `E${jobs}`)!;
    expect(missedJobs.formula).toContain(`IF(ISNUMBER(E${jobs}),E${jobs},`);
    expect(missedJobs.formula).toContain(`)<D${jobs}),FALSE)`);
    const vacc = FIRST_BODY_ROW + 3;
    const missedVacc = cfs.find((c) => c.tag === 'missed' && c.range === `E${vacc}`)!;
    expect(missedVacc.formula).toContain(`)<90),FALSE)`);
    expect(missedVacc.formula).not.toContain(`D${vacc}`);
  });

  it('keeps every formula within the 255 characters Excel accepts in a conditional format', () => {
    const long = cfs.filter((c) => c.formula.length > 255).map((c) => [c.range, c.formula.length]);
    expect(long).toEqual([]);
  });

  it('quiet: false colours only missed targets', () => {
    const loud = planHighlight(wb, layout, { quiet: false });
    const tags = new Set(loud.ops.filter((o) => o.op === 'addConditionalFormat').map((o) => (o as { tag: string }).tag));
    expect(tags).toEqual(new Set(['missed']));
  });

  it('shares one rule down a run of rows that compare the same way', () => {
    const rows = [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2026', 'TH 2026'],
      ['1', 'A', 'Người', 10, 11],
      ['2', 'B', 'Người', 20, 19],
      ['3', 'C', 'Người', 30, null],
      ['4', 'D', '%', '≥ 5', 6],
    ];
    const s = sheetFromRows('S', rows);
    const sl: SheetLayout = {
      name: 'S',
      kind: 'indicators',
      confidence: 1,
      reasons: [],
      header: { firstRow: 1, lastRow: 1 },
      columns: [
        { role: 'year', col: 4, year: 2026, series: 'plan', header: 'KH 2026' },
        { role: 'year', col: 5, year: 2026, series: 'actual', header: 'TH 2026' },
      ],
      rows: [2, 3, 4, 5].map((row) => ({ row, kind: 'indicator' as const, stt: String(row - 1), name: 'x', unit: row === 5 ? '%' : 'Người', direction: 'up' as const })),
    };
    const p = planHighlight({ sheets: [s] }, { sheets: [sl] });
    const missed = p.ops.filter((o) => o.op === 'addConditionalFormat' && o.tag === 'missed') as Extract<EditOp, { op: 'addConditionalFormat' }>[];
    expect(missed.map((m) => m.range)).toEqual(['E2:E4', 'E5']);
    expect(missed[0].formula).toContain('IF(ISNUMBER(E2),E2,');
    expect(missed[0].formula).toContain(')<D2),FALSE)');
  });

  it('removal clears the add-in rules of indicator sheets and sheets holding them, nothing else', () => {
    const rm = planRemoveHighlight(wb, layout);
    expect(rm.ops).toEqual([{ op: 'removeAddinConditionalFormats', sheet: FIXTURE_SHEET }]);
    expect(parsePlan(rm)).toBeTruthy();
  });

  it('re-applying over its own rules gives the same plan (no stacking)', () => {
    const withRules = { ...sheet, conditionalFormats: [userRule, ...cfs.map((c) => ({ range: c.range, formula: c.formula, fill: c.fill }))] };
    const again = planHighlight({ sheets: [withRules, wb.sheets[1]] }, layout);
    expect(again.ops).toEqual(plan.ops);
  });
});

describe('planTracking', () => {
  const f = buildPlanOnlyFixture();
  const { wb, layout } = wbOf(f);
  const plan = planTracking(wb, layout, f.sheet.name);

  it('is a valid plan that writes only to the right of the table', () => {
    expect(parsePlan(plan)).toBeTruthy();
    for (const op of plan.ops) {
      const addr = 'address' in op ? op.address : 'range' in op ? op.range : null;
      if (!addr) continue;
      for (const part of addr.split(':')) expect(parseA1(part).col).toBeGreaterThan(5);
    }
  });

  it('adds a merged "Thực hiện" header with a TH cell per year, then the completion ratios', () => {
    const values = plan.ops.filter((o) => o.op === 'setValues') as Extract<EditOp, { op: 'setValues' }>[];
    expect(values.find((v) => v.address === 'F2')!.values).toEqual([['Thực hiện']]);
    expect(values.find((v) => v.address === 'F3')!.values).toEqual([['TH 2026', 'TH 2027']]);
    expect(values.find((v) => v.address === 'H2')!.values).toEqual([['Tỷ lệ hoàn thành (%)']]);
    expect(plan.ops).toContainEqual({ op: 'mergeCells', sheet: f.sheet.name, range: 'F2:G2' });
    expect(plan.ops).toContainEqual(expect.objectContaining({ op: 'setStyle', range: 'F2:I3', bold: true, border: true, fill: '#D9E1F2' }));
  });

  it('writes direction-aware ratios: TH/KH, KH/TH when lower is better, none for words', () => {
    const formulas = new Map<string, string | null>();
    for (const o of plan.ops) {
      if (o.op !== 'setFormulas') continue;
      const at = parseA1(o.address);
      o.formulas.forEach((line, i) => line.forEach((f, j) => f !== null && formulas.set(toA1(at.row + i, at.col + j), f)));
    }
    const r = (i: number) => FIRST_BODY_ROW + i;
    const v = (ref: string) => numberExpr(ref);
    expect(formulas.get(`H${r(4)}`)).toBe(`=IFERROR(IF(F${r(4)}="","",${v(`F${r(4)}`)}/D${r(4)}),"")`);
    expect(formulas.get(`H${r(0)}`)).toBe(`=IFERROR(IF(F${r(0)}="","",D${r(0)}/${v(`F${r(0)}`)}),"")`);
    expect(formulas.get(`I${r(3)}`)).toBe(`=IFERROR(IF(G${r(3)}="","",${v(`G${r(3)}`)}/90),"")`);
    expect(formulas.get(`H${r(1)}`)).toBe(`=IFERROR(IF(F${r(1)}="","",${v(`F${r(1)}`)}/15),"")`);
    expect(formulas.get(`H${r(9)}`)).toBe(`=IFERROR(IF(F${r(9)}="","",3/${v(`F${r(9)}`)}),"")`);
    expect(formulas.has(`H${r(5)}`)).toBe(false);
    expect(formulas.has(`H${r(6)}`)).toBe(false);
  });

  it('highlights the new TH cells', () => {
    const cfs = plan.ops.filter((o) => o.op === 'addConditionalFormat') as Extract<EditOp, { op: 'addConditionalFormat' }>[];
    expect(cfs.length).toBeGreaterThan(0);
    expect(new Set(cfs.map((c) => c.range.split(':')[0].replace(/\d+/g, '')))).toEqual(new Set(['F', 'G']));
    const removeAt = plan.ops.findIndex((o) => o.op === 'removeAddinConditionalFormats');
    expect(removeAt).toBeGreaterThanOrEqual(0);
    expect(plan.ops.findIndex((o) => o.op === 'addConditionalFormat')).toBeGreaterThan(removeAt);
  });

  it('does nothing on a sheet that already tracks every year', () => {
    const full = buildFixture('blocks');
    expect(planTracking({ sheets: [full.sheet] }, { sheets: [full.layout] }, full.sheet.name).ops).toEqual([]);
  });
});

describe('with the real recogniser', () => {
  it.each<Arrangement>(['pairs', 'blocks'])('reads the %s sheet and gives the expected verdicts', (arr) => {
    const f = buildFixture(arr);
    const layout = recognizeSheet(f.sheet);
    const got = evaluateWorkbook({ sheets: [f.sheet] }, { sheets: [layout] }).map((e) => [e.row, e.year, e.verdict]);
    const want = [...f.expected].flatMap(([row, vs]) => vs.flatMap((v, k) => (v === null ? [] : [[row, 2026 + k, v]])));
    expect(got).toEqual(want);
  });

  it('reads a tracked plan-only sheet as having actual series for every year, and the ratio columns as no year', () => {
    const f = buildPlanOnlyFixture();
    const before = recognizeSheet(f.sheet);
    expect(before.columns.filter((c) => c.series === 'actual')).toEqual([]);
    const plan = planTracking({ sheets: [f.sheet] }, { sheets: [before] }, f.sheet.name);
    const after = recognizeSheet(applyToSheet(f.sheet, plan.ops));
    const years = after.columns.filter((c) => c.role === 'year').map((c) => [c.col, c.year, c.series ?? 'plan']);
    expect(years).toEqual([
      [4, 2026, 'plan'],
      [5, 2027, 'plan'],
      [6, 2026, 'actual'],
      [7, 2027, 'actual'],
    ]);
    expect(after.rows.filter((r) => r.kind === 'indicator')).toHaveLength(FIXTURE_ROWS.length);
  });
});

describe('qualitative targets read the words of the actual', () => {
  const f = buildWordsFixture();
  const evs = evaluateWorkbook({ sheets: [f.sheet] }, { sheets: [f.layout] });
  const verdictOf = (target: string, actual: unknown) => {
    const i = WORD_TARGETS.indexOf(target as (typeof WORD_TARGETS)[number]) * WORD_ACTUALS.length + WORD_ACTUALS.indexOf(actual as never);
    return evs.find((e) => e.row === i + 2)!.verdict;
  };
  it.each([
    ['Đạt', 'Đạt', 'met'],
    ['Đạt', 'đạt chuẩn', 'met'],
    ['Đạt', 'Chưa đạt', 'missed'],
    ['Đạt', 'Không đạt', 'missed'],
    ['Đạt', 'Chưa có số liệu', 'no-data'],
    ['Đạt', 'Vượt', 'exceeded'],
    ['Đạt', 'Tốt', 'unknown'],
    ['Đạt', 0, 'unknown'],
    ['Đạt', ' Đạt', 'unknown'],
    ['Không có điểm nóng', 'Không', 'met'],
    ['Không có điểm nóng', 'Không có', 'met'],
    ['Không có điểm nóng', 'Không có điểm nóng', 'met'],
    ['Không có điểm nóng', 'Không đạt', 'missed'],
    ['Không có điểm nóng', 'Có 2 vụ', 'missed'],
    ['Không có điểm nóng', 0, 'met'],
    ['Không có điểm nóng', 3, 'missed'],
    ['Duy trì', 'Duy trì', 'met'],
    ['Duy trì', 'Không', 'missed'],
    ['Giảm hàng năm', 'Giảm 5%', 'met'],
    ['Giảm hàng năm', 'Tăng', 'missed'],
    ['Hoàn thành', 'Hoàn thành', 'met'],
    ['Ổn định', 'Ổn định', 'met'],
    ['Ổn định', 'Tăng', 'unknown'],
  ])('"%s" with TH %p → %s', (target, actual, verdict) => {
    expect(verdictOf(target, actual)).toBe(verdict);
  });
});

describe('formula length on a wide, long sheet', () => {
  it('stays within 255 characters with three-letter columns and five-digit rows, for every target form', () => {
    const targets: (string | number)[] = [4000, '15-17%', 'Khoảng 4', '≥ 90', 'dưới 3%', 'Trên 97,5', '≤ 1,5', 'Tổng 1.064', 'Đạt', 'Không có điểm nóng', 'Không còn tệ nạn ma tuý trên địa bàn', 'Giảm hàng năm', 'Duy trì 100%', 'Hàng năm', 'Ổn định'];
    const planCol = 702; // ZZ
    const actualCol = 703; // AAA
    const first = 99990;
    const values = [['KH 2026', 'TH 2026'], ...targets.map((t) => [t, null])].map((r) => {
      const line: (string | number | null)[] = Array(actualCol).fill(null);
      line[planCol - 1] = r[0];
      line[actualCol - 1] = r[1];
      return line;
    });
    const sheet = { ...sheetFromRows('Rộng', values), origin: { row: first, col: 1 } };
    sheet.numberFormats = values.map((_r, i) => values[0].map((_v, j) => (j === actualCol - 1 && i % 2 ? '0.0%' : null)));
    const rows = targets.flatMap((_t, i) => (['up', 'down'] as const).map(() => i)).filter((_x, k) => k % 2 === 0);
    const layout: SheetLayout = {
      name: 'Rộng',
      kind: 'indicators',
      confidence: 1,
      reasons: [],
      header: { firstRow: first, lastRow: first },
      columns: [
        { role: 'year', col: planCol, year: 2026, series: 'plan', header: 'KH 2026' },
        { role: 'year', col: actualCol, year: 2026, series: 'actual', header: 'TH 2026' },
      ],
      rows: rows.map((i) => ({ row: first + 1 + i, kind: 'indicator' as const, stt: String(i + 1), name: 'x', unit: '%', direction: i % 3 === 0 ? ('down' as const) : ('up' as const) })),
    };
    const plan = planHighlight({ sheets: [sheet] }, { sheets: [layout] });
    const cfs = plan.ops.filter((o) => o.op === 'addConditionalFormat') as Extract<EditOp, { op: 'addConditionalFormat' }>[];
    const covered = new Set(cfs.flatMap((c) => {
      const [a, b] = c.range.split(':').map(parseA1);
      return Array.from({ length: (b ?? a).row - a.row + 1 }, (_x, k) => a.row + k);
    }));
    expect(layout.rows.filter((r) => !covered.has(r.row)).map((r) => sheet.values[r.row - first][planCol - 1])).toEqual([]);
    expect(cfs.filter((c) => c.formula.length > 255).map((c) => [c.range, c.formula.length, c.formula])).toEqual([]);
    expect(cfs.every((c) => c.range.startsWith('AAA'))).toBe(true);
  });
});
