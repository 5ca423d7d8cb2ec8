/**
 * Recognise phụ lục sheets (issue #3): which sheets hold an indicator or task
 * table, where its header is, what each column and row is, and how sure we
 * are, with the reasons in Vietnamese for the task pane. The sheet's name is
 * only a hint. A user's correction (SheetOverride) is applied on top.
 */
import { columnLetter } from '../a1';
import {
  copyRow,
  newColumn,
  newRow,
  type ColumnInfo,
  type Overrides,
  type RowInfo,
  type SheetKind,
  type SheetLayout,
  type SheetOverride,
  type WorkbookLayout,
} from '../layout';
import { SheetView } from '../sheet-view';
import type { SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import { ColumnReading, readColumns } from './columns';
import { directionOf } from './direction';
import { findHeader, HeaderBlock, headerAt, headerText } from './header';
import { normalizeVi } from '../text';
import { bodyColumns, BodyReading, readRows, sttColumnFromData } from './rows';


const FIGURE_ROLES = new Set(['year', 'planTotal', 'target2030', 'annualAverage', 'avgGrowth', 'ratioPrevious']);

const ROLE_VI: Record<string, string> = {
  stt: 'STT',
  name: 'tên chỉ tiêu/nội dung',
  unit: 'đơn vị tính',
  lead: 'cơ quan chủ trì',
  partners: 'cơ quan phối hợp',
  leader: 'lãnh đạo chỉ đạo',
  planTotal: 'kế hoạch 5 năm',
  target2030: 'đến năm 2030',
  annualAverage: 'bình quân năm',
  avgGrowth: 'tốc độ tăng bình quân',
  ratioPrevious: 'so với giai đoạn trước',
  notes: 'ghi chú',
  deadline: 'thời gian',
  output: 'kết quả/sản phẩm',
};

function none(name: string, confidence: number, reasons: string[]): SheetLayout {
  return { name, kind: 'none', confidence, reasons, header: null, columns: [], rows: [] };
}

function rowRange(a: number, b: number): string {
  return a === b ? `${a}` : `${a}–${b}`;
}

function colRange(cols: number[]): string {
  if (cols.length === 0) return '';
  const a = columnLetter(Math.min(...cols));
  const b = columnLetter(Math.max(...cols));
  return a === b ? a : `${a}–${b}`;
}

/**
 * What the columns say the table is, before looking at its rows. A name
 * column alone is not enough: an indicator table also has a unit or plan
 * figures (a chart's data sheet has names and years only); a task table has
 * deadlines or outputs and agencies. Columns of other tables (Họ và tên,
 * Địa điểm, Dự toán) count against it.
 */
function kindFromColumns(reading: ColumnReading, scheduleTimes = false): { kind: SheetKind; why: string } {
  const roles = new Set(reading.columns.map((c) => c.role));
  if (!roles.has('name')) return { kind: 'none', why: 'Không có cột tên chỉ tiêu/nội dung/nhiệm vụ' };
  const planYears = reading.columns.some((c) => c.role === 'year' && c.series !== 'actual');
  const planFigures = roles.has('planTotal') || roles.has('target2030') || roles.has('annualAverage') || roles.has('avgGrowth');
  const agencies = roles.has('lead') || roles.has('partners') || roles.has('leader');
  const foreign = reading.foreign.length;
  let evidence = 0;
  if (roles.has('unit')) evidence += 2;
  if (roles.has('stt')) evidence += 1;
  if (planFigures) evidence += 2;
  if (planYears) evidence += 2;
  if (agencies) evidence += 1;
  evidence -= 2 * foreign + 0.5 * reading.unknown.length;
  if ((roles.has('unit') || planFigures || planYears) && evidence >= 3) return { kind: 'indicators', why: '' };
  const taskish = roles.has('deadline') || roles.has('output');
  if (taskish && agencies && foreign === 0 && !roles.has('unit') && !planFigures && !planYears) {
    if (scheduleTimes) return { kind: 'none', why: 'Cột thời gian ghi giờ, thứ trong tuần: lịch công tác, không phải phụ lục nhiệm vụ' };
    return { kind: 'tasks', why: '' };
  }
  if (foreign > 0) return { kind: 'none', why: `Có cột ${reading.foreign.join(', ')}: không phải phụ lục` };
  return { kind: 'none', why: 'Không đủ cột của phụ lục (đơn vị tính, số liệu kế hoạch, hoặc thời gian/kết quả và cơ quan thực hiện)' };
}

const CLOCK_RE = /\b\d{1,2} ?(h|gio|:) ?\d{0,2}\b|\b(thu (hai|ba|tu|nam|sau|bay)|chu nhat|sang|chieu)\b/;

/** A schedule's "Thời gian" column holds clock times and weekdays ("8h00", "Thứ Hai"); a task table's holds years or periods. */
function holdsClockTimes(view: SheetView, h: HeaderBlock, columns: ColumnInfo[]): boolean {
  const col = columns.find((c) => c.role === 'deadline')?.col;
  if (col === undefined) return false;
  let filled = 0;
  let clock = 0;
  const start = (h.columnNumberRow ?? h.lastRow) + 1;
  for (let r = start; r <= Math.min(view.lastRow, start + 60); r++) {
    const t = view.text(r, col);
    if (t === '') continue;
    filled++;
    if (CLOCK_RE.test(normalizeVi(t))) clock++;
  }
  return filled > 0 && clock * 2 > filled;
}

function applyColumnOverrides(view: SheetView, h: HeaderBlock, columns: ColumnInfo[], o: SheetOverride): ColumnInfo[] {
  if (!o.columns?.length) return columns;
  const byCol = new Map(columns.map((c) => [c.col, c]));
  for (const oc of o.columns) {
    byCol.delete(oc.col);
    if (oc.role === null) continue;
    const texts: string[] = [];
    for (let r = h.firstRow; r <= h.lastRow; r++) {
      const t = headerText(view, r, oc.col);
      if (t !== '' && t !== texts[texts.length - 1]) texts.push(t);
    }
    byCol.set(oc.col, newColumn(oc.role, oc.col, texts.join(' / '), oc.year, oc.series ?? (oc.role === 'year' ? 'plan' : undefined)));
  }
  return [...byCol.values()].sort((a, b) => a.col - b.col);
}

function applyRowOverrides(view: SheetView, columns: ColumnInfo[], rows: RowInfo[], o: SheetOverride): RowInfo[] {
  if (!o.rows?.length) return rows;
  const cols = bodyColumns(columns);
  const byRow = new Map(rows.map((r) => [r.row, r]));
  for (const or of o.rows) {
    if (or.kind === null) {
      byRow.delete(or.row);
      continue;
    }
    let info = byRow.get(or.row);
    if (!info) {
      if (!or.kind) continue;
      const text = (c?: number) => (c !== undefined ? view.text(or.row, c) : '');
      info = newRow(or.row, or.kind, text(cols.stt), text(cols.name), text(cols.unit));
    } else info = copyRow(info);
    if (or.kind) info.kind = or.kind;
    // A parent set to null by the user means "no parent".
    if (or.parent === null) info.parent = undefined;
    else if (or.parent !== undefined) info.parent = or.parent;
    const measured = info.kind === 'indicator' || info.kind === 'component' || info.kind === 'growth';
    if (or.direction) info.direction = or.direction;
    else if (measured && !info.direction)
      info.direction = directionOf(
        info.name,
        cols.targets.map((c) => view.value(or.row, c)),
      );
    if (!measured) info.direction = undefined;
    byRow.set(or.row, info);
  }
  return [...byRow.values()].sort((a, b) => a.row - b.row);
}

function describeColumns(columns: ColumnInfo[]): string[] {
  const out: string[] = [];
  const named = columns.filter((c) => c.role !== 'year').map((c) => `${ROLE_VI[c.role] ?? c.role} (${columnLetter(c.col)})`);
  if (named.length) out.push(`Cột: ${named.join(', ')}`);
  for (const series of ['plan', 'actual'] as const) {
    const ys = columns.filter((c) => c.role === 'year' && c.series === series);
    if (ys.length === 0) continue;
    const years = ys.map((c) => c.year ?? 0);
    out.push(
      `${ys.length} cột năm ${rowRange(Math.min(...years), Math.max(...years))} (${series === 'plan' ? 'kế hoạch' : 'thực hiện'}) ở ${colRange(ys.map((c) => c.col))}`,
    );
  }
  return out;
}

function confidenceOf(kind: SheetKind, h: HeaderBlock, reading: ColumnReading, columns: ColumnInfo[], body: BodyReading): number {
  const roles = new Set(columns.map((c) => c.role));
  let numbered = 0;
  for (const r of body.rows) if (r.kind === 'indicator' || r.kind === 'task') numbered++;
  let c = 0.35;
  if (roles.has('stt')) c += 0.1;
  if (kind === 'indicators') {
    if (roles.has('unit')) c += 0.15;
    const figures = columns.filter((x) => FIGURE_ROLES.has(x.role)).length;
    if (figures > 0) c += 0.1;
    if (figures >= 2) c += 0.05;
  } else {
    if (roles.has('deadline')) c += 0.1;
    if (roles.has('output')) c += 0.1;
    if (roles.has('lead')) c += 0.05;
  }
  c += 0.2 * Math.min(1, numbered / 3);
  if (h.anchorRoles >= 4) c += 0.05;
  c -= Math.min(0.2, 0.05 * reading.unknown.length);
  c -= Math.min(0.2, 0.1 * reading.foreign.length);
  return Math.max(0.05, Math.min(0.99, Math.round(c * 100) / 100));
}

function nameHint(name: string): boolean {
  return /^(pl\b|pl ?\d|pl[ivx]|phu luc|bieu|bang chi tieu|chi tieu)/.test(normalizeVi(name));
}

/** Rows by kind and the repeated header rows, in one pass (a sheet may have thousands of rows). */
function rowTally(rows: RowInfo[]): { tally: Map<RowInfo['kind'], number>; repeated: number[] } {
  const tally = new Map<RowInfo['kind'], number>();
  const repeated: number[] = [];
  for (const r of rows) {
    tally.set(r.kind, (tally.get(r.kind) ?? 0) + 1);
    if (r.kind === 'header') repeated.push(r.row);
  }
  return { tally, repeated };
}

export function recognizeSheet(sheet: SheetSnapshot, override?: SheetOverride): SheetLayout {
  const view = SheetView.of(sheet);
  const name = sheet.name;
  const userReasons: string[] = [];
  if (override) userReasons.push('Đã áp dụng chỉnh sửa của người dùng');
  if (override?.kind === 'none') return none(name, 1, ['Người dùng đánh dấu: không phải phụ lục']);
  if (sheet.addinMarker) return none(name, 1, ['Trang tính do add-in tạo (không phải phụ lục nguồn)']);

  const empty =
    sheet.values.length === 0 || sheet.values.every((r) => r.every((v) => v === null || (typeof v === 'string' && v.trim() === '')));
  if (empty && !override?.kind) return none(name, 0.99, ['Trang tính trống']);

  const h = override?.header ? headerAt(view, override.header.firstRow, override.header.lastRow) : findHeader(view);
  if (!h) {
    if (override?.kind) {
      return {
        name,
        kind: override.kind,
        confidence: 0.2,
        reasons: [...userReasons, 'Không tìm thấy dòng tiêu đề: hãy chỉ định các dòng tiêu đề'],
        header: null,
        columns: [],
        rows: [],
      };
    }
    const reasons = ['Không tìm thấy dòng tiêu đề bảng (STT, Chỉ tiêu/Nội dung, Đơn vị tính, năm...) trong 30 dòng đầu'];
    if (nameHint(name)) reasons.push('Tên trang tính giống phụ lục nhưng nội dung không phải bảng chỉ tiêu');
    return none(name, 0.95, reasons);
  }

  const reading = readColumns(view, h);
  const sttFromData = sttColumnFromData(view, h, reading.columns);
  if (sttFromData !== undefined) {
    reading.columns = [...reading.columns, newColumn('stt', sttFromData, '')].sort((a, b) => a.col - b.col);
    h.firstCol = Math.min(h.firstCol, sttFromData);
  }
  const columns = override ? applyColumnOverrides(view, h, reading.columns, override) : reading.columns;
  const decided = kindFromColumns({ ...reading, columns }, holdsClockTimes(view, h, columns));
  const kind = override?.kind ?? decided.kind;
  if (kind === 'none')
    return none(name, reading.foreign.length > 0 ? 0.9 : 0.75, [decided.why, `Dòng giống tiêu đề ở hàng ${h.anchorRow}`]);

  const body = readRows(view, h, columns, kind);
  const rows = override ? applyRowOverrides(view, columns, body.rows, override) : body.rows;
  const reasons = [...userReasons];
  const { tally, repeated } = rowTally(rows);
  const counts = (k: RowInfo['kind']) => tally.get(k) ?? 0;
  if (kind === 'indicators') {
    reasons.push(
      `Bảng chỉ tiêu: ${counts('indicator')} chỉ tiêu, ${counts('component')} chỉ tiêu thành phần, ${counts('growth')} dòng tốc độ tăng, ${counts('section')} mục`,
    );
  } else {
    reasons.push(`Bảng nhiệm vụ: ${counts('task')} nhiệm vụ, ${counts('section')} lĩnh vực`);
  }
  reasons.push(`Dòng tiêu đề: hàng ${rowRange(h.firstRow, h.lastRow)}`);
  reasons.push(...describeColumns(columns));
  if (h.columnNumberRow !== undefined) reasons.push(`Dòng đánh số cột: hàng ${h.columnNumberRow}`);
  if (repeated.length) {
    const shown = repeated.length > 9 ? `${repeated.slice(0, 9).join(', ')}… (${repeated.length} dòng)` : repeated.join(', ');
    reasons.push(`Tiêu đề lặp lại giữa bảng: hàng ${shown}`);
  }
  if (reading.unknown.length) reasons.push(`Chưa rõ vai trò của cột: ${reading.unknown.join('; ')}`);
  if (body.lastRow !== undefined) reasons.push(`Bảng kết thúc ở hàng ${body.lastRow}`);
  if (nameHint(name)) reasons.push('Tên trang tính gợi ý phụ lục');

  let confidence = confidenceOf(kind, h, reading, columns, body);
  if (nameHint(name)) confidence = Math.min(0.99, confidence + 0.03);
  if (override?.kind && override.kind !== decided.kind) confidence = Math.max(confidence, 0.9);

  return {
    name,
    kind,
    confidence,
    reasons,
    header: { firstRow: h.firstRow, lastRow: h.lastRow },
    ...(h.columnNumberRow !== undefined ? { columnNumberRow: h.columnNumberRow } : {}),
    columns,
    rows,
    ...(body.lastRow !== undefined ? { lastRow: rows.length ? Math.max(body.lastRow, rows[rows.length - 1].row) : body.lastRow } : {}),
  };
}

export function recognizeWorkbook(wb: WorkbookSnapshot, overrides?: Overrides): WorkbookLayout {
  return {
    sheets: wb.sheets.map((s) =>
      recognizeSheet(
        s,
        overrides?.sheets.find((o) => o.sheet === s.name),
      ),
    ),
  };
}
