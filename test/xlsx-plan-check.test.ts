/**
 * The CLI enforces the core's plan check (src/core/plan-check.ts) as the
 * Office.js adapter does: a plan that writes into a protected sheet is refused
 * whole, with a Vietnamese message, and no output file is written.
 */
import { existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { EditPlan } from '../src/core/plan';
import { checkPlan } from '../src/core/plan-check';
import { sheetFromRows } from '../src/core/snapshot';
import { main } from '../src/cli/main';
import { readWorkbookFile } from '../src/cli/xlsx/read';
import { applyPlanToFile, PlanApplyError, writeSnapshotToFile } from '../src/cli/xlsx/write';

const SEED = join(__dirname, '..', 'seeds', 'theo-doi-2026-2027.xlsx');

describe('checkPlan (core)', () => {
  const sheets = [{ ...sheetFromRows('PL1', [['x']]), protected: true }, sheetFromRows('Khác', [['y']])];
  const plan = (ops: EditPlan['ops']): EditPlan => ({ version: 1, action: 'test', ops });
  it('returns a plain refusal naming the op, the sheet and a Vietnamese + English sentence', () => {
    const r = checkPlan(plan([{ op: 'setValues', sheet: 'Khác', address: 'A1', values: [[1]] }, { op: 'setValues', sheet: 'pl1', address: 'A1', values: [[1]] }]), { sheets });
    expect(r).toEqual({ code: 'protected', sheet: 'pl1', opIndex: 1, message: { vi: expect.stringMatching(/^Trang tính "pl1" đang được bảo vệ/), en: expect.stringMatching(/is protected/) } });
  });
  it('accepts a plan that fits, and follows sheets the plan adds and deletes', () => {
    expect(checkPlan(plan([{ op: 'addSheet', name: 'Tổng hợp', marker: 'summary' }, { op: 'setValues', sheet: 'Tổng hợp', address: 'A1', values: [[1]] }, { op: 'deleteSheet', sheet: 'tổng hợp', marker: 'summary' }]), { sheets })).toBeNull();
    expect(checkPlan(plan([{ op: 'deleteSheet', sheet: 'Khác', marker: 'summary' }]), { sheets })?.code).toBe('not-addin-sheet');
  });
});

describe('phuluc apply refuses a protected sheet', () => {
  const dir = mkdtempSync(join(tmpdir(), 'phuluc-plan-check-'));
  const input = join(dir, 'bao-ve.xlsx');
  let sheet = '';
  beforeAll(async () => {
    const snap = await readWorkbookFile(SEED);
    snap.sheets[0].protected = true;
    sheet = snap.sheets[0].name;
    await writeSnapshotToFile(snap, input);
    expect((await readWorkbookFile(input)).sheets[0].protected).toBe(true);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('applyPlanToFile throws a PlanApplyError before any edit and writes nothing', async () => {
    const out = join(dir, 'a.xlsx');
    const err = await applyPlanToFile(input, { version: 1, action: 'test', ops: [{ op: 'setValues', sheet, address: 'Z1', values: [[1]] }] }, out).catch((e) => e);
    expect(err).toBeInstanceOf(PlanApplyError);
    expect(err.code).toBe('protected');
    expect(err.message).toMatch(new RegExp(`Trang tính "${sheet}" đang được bảo vệ.*Chưa ghi tệp nào`));
    expect(existsSync(out)).toBe(false);
  });

  it('the command prints the Vietnamese reason, exits 2 and writes no file', async () => {
    const out = join(dir, 'b.xlsx');
    let stdout = '';
    let stderr = '';
    const code = await main(['node', 'phuluc', 'apply', input, '--out', out, '--fill', '--highlight'], { out: (s) => (stdout += s), err: (s) => (stderr += s), isTTY: false });
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`phuluc: .*bao-ve\\.xlsx: Thao tác #\\d+ \\(\\w+\\): Trang tính "${sheet}" đang được bảo vệ\\. Hãy bỏ bảo vệ`));
    expect(stdout).not.toMatch(/Đã ghi/);
    expect(existsSync(out)).toBe(false);
  });
});
