/**
 * A hand-built tracking sheet (plan and actual for 2026 and 2027) with the
 * verdict each cell must get, in both arrangements seen in the wild: KH/TH
 * pairs under each year, or a KH block then a TH block. Shared by the unit
 * tests and the LibreOffice test of the highlight formulas.
 */
import { parseA1 } from '../src/core/a1';
import type { Verdict } from '../src/core/evaluation';
import type { EditOp } from '../src/core/plan';
import type { ColumnInfo, Direction, RowInfo, SheetLayout } from '../src/core/layout';
import { CellValue, sheetFromRows, SheetSnapshot } from '../src/core/snapshot';

export const FIXTURE_SHEET = 'Theo dõi';
export const FIXTURE_YEARS = [2026, 2027] as const;

export interface FixtureRow {
  stt: string;
  name: string;
  unit: string;
  direction?: Direction;
  /** [plan 2026, actual 2026, plan 2027, actual 2027] */
  cells: [CellValue, CellValue, CellValue, CellValue];
  /** Expected verdicts for 2026, 2027 (null: no evaluation, the plan is blank). */
  expected: [Verdict | null, Verdict | null];
}

/** The expected verdict table. Every form the issue names is here. */
export const FIXTURE_ROWS: FixtureRow[] = [
  // Lower is better, plain figure = ceiling: 1,2 under 1,5 exceeded; 1,4 over 1,2 missed.
  { stt: '1', name: 'Tỷ lệ hộ nghèo', unit: '%', direction: 'down', cells: [1.5, 1.2, 1.2, 1.4], expected: ['exceeded', 'missed'] },
  // Range: inside met, above exceeded; 14 below missed appears in 2027 of the next row.
  { stt: '2', name: 'Tốc độ tăng trưởng kinh tế', unit: '%', direction: 'up', cells: ['15-17%', 16, '15-17%', 18], expected: ['met', 'exceeded'] },
  { stt: '3', name: 'Tốc độ tăng thu ngân sách', unit: '%', direction: 'up', cells: ['15-17%', 15, '15-17%', 14], expected: ['met', 'missed'] },
  // "≥ 90" missed by 88; met at exactly 90.
  { stt: '4', name: 'Tỷ lệ trẻ em được tiêm chủng đầy đủ', unit: '%', direction: 'up', cells: ['≥ 90', 88, '≥ 90', 90], expected: ['missed', 'met'] },
  // Equality met; above exceeded.
  { stt: '5', name: 'Số lao động được tạo việc làm mới', unit: 'Người', direction: 'up', cells: [4000, 4000, 4000, 4200], expected: ['met', 'exceeded'] },
  // Qualitative.
  { stt: '6', name: 'Giữ vững danh hiệu phường văn minh đô thị', unit: 'Danh hiệu', direction: 'qualitative', cells: ['Đạt', 'Đạt', 'Đạt', 'Chưa đạt'], expected: ['met', 'missed'] },
  // A target the parser cannot read: unknown, never guessed.
  { stt: '7', name: 'Phát triển thương mại dịch vụ', unit: '', direction: 'up', cells: ['Theo kế hoạch của thành phố', 12, 'Theo kế hoạch của thành phố', 15], expected: ['unknown', 'unknown'] },
  // Blank actuals: no data yet.
  { stt: '8', name: 'Thu ngân sách nhà nước', unit: 'Tỷ đồng', direction: 'up', cells: [1000, null, 1100, null], expected: ['no-data', 'no-data'] },
  // "Khoảng 4": met within the precision written (3,5..4,5).
  { stt: '9', name: 'Số mô hình kinh tế tập thể mới', unit: 'Mô hình', direction: 'up', cells: ['Khoảng 4', 4.3, 'Khoảng 4', 4.6], expected: ['met', 'exceeded'] },
  // "dưới 3%": strictly below met, at 3 missed.
  { stt: '10', name: 'Tỷ lệ thất nghiệp', unit: '%', direction: 'down', cells: ['dưới 3%', 2.5, 'dưới 3%', 3], expected: ['met', 'missed'] },
  // "Không có điểm nóng".
  { stt: '11', name: 'Điểm nóng về an ninh trật tự', unit: '', direction: 'qualitative', cells: ['Không có điểm nóng', 'Không có', 'Không có điểm nóng', 'Có 1 điểm'], expected: ['met', 'missed'] },
  // Lower-is-better count with a plain figure; a blank plan year gives no evaluation.
  { stt: '12', name: 'Số vụ tai nạn giao thông', unit: 'Vụ', direction: 'down', cells: [10, 12, null, 9], expected: ['missed', null] },
  // "Trên 97,5": strictly above.
  { stt: '13', name: 'Tỷ lệ người dân tham gia bảo hiểm y tế', unit: '%', direction: 'up', cells: ['Trên 97,5', 97.5, 'Trên 97,5', 98], expected: ['missed', 'met'] },
  // "≤ 1,5"; words where a figure is expected are not compared (unknown).
  { stt: '14', name: 'Tỷ lệ hộ cận nghèo', unit: '%', direction: 'down', cells: ['≤ 1,5', 1.5, '≤ 1,5', 'Vượt'], expected: ['met', 'unknown'] },
  // A figure hand-typed as text, read as the vi-VN number it shows; "Duy trì" met by "Duy trì".
  { stt: '15', name: 'Tỷ lệ hộ dùng nước sạch', unit: '%', direction: 'up', cells: [99.5, '99,7', 'Duy trì', 'Duy trì 100%'], expected: ['exceeded', 'met'] },
];

