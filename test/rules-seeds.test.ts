/**
 * The rule catalogue on the real sample workbooks, through the real .xlsx
 * reader and recogniser: silent where the arithmetic holds (seed 000), the
 * slips the source documents really contain found (seeds 003 and 004), and for
 * every rule a slip injected into a real table that it catches while the same
 * table unchanged stays silent for it.
 */
import { join } from 'path';
import { readWorkbookFile } from '../src/cli/xlsx/read';
import { parseA1 } from '../src/core/a1';
import type { Finding } from '../src/core/findings';
import { checkWorkbook } from '../src/core/pipeline';
import { parsePlan } from '../src/core/plan';
import { recognizeWorkbook } from '../src/core/recognize';
import { RULE_METAS, RULE_SETTINGS_KEY, validateWorkbook } from '../src/core/rules';
import type { CellValue, WorkbookSnapshot } from '../src/core/snapshot';

const SEEDS = join(__dirname, '..', 'seeds');
const loaded = new Map<string, WorkbookSnapshot>();

async function seed(file: string): Promise<WorkbookSnapshot> {
  if (!loaded.has(file)) loaded.set(file, await readWorkbookFile(join(SEEDS, file)));
  return structuredClone(loaded.get(file)!);
}

function check(wb: WorkbookSnapshot): Finding[] {
  return validateWorkbook(wb, recognizeWorkbook(wb));
}

interface Edit {
  sheet: string;
  cell: string;
  value: CellValue;
  formula?: string;
}

/** The workbook with cells changed in place, as a ward officer would type them. */
function edit(wb: WorkbookSnapshot, edits: Edit[]): WorkbookSnapshot {
  for (const e of edits) {
    const s = wb.sheets.find((x) => x.name === e.sheet)!;
    const { row, col } = parseA1(e.cell);
    const i = row - s.origin.row;
    const j = col - s.origin.col;
    while (s.values[i].length <= j) s.values[i].push(null);
    s.values[i][j] = e.value;
    if (e.formula !== undefined) {
      s.formulas ??= s.values.map((r) => r.map(() => null));
      while (s.formulas[i].length <= j) s.formulas[i].push(null);
      s.formulas[i][j] = e.formula;
    }
  }
  return wb;
}

