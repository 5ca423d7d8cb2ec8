/**
 * End to end through the CLI: `phuluc check --format json` reports the
 * verdicts, `phuluc apply --highlight` writes conditional formats that,
 * read back and evaluated by LibreOffice, colour exactly those verdicts; a
 * second apply does not stack rules and the user's own rule survives both.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseA1 } from '../src/core/a1';
import { ReportSchema } from '../src/core/report';
import { isAddinConditionFormula } from '../src/core/plan';
import type { ExistingConditionalFormat, WorkbookSnapshot } from '../src/core/snapshot';
import { readWorkbookFile } from '../src/cli/xlsx/read';
import { snapshotToWorkbook } from '../src/cli/xlsx/write';
import { buildFixture } from './targets-fixture';
import { evaluateRulesInLibreOffice, trueTags } from './targets-cf-eval';

const ROOT = join(__dirname, '..');
const PAIRS = 'Năm KH-TH';
const BLOCKS = 'Khối KH, khối TH';
const USER_RULE: ExistingConditionalFormat = { range: 'B5:B18', formula: '=LEN(B5)>40', fill: '#FFFF00' };

function phuluc(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/phuluc.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tagOf(formula: string): string {
  const m = /N\("phuluc:([a-z-]+)"\)/.exec(formula);
  if (!m) throw new Error(`no marker in ${formula}`);
  return m[1];
}

describe('phuluc check / apply --highlight on a tracking workbook', () => {
  const dir = mkdtempSync(join(tmpdir(), 'phuluc-targets-cli-'));
  const input = join(dir, 'theo-doi.xlsx');
  const out = join(dir, 'to-mau.xlsx');
  const out2 = join(dir, 'to-mau-2.xlsx');
  const pairs = buildFixture('pairs', PAIRS);
  const blocks = buildFixture('blocks', BLOCKS);
  const expected = new Map([
    [PAIRS, pairs.expected],
    [BLOCKS, blocks.expected],
  ]);
  let evaluations: { sheet: string; row: number; year: number; actualCell: string; verdict: string }[] = [];
  let written: WorkbookSnapshot;

  beforeAll(async () => {
    const wb: WorkbookSnapshot = { sheets: [{ ...pairs.sheet, conditionalFormats: [USER_RULE] }, blocks.sheet] };
    await snapshotToWorkbook(wb).xlsx.writeFile(input);
    const check = phuluc('check', input, '--format', 'json');
    expect(check.stderr).toBe('');
    evaluations = ReportSchema.parse(JSON.parse(check.stdout)).files[0].evaluations;
    const apply = phuluc('apply', input, '--highlight', '--out', out);
    expect(apply.code === 0 || apply.code === 1 ? '' : apply.stderr).toBe('');
    written = await readWorkbookFile(out);
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('check --format json reports the expected verdict table for both arrangements', () => {
    const got = evaluations.map((e) => [e.sheet, e.row, e.year, e.verdict]);
    const want = [PAIRS, BLOCKS].flatMap((sheet) =>
      [...expected.get(sheet)!].flatMap(([row, vs]) => vs.flatMap((v, k) => (v === null ? [] : [[sheet, row, 2026 + k, v]]))),
    );
    expect(got).toEqual(want);
  });

  it('apply --highlight keeps the user rule and adds only marked rules', () => {
    const cfs = written.sheets.find((s) => s.name === PAIRS)!.conditionalFormats;
    expect(cfs.filter((c) => !isAddinConditionFormula(c.formula))).toEqual([expect.objectContaining({ range: USER_RULE.range, formula: USER_RULE.formula })]);
    expect(cfs.filter((c) => isAddinConditionFormula(c.formula)).length).toBeGreaterThan(10);
    expect(written.sheets.find((s) => s.name === BLOCKS)!.conditionalFormats.every((c) => isAddinConditionFormula(c.formula))).toBe(true);
    const missed = cfs.find((c) => isAddinConditionFormula(c.formula) && tagOf(c.formula!) === 'missed');
    expect(missed?.fill?.toUpperCase()).toBe('#F8CBAD');
  });

  it('each written rule, evaluated by LibreOffice, colours exactly the verdict', async () => {
    const rules = written.sheets.flatMap((s) =>
      s.conditionalFormats.filter((c) => isAddinConditionFormula(c.formula)).map((c) => ({ sheet: s.name, range: c.range, formula: c.formula!, tag: tagOf(c.formula!) })),
    );
    const results = await evaluateRulesInLibreOffice(written, rules, join(dir, 'scratch.xlsx'));
    const got = evaluations.map((e) => {
      const at = parseA1(e.actualCell);
      return [e.sheet, e.row, e.year, e.verdict, trueTags(results, e.sheet, at.row, at.col)];
    });
    const want = evaluations.map((e) => [e.sheet, e.row, e.year, e.verdict, e.verdict === 'no-data' || e.verdict === 'unknown' ? [] : [e.verdict]]);
    expect(got).toEqual(want);
  }, 240_000);

  it('applying again over its own output does not stack rules', async () => {
    const again = phuluc('apply', out, '--highlight', '--out', out2);
    expect(again.code === 0 || again.code === 1 ? '' : again.stderr).toBe('');
    const twice = await readWorkbookFile(out2);
    for (const name of [PAIRS, BLOCKS]) {
      const a = written.sheets.find((s) => s.name === name)!.conditionalFormats.map((c) => [c.range, c.formula]);
      const b = twice.sheets.find((s) => s.name === name)!.conditionalFormats.map((c) => [c.range, c.formula]);
      expect(b.sort()).toEqual(a.sort());
    }
  }, 120_000);
});
