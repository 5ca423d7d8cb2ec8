/**
 * Must-show of issue #5: `phuluc apply --fill` writes live formulas that a
 * real spreadsheet engine (LibreOffice, headless) recomputes to the official
 * figures of seed 000: on the seed itself, on the seed 003 layout, and under a
 * sheet name that needs quoting; a differing typed figure survives and is
 * reported; a second fill changes nothing.
 */
import { execFile } from 'child_process';
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { promisify } from 'util';
import { RACH_GIA_SHEET } from '../seeds/data/rach-gia';
import { parseA1 } from '../src/core/a1';
import { planFill } from '../src/core/fill';
import { checkWorkbook } from '../src/core/pipeline';
import type { Report } from '../src/core/report';
import type { CellValue, WorkbookSnapshot } from '../src/core/snapshot';
import { readWorkbookFile } from '../src/cli/xlsx/read';
import { recalculate } from './helpers/libreoffice';

const ROOT = join(__dirname, '..');
const SEED_000 = join(ROOT, 'seeds', 'rach-gia.xlsx');
const run = promisify(execFile);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'phuluc-fill-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function cli(...args: string[]): Promise<{ stdout: string; code: number }> {
  try {
    const { stdout } = await run('node', [join(ROOT, 'bin', 'phuluc.js'), ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    return { stdout, code: 0 };
  } catch (e) {
    const err = e as { stdout?: string; code?: number };
    if (typeof err.code !== 'number') throw e;
    return { stdout: err.stdout ?? '', code: err.code };
  }
}

interface Cells {
  value(a1: string): CellValue;
  formula(a1: string): string | null;
}

function cellsOf(wb: WorkbookSnapshot, sheet: string): Cells {
  const s = wb.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet} in ${wb.sheets.map((x) => x.name).join(', ')}`);
  const at = (a1: string) => {
    const { row, col } = parseA1(a1);
    return { i: row - s.origin.row, j: col - s.origin.col };
  };
  return {
    value: (a1) => {
      const { i, j } = at(a1);
      return s.values[i]?.[j] ?? null;
    },
    formula: (a1) => {
      const { i, j } = at(a1);
      return s.formulas?.[i]?.[j] ?? null;
    },
  };
}

/** Two decimals, as the sheet shows them (vi-VN shown with "," but compared as numbers here). */
function shown(c: Cells, a1: string): string {
  const v = c.value(a1);
  if (typeof v !== 'number') throw new Error(`${a1} is not a number: ${JSON.stringify(v)}`);
  return v.toFixed(2);
}

/** A copy of a workbook with some cells emptied and other edits, written with ExcelJS. */
async function editCopy(src: string, out: string, edit: (ws: ExcelJS.Worksheet) => void, sheet = RACH_GIA_SHEET): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(src);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  edit(ws);
  await wb.xlsx.writeFile(out);
  return out;
}

/** Seed 000's growth cells that the table lets us compute, its two averages and two totals. */
const GROWTH = { grdp: ['H13', 'I13', 'J13', 'K13'], budget: ['H16', 'I16', 'J16', 'K16'] };
const BLANKED = [...GROWTH.grdp, ...GROWTH.budget, 'L9', 'L15', 'F9', 'F15'];

function blankCells(cells: string[]) {
  return (ws: ExcelJS.Worksheet) => {
    for (const a1 of cells) ws.getCell(a1).value = null;
  };
}

/** Fill with the CLI, recalculate with LibreOffice, and expect the official figures at the given cells. */
async function expectOfficialFigures(input: string, sheet: string, at: { grdpGrowth: string[]; budgetGrowth: string[]; avg: [string, string]; totals: [string, string] }) {
  const out = join(dir, `filled-${Math.random().toString(36).slice(2)}.xlsx`);
  const r = await cli('apply', input, '--fill', '--out', out);
  expect(r.stdout).toMatch(/Đã ghi/);
  const recalced = cellsOf(await recalculate(out), sheet);
  expect(at.grdpGrowth.map((a) => shown(recalced, a))).toEqual(['11.72', '11.81', '11.87', '11.92']);
  expect(at.budgetGrowth.map((a) => shown(recalced, a))).toEqual(['10.00', '10.00', '10.00', '10.50']);
  expect(at.avg.map((a) => shown(recalced, a))).toEqual(['12.30', '11.47']);
  expect(at.totals.map((a) => shown(recalced, a))).toEqual(['281427.00', '6620.54']);
  // They are live formulas, not pasted numbers.
  for (const a of [...at.grdpGrowth, ...at.budgetGrowth, ...at.avg, ...at.totals]) expect(recalced.formula(a)).toMatch(/^=/);
  return out;
}

describe('phuluc apply --fill, recalculated by LibreOffice', () => {
  it('seed 000 with its growth cells, averages and totals blanked gets the official figures back', async () => {
    const input = await editCopy(SEED_000, join(dir, 'rg-blank.xlsx'), blankCells(BLANKED));
    const out = await expectOfficialFigures(input, RACH_GIA_SHEET, {
      grdpGrowth: GROWTH.grdp,
      budgetGrowth: GROWTH.budget,
      avg: ['L9', 'L15'],
      totals: ['F9', 'F15'],
    });
    const filled = cellsOf(await readWorkbookFile(out), RACH_GIA_SHEET);
    expect(filled.formula('H13')).toBe('=(H9/G9-1)*100');
    expect(filled.formula('L9')).toBe('=(POWER(K9/(G9/(1+G13/100)),1/5)-1)*100');
    expect(filled.formula('F15')).toBe('=SUM(G15:K15)');
    // The first year's growth and the components' averages need a 2025 figure the table lacks: untouched.
    expect(filled.value('G13')).toBe(14.2);
    expect(filled.formula('G13')).toBeNull();
    expect([filled.value('L10'), filled.value('L11'), filled.value('L12')]).toEqual([-2.52, 11.6, 14.94]);
    expect(filled.formula('L10')).toBeNull();
  });

  it('an emptied parent row is the SUM of its sectors, and its 5-year total follows', async () => {
    const input = await editCopy(SEED_000, join(dir, 'rg-parent.xlsx'), blankCells(['F9', 'G9', 'H9', 'I9', 'J9', 'K9', ...GROWTH.grdp, 'L9']));
    const out = join(dir, 'rg-parent-out.xlsx');
    await cli('apply', input, '--fill', '--out', out);
    const c = cellsOf(await recalculate(out), RACH_GIA_SHEET);
    expect(['G9', 'H9', 'I9', 'J9', 'K9'].map((a) => c.value(a))).toEqual([44477, 49689, 55557, 62149, 69555]);
    expect(c.formula('G9')).toBe('=SUM(G10:G12)');
    expect(shown(c, 'F9')).toBe('281427.00');
    expect(GROWTH.grdp.map((a) => shown(c, a))).toEqual(['11.72', '11.81', '11.87', '11.92']);
    expect(shown(c, 'L9')).toBe('12.30');
  });

  it('the same on the seed 003 layout (one header row, table from column B, "2030 (mục tiêu)")', async () => {
    const input = join(dir, 'kien-hai-layout.xlsx');
    await kienHaiLayoutWithSeed000Figures(input);
    await expectOfficialFigures(input, 'Chỉ tiêu chủ yếu', {
      grdpGrowth: ['F10', 'G10', 'H10', 'I10'],
      budgetGrowth: ['F12', 'G12', 'H12', 'I12'],
      avg: ['K6', 'K11'],
      totals: ['J6', 'J11'],
    });
  });

  it('the same under a sheet name that needs quoting', async () => {
    const name = "PL 1 - Rạch Giá's KT-XH";
    const input = await editCopy(SEED_000, join(dir, 'rg-quoted.xlsx'), (ws) => {
      blankCells(BLANKED)(ws);
      ws.name = name;
    });
    const snap = await readWorkbookFile(input);
    expect(snap.sheets.map((s) => s.name)).toContain(name);
    await expectOfficialFigures(input, name, { grdpGrowth: GROWTH.grdp, budgetGrowth: GROWTH.budget, avg: ['L9', 'L15'], totals: ['F9', 'F15'] });
    // The preview names cells as a formula would (quoted, apostrophe doubled), and `replace` takes that name back.
    const layout = checkWorkbook(snap).layout;
    const left = planFill(snap, layout).preview.leave.find((c) => c.cell === 'L10');
    expect(left?.ref).toBe("'PL 1 - Rạch Giá''s KT-XH'!L10");
    const { plan, preview } = planFill(snap, layout, { replace: [left!.ref!] });
    expect(preview.replace?.map((c) => c.ref)).toEqual(["'PL 1 - Rạch Giá''s KT-XH'!L10"]);
    expect(plan.ops).toContainEqual({ op: 'setFormulas', sheet: name, address: 'L10', formulas: [['=(POWER(K10/G10,1/4)-1)*100']] });
  });

  it('a differing typed value survives --fill untouched and is reported with the computed value', async () => {
    const input = await editCopy(SEED_000, join(dir, 'rg-differs.xlsx'), (ws) => {
      blankCells(BLANKED.filter((c) => c !== 'I13' && c !== 'F9'))(ws);
      ws.getCell('I13').value = 12.5; // computed 11,81
      ws.getCell('F9').value = 280000; // computed 281.427
    });
    const out = join(dir, 'rg-differs-out.xlsx');
    await cli('apply', input, '--fill', '--out', out);
    const filled = cellsOf(await readWorkbookFile(out), RACH_GIA_SHEET);
    expect(filled.value('I13')).toBe(12.5);
    expect(filled.formula('I13')).toBeNull();
    expect(filled.value('F9')).toBe(280000);
    expect(filled.formula('F9')).toBeNull();
    expect(filled.formula('H13')).toBe('=(H9/G9-1)*100');

    const { stdout } = await cli('check', out, '--format', 'json');
    const report = JSON.parse(stdout) as Report;
    const findings = report.files[0].findings;
    const growth = findings.find((f) => f.cell === 'I13' && f.rule === 'growth-mismatch');
    expect(growth?.message).toMatch(/11,81/);
    const total = findings.find((f) => f.cell === 'F9' && f.rule === 'total-mismatch');
    expect(total?.message).toMatch(/281\.427/);

    // The preview says why they were left, with the computed value.
    const snap = await readWorkbookFile(input);
    const { preview } = planFill(snap, checkWorkbook(snap).layout);
    const left = new Map(preview.leave.map((c) => [c.cell, c]));
    expect(left.get('I13')?.computed?.toFixed(2)).toBe('11.81');
    expect(left.get('I13')?.reason).toMatch(/khác kết quả công thức \(11,81\)/);
    expect(left.get('F9')?.computed).toBe(281427);
  });

  it('running --fill twice changes nothing the second time', async () => {
    const input = await editCopy(SEED_000, join(dir, 'rg-twice.xlsx'), blankCells(BLANKED));
    const once = join(dir, 'rg-once.xlsx');
    const twice = join(dir, 'rg-twice-out.xlsx');
    await cli('apply', input, '--fill', '--out', once);
    const second = await cli('apply', once, '--fill', '--out', twice);
    // An empty plan writes no copy at all (issue 24), and says so.
    expect(second.stdout).toMatch(/^Không có gì để thay đổi trong .*không ghi tệp nào\./);
    expect(existsSync(twice)).toBe(false);
    // And once LibreOffice has computed every formula, still nothing to do.
    const recalced = await recalculate(once);
    expect(planFill(recalced, checkWorkbook(recalced).layout).plan.ops).toEqual([]);
  });
});

/**
 * Seed 003's layout (xã Kiến Hải): titles, ONE header row at row 5, the table
 * from column B, years 2026..2029 as numbers and "2030 (mục tiêu)" as text,
 * the assigned unit last; with a 5-year total and an average-growth column
 * added before it, and seed 000's figures (GRDP with its sectors and growth
 * row, the budget with its growth row, the budget figures typed as text).
 */
async function kienHaiLayoutWithSeed000Figures(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Chỉ tiêu chủ yếu');
  ws.getCell('B1').value = 'BẢNG TỔNG HỢP';
  ws.getCell('B2').value = 'CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU';
  ws.getCell('B3').value = '(Kèm theo Kế hoạch số: /KH-UBND ngày tháng 5 năm 2026 của UBND xã Kiến Hải)';
  ws.getRow(5).values = [null, 'STT', 'Chỉ tiêu chủ yếu', 'Đơn vị tính', 2026, 2027, 2028, 2029, '2030 (mục tiêu)', 'Tổng 5 năm 2026-2030', 'Tốc độ tăng bình quân (%)', 'Phân công đơn vị tham mưu, thực hiện'];
  const body: (string | number | null)[][] = [
    ['1', 'Tổng giá trị sản phẩm trên địa bàn', 'Tỷ đồng', 44477, 49689, 55557, 62149, 69555, null, null, 'Phòng Kinh tế'],
    ['1.1', 'Nông – lâm – thủy sản', 'Tỷ đồng', 3898, 3780, 3620, 3556, 3492, 18346, -2.52, 'Phòng Kinh tế'],
    ['1.2', 'Công nghiệp – xây dựng', 'Tỷ đồng', 16921, 18347, 20517, 22994, 25836, 104615, 11.6, 'Phòng Kinh tế'],
    ['1.3', 'Thương mại – dịch vụ', 'Tỷ đồng', 23658, 27562, 31420, 35599, 40227, 158466, 14.94, 'Phòng Kinh tế'],
    [null, 'Tốc độ tăng tổng giá trị sản phẩm', '%', 14.2, null, null, null, null, null, null, null],
    ['2', 'Thu ngân sách Nhà nước trên địa bàn', 'Tỷ đồng', '1083,25', '1191,57', '1310,73', '1441,80', '1593,19', null, null, 'Phòng Kinh tế'],
    [null, 'Tốc độ tăng thu ngân sách Nhà nước', '%', 17, null, null, null, null, null, null, null],
    ['3', 'Thu nhập bình quân đầu người', 'Triệu đồng/người/năm', 85, 105, 130, 155, '170-200', null, null, 'Phòng Kinh tế'],
    ['4', 'Tỷ lệ hộ nghèo (chuẩn đa chiều)', '%', 1, 0.8, 0.5, 0.2, 0, null, null, 'Phòng Kinh tế'],
  ];
  body.forEach((cells, i) => {
    const row = ws.getRow(6 + i);
    row.values = [null, ...cells];
    if (cells[0] === null || String(cells[0]).includes('.')) row.font = { italic: true };
  });
  await wb.xlsx.writeFile(path);
}