export type Arrangement = 'pairs' | 'blocks';

export const FIRST_BODY_ROW = 5;

/** Columns of (year, series) in each arrangement, starting at D. */
function yearCols(arr: Arrangement): { year: number; series: 'plan' | 'actual'; col: number }[] {
  if (arr === 'pairs') {
    return [
      { year: 2026, series: 'plan', col: 4 },
      { year: 2026, series: 'actual', col: 5 },
      { year: 2027, series: 'plan', col: 6 },
      { year: 2027, series: 'actual', col: 7 },
    ];
  }
  return [
    { year: 2026, series: 'plan', col: 4 },
    { year: 2027, series: 'plan', col: 5 },
    { year: 2026, series: 'actual', col: 6 },
    { year: 2027, series: 'actual', col: 7 },
  ];
}

export function colOf(arr: Arrangement, year: number, series: 'plan' | 'actual'): number {
  const c = yearCols(arr).find((x) => x.year === year && x.series === series);
  if (!c) throw new Error(`no column for ${year} ${series}`);
  return c.col;
}

export interface Fixture {
  sheet: SheetSnapshot;
  layout: SheetLayout;
  /** row → [2026, 2027] expected verdicts. */
  expected: Map<number, [Verdict | null, Verdict | null]>;
}

export function buildFixture(arr: Arrangement, name = FIXTURE_SHEET): Fixture {
  const cols = yearCols(arr);
  const rows: CellValue[][] = [];
  rows.push(['BIỂU THEO DÕI THỰC HIỆN CHỈ TIÊU 2026-2027', null, null, null, null, null, null]);
  if (arr === 'pairs') {
    rows.push(['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2026', null, 'Năm 2027', null]);
    rows.push([null, null, null, 'KH', 'TH', 'KH', 'TH']);
  } else {
    rows.push(['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', null, 'Thực hiện', null]);
    rows.push([null, null, null, 2026, 2027, 2026, 2027]);
  }
  rows.push(['I', 'CHỈ TIÊU KINH TẾ - XÃ HỘI', null, null, null, null, null]);
  const body: RowInfo[] = [{ row: 4, kind: 'section', stt: 'I', name: 'CHỈ TIÊU KINH TẾ - XÃ HỘI', unit: '' }];
  const expected = new Map<number, [Verdict | null, Verdict | null]>();
  FIXTURE_ROWS.forEach((fr, i) => {
    const row = FIRST_BODY_ROW + i;
    const line: CellValue[] = [fr.stt, fr.name, fr.unit || null, null, null, null, null];
    const [p26, a26, p27, a27] = fr.cells;
    line[colOf(arr, 2026, 'plan') - 1] = p26;
    line[colOf(arr, 2026, 'actual') - 1] = a26;
    line[colOf(arr, 2027, 'plan') - 1] = p27;
    line[colOf(arr, 2027, 'actual') - 1] = a27;
    rows.push(line);
    body.push({ row, kind: 'indicator', stt: fr.stt, name: fr.name, unit: fr.unit, section: 4, direction: fr.direction });
    expected.set(row, fr.expected);
  });
  const headerText = (c: { year: number; series: string }) => (arr === 'pairs' ? `Năm ${c.year} / ${c.series === 'plan' ? 'KH' : 'TH'}` : `${c.series === 'plan' ? 'Kế hoạch' : 'Thực hiện'} / ${c.year}`);
  const columns: ColumnInfo[] = [
    { role: 'stt', col: 1, header: 'STT' },
    { role: 'name', col: 2, header: 'Chỉ tiêu' },
    { role: 'unit', col: 3, header: 'ĐVT' },
    ...cols.map((c) => ({ role: 'year' as const, col: c.col, year: c.year, series: c.series, header: headerText(c) })),
  ];
  const merges =
    arr === 'pairs'
      ? [
          { top: 2, left: 4, bottom: 2, right: 5 },
          { top: 2, left: 6, bottom: 2, right: 7 },
        ]
      : [
          { top: 2, left: 4, bottom: 2, right: 5 },
          { top: 2, left: 6, bottom: 2, right: 7 },
        ];
  const sheet = sheetFromRows(name, rows, {
    merges: [...merges, { top: 2, left: 1, bottom: 3, right: 1 }, { top: 2, left: 2, bottom: 3, right: 2 }, { top: 2, left: 3, bottom: 3, right: 3 }],
    styles: [1, 2, 3, 4, 5, 6, 7].flatMap((col) => [2, 3].map((row) => ({ row, col, bold: true, fill: '#D9E1F2' }))),
  });
  const layout: SheetLayout = {
    name,
    kind: 'indicators',
    confidence: 1,
    reasons: ['bảng dựng tay cho kiểm thử'],
    header: { firstRow: 2, lastRow: 3 },
    columns,
    rows: body,
    lastRow: FIRST_BODY_ROW + FIXTURE_ROWS.length - 1,
  };
  return { sheet, layout, expected };
}