const at = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell}`);

describe('seed 000 (rach-gia.xlsx): the arithmetic holds', () => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = check(await seed('rach-gia.xlsx'));
  });

  it('has no error-severity finding', () => {
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('warns only about what is really there: the budget typed as text and the swapped repeated header', () => {
    expect(findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([
      'number-as-text G15',
      'number-as-text H15',
      'number-as-text I15',
      'number-as-text J15',
      'number-as-text K15',
      'header-repeat-mismatch L24',
      'header-repeat-mismatch M25',
    ]);
  });
});

describe('the real slips in the seeds', () => {
  it('seed 004 PL1: STT 11, 13, 13, 14: 12 is missing and 13 is repeated', async () => {
    const f = check(await seed('an-duong.xlsx'));
    expect(f.map((x) => [x.rule, x.severity, `${x.sheet}!${x.cell}`, x.message])).toEqual([
      ['stt-gap', 'warning', 'PL1!A25', 'STT 13 đứng sau 11: thiếu STT 12'],
      ['stt-duplicate', 'error', 'PL1!A27', 'STT 13 trùng với STT của dòng 25: hai dòng cùng cấp không được cùng số thứ tự'],
    ]);
  });

  it('seed 003: the last row\'s unit cell holds a target sentence', async () => {
    const f = check(await seed('kien-hai.xlsx'));
    const unit = f.filter((x) => x.rule === 'unit-invalid');
    expect(unit.map((x) => [x.cell, x.actual])).toEqual([['D43', 'Ổn định Không có “điểm nóng”']]);
    expect(f.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('the tracking sheet (theo-doi-2026-2027.xlsx): the plan text no parser reads is reported; "Chưa đạt" and "96,5" as actuals are read', async () => {
    const f = check(await seed('theo-doi-2026-2027.xlsx'));
    expect(f.map((x) => [x.rule, x.severity, x.cell])).toEqual([
      ['number-as-text', 'warning', 'E26'],
      ['value-unparseable', 'error', 'D41'],
      ['value-unparseable', 'error', 'F41'],
    ]);
    expect(f[1].actual).toBe('Theo kế hoạch của huyện');
  });

  it('seed 001 (thach-khoi.xlsx): targets with their own wording are read, nothing to report', async () => {
    expect(check(await seed('thach-khoi.xlsx'))).toEqual([]);
  });
});

interface Injection {
  rule: string;
  file: string;
  edits: Edit[];
  /** This rule's findings on the unchanged table (usually none). */
  before?: string[];
  /** This rule's findings after the edits. */
  after: string[];
  /** Which of the rule's messages the new finding is. */
  messageId: string;
  /** A piece of the new finding's message as rendered: the seed's figures in the template. */
  says?: string;
}

const RG = 'rach-gia.xlsx';
const P = 'Phụ lục';
const TEXT_BUDGET = ['Phụ lục!G15', 'Phụ lục!H15', 'Phụ lục!I15', 'Phụ lục!J15', 'Phụ lục!K15'];
const SWAPPED_HEADER = ['Phụ lục!L24', 'Phụ lục!M25'];
/** The repeated header put back in the first header's order. */
const UNSWAP: Edit[] = [
  { sheet: P, cell: 'L24', value: 'Tốc độ tăng bình quân 5 năm 2026-2030 (%)' },
  { sheet: P, cell: 'M24', value: 'KH 5 năm giai đoạn 2026-2030 so với mức TH 2021-2025 (%)' },
  { sheet: P, cell: 'M25', value: null },
];

const INJECTIONS: Injection[] = [
  { rule: 'stt-duplicate', file: RG, edits: [{ sheet: P, cell: 'A20', value: '4' }], after: ['Phụ lục!A20'], messageId: 'duplicate', says: 'STT 4 trùng với STT của dòng 19' },
  { rule: 'stt-gap', file: RG, edits: [{ sheet: P, cell: 'A38', value: '15' }], after: ['Phụ lục!A38'], messageId: 'gap', says: 'STT 15 đứng sau 13: thiếu STT 14' },
  { rule: 'name-missing', file: RG, edits: [{ sheet: P, cell: 'B17', value: null }], after: ['Phụ lục!B17'], messageId: 'missingWithStt', says: 'Dòng 17 (STT 3) có số liệu nhưng chưa có tên chỉ tiêu' },
  { rule: 'unit-missing', file: RG, edits: [{ sheet: P, cell: 'C17', value: null }], after: ['Phụ lục!C17'], messageId: 'missing', says: 'có số liệu nhưng chưa ghi đơn vị tính' },
  { rule: 'unit-invalid', file: RG, edits: [{ sheet: P, cell: 'C19', value: '143,33' }], after: ['Phụ lục!C19'], messageId: 'figure', says: 'đây là một con số' },
  {
    rule: 'number-as-text',
    file: RG,
    edits: [{ sheet: P, cell: 'G17', value: '13.103' }],
    before: TEXT_BUDGET,
    after: [...TEXT_BUDGET, 'Phụ lục!G17'],
    messageId: 'asText', says: 'Số 13.103 đang lưu dạng chữ ("13.103")',
  },
  { rule: 'number-as-text', file: 'kien-hai.xlsx', edits: [{ sheet: 'Chỉ tiêu chủ yếu', cell: 'H9', value: '4,5' }], after: ['Chỉ tiêu chủ yếu!H9'], messageId: 'asText', says: 'Số 4,5 đang lưu dạng chữ' },
  { rule: 'value-unparseable', file: RG, edits: [{ sheet: P, cell: 'H20', value: 'xem phụ lục kèm theo' }], after: ['Phụ lục!H20'], messageId: 'yearCell', says: 'Không đọc được giá trị năm 2027 "xem phụ lục kèm theo"' },
  { rule: 'percent-out-of-range', file: RG, edits: [{ sheet: P, cell: 'K34', value: 110 }], after: ['Phụ lục!K34'], messageId: 'above', says: 'Năm 2030: tỷ lệ 110,00% vượt quá 100%' },
  { rule: 'total-mismatch', file: RG, edits: [{ sheet: P, cell: 'F17', value: 70613 }], after: ['Phụ lục!F17'], messageId: 'differs', says: 'Tổng 5 năm ghi 70.613 nhưng tổng các năm là 70.603 (lệch 10)' },
  { rule: 'total-mismatch', file: RG, edits: [{ sheet: P, cell: 'F9', value: 281437 }], after: ['Phụ lục!F9'], messageId: 'differs', says: 'Tổng 5 năm ghi 281.437 nhưng tổng các năm là 281.427 (lệch 10)' },
  { rule: 'components-mismatch', file: RG, edits: [{ sheet: P, cell: 'G12', value: 23668 }], after: ['Phụ lục!G9'], messageId: 'sum', says: 'Năm 2026: chỉ tiêu ghi 44.477 nhưng tổng các thành phần (Khu vực I, Khu vực II, Khu vực III) là 44.487 (lệch 10)' },
  { rule: 'growth-mismatch', file: RG, edits: [{ sheet: P, cell: 'H13', value: 11.8 }], after: ['Phụ lục!H13'], messageId: 'differs', says: 'Năm 2027: tốc độ tăng ghi 11,80% nhưng tính từ số liệu là 11,72%' },
  { rule: 'growth-mismatch', file: RG, edits: [{ sheet: P, cell: 'K16', value: 10 }], after: ['Phụ lục!K16'], messageId: 'differs', says: 'Năm 2030: tốc độ tăng ghi 10,00% nhưng tính từ số liệu là 10,50%' },
  { rule: 'avg-growth-mismatch', file: RG, edits: [{ sheet: P, cell: 'L9', value: 12.8 }], after: ['Phụ lục!L9'], messageId: 'differsFromImpliedBase', says: 'Tốc độ tăng bình quân ghi 12,80% nhưng tính từ năm gốc 2025 đến 2030 là 12,30%' },
  { rule: 'avg-growth-mismatch', file: RG, edits: [{ sheet: P, cell: 'L15', value: 10.47 }], after: ['Phụ lục!L15'], messageId: 'differsFromImpliedBase', says: 'Tốc độ tăng bình quân ghi 10,47% nhưng tính từ năm gốc 2025 đến 2030 là 11,47%' },
  { rule: 'target-path', file: RG, edits: [{ sheet: P, cell: 'K20', value: 67 }], after: ['Phụ lục!K20'], messageId: 'goalDropped', says: 'mục tiêu cuối kỳ là "68% trở lên" nhưng kế hoạch năm 2030 là 67' },
  { rule: 'formula-range', file: RG, edits: [{ sheet: P, cell: 'F17', value: 55518, formula: '=SUM(G17:J17)' }], after: ['Phụ lục!F17'], messageId: 'totalRange', says: 'Công thức tổng 5 năm =SUM(G17:J17) bỏ sót K17' },
  { rule: 'formula-range', file: RG, edits: [{ sheet: P, cell: 'I13', value: 11.81, formula: '=(I9/G9-1)*100' }], after: ['Phụ lục!I13'], messageId: 'growthRange', says: 'bỏ sót H9, thừa G9' },
  { rule: 'error-value', file: RG, edits: [{ sheet: P, cell: 'H13', value: { error: '#DIV/0!' }, formula: '=(H9/H99-1)*100' }], after: ['Phụ lục!H13'], messageId: 'formulaErrorExplained', says: 'Ô hiện lỗi #DIV/0! (chia cho 0 hoặc ô trống); công thức: =(H9/H99-1)*100' },
  { rule: 'error-value', file: 'an-duong.xlsx', edits: [{ sheet: 'PL2', cell: 'C10', value: { error: '#REF!' } }], after: ['PL2!C10'], messageId: 'errorExplained', says: 'Ô hiện lỗi #REF!' },
  { rule: 'values-missing', file: RG, edits: [{ sheet: P, cell: 'I17', value: null }], after: ['Phụ lục!I17'], messageId: 'someYears', says: 'chưa có kế hoạch các năm 2028' },
  { rule: 'header-repeat-mismatch', file: RG, edits: [], before: SWAPPED_HEADER, after: SWAPPED_HEADER, messageId: 'moved', says: 'có vẻ là cột M của tiêu đề đầu' },
];

describe('every rule catches a slip injected into a real seed table', () => {
  it('covers the whole catalogue', () => {
    expect(new Set(INJECTIONS.filter((x) => x.after.length > 0).map((x) => x.rule))).toEqual(new Set(RULE_METAS.map((m) => m.id)));
  });

  it.each(INJECTIONS.filter((x) => x.edits.length > 0).map((x) => [`${x.rule}: ${x.file} ${x.edits.map((e) => `${e.cell}=${JSON.stringify(e.formula ?? e.value)}`).join(', ')}`, x] as const))(
    '%s',
    async (_name, x) => {
      const before = check(await seed(x.file));
      expect(at(before, x.rule)).toEqual(x.before ?? []);
      const after = check(edit(await seed(x.file), x.edits));
      expect(at(after, x.rule)).toEqual(x.after);
      const fresh = after.filter((f) => f.rule === x.rule && !(x.before ?? []).includes(`${f.sheet}!${f.cell}`));
      expect(fresh.map((f) => f.messageId)).toContain(x.messageId);
      if (x.says) expect(fresh.map((f) => f.message).join('\n')).toContain(x.says);
    },
  );

  it('header-repeat-mismatch: silent once the repeated header matches, and a renamed column is caught', async () => {
    const fixed = check(edit(await seed(RG), UNSWAP));
    expect(at(fixed, 'header-repeat-mismatch')).toEqual([]);
    const renamed = check(edit(await seed(RG), [...UNSWAP, { sheet: P, cell: 'I25', value: 2029 }]));
    expect(at(renamed, 'header-repeat-mismatch')).toEqual(['Phụ lục!I25']);
  });

  it('number-as-text: the fix plan rewrites the cell as a number that then adds up', async () => {
    const f = check(await seed(RG)).find((x) => x.rule === 'number-as-text' && x.cell === 'G15')!;
    const plan = parsePlan(f.fix);
    expect(plan.ops).toEqual([
      { op: 'setValues', sheet: P, address: 'G15', values: [[1083.25]] },
      { op: 'setNumberFormat', sheet: P, range: 'G15', format: '#,##0.00' },
    ]);
    const wb = await seed(RG);
    const fixedAll = check(
      edit(
        wb,
        ['G', 'H', 'I', 'J', 'K'].map((c, i) => ({ sheet: P, cell: `${c}15`, value: [1083.25, 1191.57, 1310.73, 1441.8, 1593.19][i] })),
      ),
    );
    expect(at(fixedAll, 'number-as-text')).toEqual([]);
    expect(fixedAll.filter((x) => x.severity === 'error')).toEqual([]);
  });
});

describe('per-workbook rule settings', () => {
  it('the settings the add-in stores in the workbook switch rules off and change severities in `phuluc check`', async () => {
    const wb = await seed(RG);
    wb.settings = { [RULE_SETTINGS_KEY]: { version: 1, rules: { 'number-as-text': 'off', 'header-repeat-mismatch': 'info' } } };
    const { findings } = checkWorkbook(wb);
    expect(findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([
      ['header-repeat-mismatch', 'info', 'L24'],
      ['header-repeat-mismatch', 'info', 'M25'],
    ]);
  });
});
