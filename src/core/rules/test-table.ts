/**
 * Hand-built tables for the rule tests: a snapshot and the SheetLayout the
 * recogniser would give for it, built from one compact description so that
 * each test states only the cells it is about. Header on row 1, body from row 2.
 */
import { newRow, type ColumnInfo, type ColumnRole, type Direction, type RowInfo, type RowKind, type Series, type SheetLayout, type WorkbookLayout } from '../layout';
import { validateWorkbook } from './index';
import type { Finding, RuleSettings } from '../findings';
import type { MessageData } from '../messages';
import { sheetFromRows, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../snapshot';

export type ColumnSpec = ColumnRole | number | { role: ColumnRole; year?: number; series?: Series; header?: string; format?: string };

export interface RowSpec {
  kind: RowKind;
  cells: CellValue[];
  /** Index (0-based) of the parent row in the spec. */
  parent?: number;
  direction?: Direction;
  /** Formulas by column index (0-based). */
  formulas?: Record<number, string>;
  /** Number formats by column index (0-based), over the column's own. */
  formats?: Record<number, string>;
}

export interface TableSpec {
  name?: string;
  columns: ColumnSpec[];
  rows: RowSpec[];
  /** Extra header rows placed before the given body index (repeated headers), as raw cells. */
  repeatedHeaders?: Array<{ before: number; cells: CellValue[] }>;
}

const HEADERS: Partial<Record<ColumnRole, string>> = {
  stt: 'STT',
  name: 'Chỉ tiêu',
  unit: 'Đơn vị tính',
  lead: 'Cơ quan chủ trì',
  planTotal: 'Kế hoạch 5 năm giai đoạn 2026-2030',
  target2030: 'Đến năm 2030',
  annualAverage: 'Bình quân năm',
  avgGrowth: 'Tốc độ tăng bình quân 5 năm 2026-2030 (%)',
  ratioPrevious: 'KH 5 năm so với TH 2021-2025 (%)',
  notes: 'Ghi chú',
};

function normalize(spec: ColumnSpec): { role: ColumnRole; year?: number; series?: Series; header: string; format?: string } {
  if (typeof spec === 'number') return { role: 'year', year: spec, series: 'plan', header: String(spec) };
  if (typeof spec === 'string') return { role: spec, header: HEADERS[spec] ?? spec };
  const header = spec.header ?? (spec.role === 'year' ? `${spec.series === 'actual' ? 'TH' : 'KH'} ${spec.year}` : (HEADERS[spec.role] ?? spec.role));
  return { ...spec, header };
}

export interface BuiltTable {
  wb: WorkbookSnapshot;
  layout: WorkbookLayout;
  sheet: SheetSnapshot;
  /** Absolute row of a body row by its spec index. */
  rowOf(index: number): number;
}

export function buildTable(spec: TableSpec): BuiltTable {
  const name = spec.name ?? 'Phụ lục';
  const cols = spec.columns.map(normalize);
  const width = cols.length;
  const values: CellValue[][] = [cols.map((c) => c.header)];
  const formulas: Array<Array<string | null>> = [cols.map(() => null)];
  const formats: Array<Array<string | null>> = [cols.map(() => null)];
  const layoutRows: RowInfo[] = [];
  const bodyRowOf: number[] = [];
  const pad = (cells: CellValue[]): CellValue[] => Array.from({ length: width }, (_, i) => (cells[i] === undefined ? null : cells[i]));

  spec.rows.forEach((r, i) => {
    for (const h of spec.repeatedHeaders ?? []) {
      if (h.before !== i) continue;
      values.push(pad(h.cells));
      formulas.push(cols.map(() => null));
      formats.push(cols.map(() => null));
      layoutRows.push(newRow(values.length, 'header', '', '', ''));
    }
    values.push(pad(r.cells));
    formulas.push(cols.map((_, j) => r.formulas?.[j] ?? null));
    formats.push(cols.map((c, j) => r.formats?.[j] ?? (r.kind === 'section' ? null : (c.format ?? null))));
    bodyRowOf[i] = values.length;
  });

  const idx = (role: ColumnRole): number => cols.findIndex((c) => c.role === role);
  const text = (i: number, j: number): string => (j < 0 || spec.rows[i].cells[j] === null || spec.rows[i].cells[j] === undefined ? '' : String(spec.rows[i].cells[j]).trim());
  spec.rows.forEach((r, i) => {
    const info = newRow(bodyRowOf[i], r.kind, text(i, idx('stt')), text(i, idx('name')), text(i, idx('unit')));
    if (r.parent !== undefined) info.parent = bodyRowOf[r.parent];
    if (r.direction) info.direction = r.direction;
    layoutRows.push(info);
  });
  layoutRows.sort((a, b) => a.row - b.row);

  const columns: ColumnInfo[] = cols.map((c, j) => ({
    role: c.role,
    col: j + 1,
    header: c.header,
    ...(c.year !== undefined ? { year: c.year } : {}),
    ...(c.role === 'year' ? { series: c.series ?? 'plan' } : {}),
  }));
  const sheet = sheetFromRows(name, values, {
    ...(formulas.some((r) => r.some((f) => f !== null)) ? { formulas } : {}),
    ...(formats.some((r) => r.some((f) => f !== null)) ? { numberFormats: formats } : {}),
  });
  const layout: SheetLayout = {
    name,
    kind: 'indicators',
    confidence: 1,
    reasons: [],
    header: { firstRow: 1, lastRow: 1 },
    columns,
    rows: layoutRows,
    lastRow: values.length,
  };
  return { wb: { sheets: [sheet] }, layout: { sheets: [layout] }, sheet, rowOf: (i) => bodyRowOf[i] };
}

/** The findings of one rule on a built table. */
export function findingsOf(rule: string, table: BuiltTable, settings?: RuleSettings): Finding[] {
  return validateWorkbook(table.wb, table.layout, settings).filter((f) => f.rule === rule);
}

/** What findings say, as the rule tests compare them: cell, messageId and the message's data (not its wording). */
export function said(findings: Finding[]): Array<[string, string, MessageData]> {
  return findings.map((f) => [f.cell, f.messageId, f.data]);
}

/** The GRDP block of seed 000 (rows 9-13 of rach-gia.xlsx): indicator, three sectors, growth row. */
export const GRDP_COLUMNS: ColumnSpec[] = [
  'stt',
  'name',
  'unit',
  { role: 'planTotal', format: '#,##0' },
  { role: 'year', year: 2026, header: '2026', format: '#,##0' },
  { role: 'year', year: 2027, header: '2027', format: '#,##0' },
  { role: 'year', year: 2028, header: '2028', format: '#,##0' },
  { role: 'year', year: 2029, header: '2029', format: '#,##0' },
  { role: 'year', year: 2030, header: '2030', format: '#,##0' },
  { role: 'avgGrowth', format: '0.00' },
];

const GROWTH_FORMATS = { 4: '0.00', 5: '0.00', 6: '0.00', 7: '0.00', 8: '0.00' };

export function grdpRows(): RowSpec[] {
  return [
    { kind: 'indicator', cells: ['1', 'Tổng giá trị sản phẩm trên địa bàn (Giá so sánh 2010)', 'Tỷ đồng', 281427, 44477, 49689, 55557, 62149, 69555, 12.3] },
    { kind: 'component', parent: 0, cells: ['', 'Khu vực I (Nông, Lâm, Thủy sản)', 'Tỷ đồng', 18346, 3898, 3780, 3620, 3556, 3492, -2.52] },
    { kind: 'component', parent: 0, cells: ['', 'Khu vực II (Công nghiệp, Xây dựng)', 'Tỷ đồng', 104615, 16921, 18347, 20517, 22994, 25836, 11.6] },
    { kind: 'component', parent: 0, cells: ['', 'Khu vực III (Thương mại, dịch vụ)', 'Tỷ đồng', 158466, 23658, 27562, 31420, 35599, 40227, 14.94] },
    { kind: 'growth', parent: 0, cells: ['', 'Tốc độ tăng tổng giá trị sản phẩm theo giá so sánh', '%', null, 14.2, 11.72, 11.81, 11.87, 11.92, null], formats: GROWTH_FORMATS },
  ];
}

/** The budget block of seed 000: a heading, its one component typed as text, and its growth row. */
export function budgetRows(): RowSpec[] {
  return [
    { kind: 'indicator', cells: ['2', 'Ngân sách Nhà nước', '', null, null, null, null, null, null, null] },
    { kind: 'component', parent: 0, cells: ['', 'Thu ngân sách Nhà nước trên địa bàn', 'Tỷ đồng', 6620.54, '1083,25', '1191,57', '1310,73', '1441,80', '1593,19', 11.47], formats: { 3: '#,##0.00' } },
    { kind: 'growth', parent: 1, cells: ['', 'Tốc độ tăng tổng thu ngân sách Nhà nước', '%', null, 17, 10, 10, 10, 10.5, null], formats: GROWTH_FORMATS },
  ];
}

/** A deep copy of rows with one cell replaced: the injected slip. */
export function withCell(rows: RowSpec[], row: number, col: number, value: CellValue): RowSpec[] {
  return rows.map((r, i) => (i === row ? { ...r, cells: r.cells.map((c, j) => (j === col ? value : c)) } : r));
}

/** Blocks one under the other, with each block's parent indices moved along. */
export function joinBlocks(...blocks: RowSpec[][]): RowSpec[] {
  const out: RowSpec[] = [];
  for (const b of blocks) {
    const offset = out.length;
    for (const r of b) out.push(r.parent === undefined ? r : { ...r, parent: r.parent + offset });
  }
  return out;
}