/** Plan-only version of the fixture (KH columns only), for the tracking action. */
export function buildPlanOnlyFixture(name = 'Kế hoạch'): Fixture {
  const full = buildFixture('blocks', name);
  const values = full.sheet.values.map((r) => r.slice(0, 5));
  values[1] = ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu kế hoạch', null];
  const sheet = sheetFromRows(name, values, {
    merges: [{ top: 2, left: 4, bottom: 2, right: 5 }, ...full.sheet.merges.filter((m) => m.right <= 3)],
    styles: full.sheet.styles.filter((s) => s.col <= 5),
  });
  const layout: SheetLayout = { ...full.layout, columns: full.layout.columns.filter((c) => c.col <= 5) };
  return { sheet, layout, expected: full.expected };
}

/**
 * Apply the value, formula, merge and bold parts of an edit plan to a sheet
 * snapshot, so the recogniser can read the sheet as the action leaves it.
 * Formula cells get a null value (no calculation here).
 */
export function applyToSheet(sheet: SheetSnapshot, ops: EditOp[]): SheetSnapshot {
  const values = sheet.values.map((r) => [...r]);
  const styles = [...sheet.styles];
  const merges = [...sheet.merges];
  const put = (row: number, col: number, v: CellValue) => {
    const i = row - sheet.origin.row;
    const j = col - sheet.origin.col;
    while (values.length <= i) values.push([]);
    while (values[i].length <= j) values[i].push(null);
    values[i][j] = v;
  };
  for (const op of ops) {
    if ('sheet' in op && op.sheet !== sheet.name) continue;
    if (op.op === 'setValues' || op.op === 'setFormulas') {
      const at = parseA1(op.address);
      const grid = op.op === 'setValues' ? op.values : op.formulas.map((r) => r.map(() => null));
      grid.forEach((r, i) => r.forEach((v, j) => put(at.row + i, at.col + j, v)));
    } else if (op.op === 'mergeCells') {
      const [a, b] = op.range.split(':').map(parseA1);
      merges.push({ top: a.row, left: a.col, bottom: (b ?? a).row, right: (b ?? a).col });
    } else if (op.op === 'setStyle' && op.bold) {
      const [a, b] = op.range.split(':').map(parseA1);
      for (let r = a.row; r <= (b ?? a).row; r++) for (let c = a.col; c <= (b ?? a).col; c++) styles.push({ row: r, col: c, bold: true });
    }
  }
  const width = Math.max(...values.map((r) => r.length));
  return { ...sheet, values: values.map((r) => [...r, ...Array(width - r.length).fill(null)]), styles, merges };
}

export const WORD_TARGETS = ['Đạt', 'Không có điểm nóng', 'Duy trì', 'Giảm hàng năm', 'Hoàn thành', 'Ổn định'] as const;
export const WORD_ACTUALS: CellValue[] = ['Đạt', 'đạt chuẩn', 'Chưa đạt', 'Chưa có số liệu', 'Không đạt', 'Không', 'Không có', 'Có 2 vụ', 'Vượt', 'Hoàn thành', 'Duy trì', 'Giảm 5%', 'Tăng', 'Ổn định', 'Tốt', 0, 3, 'Không có điểm nóng', ' Đạt'];

/** Every qualitative target against every kind of wordy (or counted) actual, one year. */
export function buildWordsFixture(name = 'Định tính'): Fixture {
  const rows: CellValue[][] = [['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2026', 'TH 2026']];
  const body: RowInfo[] = [];
  let n = 0;
  for (const target of WORD_TARGETS) {
    for (const actual of WORD_ACTUALS) {
      n++;
      rows.push([String(n), `Chỉ tiêu ${n}`, null, target, actual]);
      body.push({ row: n + 1, kind: 'indicator', stt: String(n), name: `Chỉ tiêu ${n}`, unit: '', direction: 'qualitative' });
    }
  }
  const sheet = sheetFromRows(name, rows);
  const layout: SheetLayout = {
    name,
    kind: 'indicators',
    confidence: 1,
    reasons: [],
    header: { firstRow: 1, lastRow: 1 },
    columns: [
      { role: 'year', col: 4, year: 2026, series: 'plan', header: 'KH 2026' },
      { role: 'year', col: 5, year: 2026, series: 'actual', header: 'TH 2026' },
    ],
    rows: body,
    lastRow: n + 1,
  };
  return { sheet, layout, expected: new Map() };
}
