/**
 * The highlight rules, evaluated by LibreOffice, colour exactly the verdict:
 * missed → only the "missed" rule holds, met → only "met", exceeded → only
 * "exceeded", no-data and unknown → none. Checked on the fixture as typed and
 * after people type new actuals (the rules stay, the values change: the
 * colour must follow without re-running anything).
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseA1 } from '../src/core/a1';
import type { Evaluation } from '../src/core/evaluation';
import type { EditOp } from '../src/core/plan';
import { recognizeSheet } from '../src/core/recognize';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../src/core/snapshot';
import { evaluateWorkbook, planHighlight } from '../src/core/targets';
import { Arrangement, buildFixture, buildWordsFixture, colOf, FIXTURE_ROWS, FIRST_BODY_ROW } from './targets-fixture';
import { CellRuleResult, evaluateRulesInLibreOffice, shiftFormula, trueTags } from './targets-cf-eval';

type Variant = 'as-typed' | 'typed-later' | 'on-the-edge';

const SWAP_WORDS: Record<string, CellValue> = {
  'Đạt': 'Chưa đạt',
  'Chưa đạt': 'Hoàn thành',
  'Không có': 'Có 2 điểm',
  'Có 1 điểm': 0,
  'Vượt': 'Không đạt',
};

/** New actuals typed over the old ones: figures moved up and down, words swapped, blanks filled. */
function typedLater(v: CellValue, year: number, plan: CellValue): CellValue {
  if (typeof v === 'number') return Math.round(v * (year === 2026 ? 1.1 : 0.9) * 100) / 100;
  if (typeof v === 'string' && v in SWAP_WORDS) return SWAP_WORDS[v];
  if (v === null && typeof plan === 'number') return year === 2026 ? plan : plan * 1.2;
  return v;
}

/** Actuals exactly on the target's edges: the plan figure, or the first/last figure of a text target. */
function onTheEdge(v: CellValue, year: number, plan: CellValue): CellValue {
  if (typeof plan === 'number') return plan;
  if (typeof plan === 'string' && typeof v !== 'string') {
    const figures = (plan.match(/\d+(?:,\d+)?/g) ?? []).map((s) => Number(s.replace(',', '.')));
    if (figures.length === 0) return v;
    const edge = year === 2026 ? figures[figures.length - 1] : figures[0];
    // "Khoảng 4": the edge of "about" is half a unit away.
    return /khoảng/i.test(plan) ? edge + (year === 2026 ? 0.5 : -0.5) : edge;
  }
  return v;
}

function variantSheet(arr: Arrangement, variant: Variant): SheetSnapshot {
  const f = buildFixture(arr, `${arr} ${variant}`);
  if (variant === 'as-typed') return f.sheet;
  const values = f.sheet.values.map((r) => [...r]);
  FIXTURE_ROWS.forEach((_fr, i) => {
    const row = FIRST_BODY_ROW + i;
    for (const year of [2026, 2027]) {
      const a = colOf(arr, year, 'actual') - 1;
      const p = colOf(arr, year, 'plan') - 1;
      const r = values[row - 1];
      r[a] = variant === 'typed-later' ? typedLater(r[a], year, r[p]) : onTheEdge(r[a], year, r[p]);
    }
  });
  return { ...f.sheet, values };
}

describe('shiftFormula', () => {
  it('moves relative references, keeps anchored parts and string literals', () => {
    expect(shiftFormula('AND(N("phuluc:E5")=0,E5<D5,$D$5>0,SEARCH("A1",E5))', 2, 1)).toBe('AND(N("phuluc:E5")=0,F7<E7,$D$5>0,SEARCH("A1",F7))');
    expect(shiftFormula('ISNUMBER(E5)', 0, 0)).toBe('ISNUMBER(E5)');
  });
});

describe('highlight rules evaluated by LibreOffice agree with the verdicts', () => {
  const arrangements: Arrangement[] = ['pairs', 'blocks'];
  const variants: Variant[] = ['as-typed', 'typed-later', 'on-the-edge'];
  const dir = mkdtempSync(join(tmpdir(), 'phuluc-targets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // The rules come from the sheet as first typed; the variants only change the actuals afterwards.
  const cases = arrangements.flatMap((arr) =>
    variants.map((variant) => {
      const original = buildFixture(arr, `${arr} ${variant}`).sheet;
      const layout = recognizeSheet(original);
      const plan = planHighlight({ sheets: [original] }, { sheets: [layout] });
      const sheet = variantSheet(arr, variant);
      const evaluations = evaluateWorkbook({ sheets: [sheet] }, { sheets: [layout] });
      return { arr, variant, sheet, plan, evaluations };
    }),
  );
  const words = buildWordsFixture();
  const wordsPlan = planHighlight({ sheets: [words.sheet] }, { sheets: [words.layout] });
  const wordsEvaluations = evaluateWorkbook({ sheets: [words.sheet] }, { sheets: [words.layout] });
  let results: CellRuleResult[] = [];

  beforeAll(async () => {
    const wb: WorkbookSnapshot = { sheets: [...cases.map((c) => c.sheet), words.sheet] };
    const rules = [...cases.map((c) => c.plan), wordsPlan].flatMap((plan) =>
      plan.ops
        .filter((o): o is Extract<EditOp, { op: 'addConditionalFormat' }> => o.op === 'addConditionalFormat')
        .map((o) => ({ sheet: o.sheet, range: o.range, formula: o.formula, tag: o.tag })),
    );
    results = await evaluateRulesInLibreOffice(wb, rules, join(dir, 'rules.xlsx'));
  }, 240_000);

  it('as typed, the verdicts are the expected table', () => {
    for (const c of cases.filter((x) => x.variant === 'as-typed')) {
      const expected = buildFixture(c.arr).expected;
      for (const e of c.evaluations) expect([c.arr, e.row, e.year, e.verdict]).toEqual([c.arr, e.row, e.year, expected.get(e.row)![e.year - 2026]]);
    }
  });

  it('the variants reach every verdict', () => {
    const seen = new Set(cases.flatMap((c) => c.evaluations.map((e) => e.verdict)));
    expect([...seen].sort()).toEqual(['exceeded', 'met', 'missed', 'no-data', 'unknown']);
  });

  it.each(arrangements.flatMap((arr) => variants.map((v) => [arr, v] as const)))('%s, %s: each cell is coloured as its verdict', (arr, variant) => {
    const c = cases.find((x) => x.arr === arr && x.variant === variant)!;
    const got = c.evaluations.map((e: Evaluation) => {
      const at = parseA1(e.actualCell);
      return [e.row, e.year, e.verdict, trueTags(results, e.sheet, at.row, at.col)];
    });
    const want = c.evaluations.map((e) => [e.row, e.year, e.verdict, e.verdict === 'no-data' || e.verdict === 'unknown' ? [] : [e.verdict]]);
    expect(got).toEqual(want);
  });

  it('qualitative targets against every kind of wordy actual: each cell is coloured as its verdict', () => {
    const got = wordsEvaluations.map((e) => {
      const at = parseA1(e.actualCell);
      return [e.row, e.verdict, trueTags(results, e.sheet, at.row, at.col)];
    });
    const want = wordsEvaluations.map((e) => [e.row, e.verdict, e.verdict === 'no-data' || e.verdict === 'unknown' ? [] : [e.verdict]]);
    expect(got).toEqual(want);
    expect(new Set(wordsEvaluations.map((e) => e.verdict)).size).toBe(5);
  });
});
