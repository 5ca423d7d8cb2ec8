/**
 * EditPlan ops → ExcelJS workbook edits, in plan order. Mirrors what the
 * Office.js applier does, with the same rules:
 * - setValues writes strings as text, always ("=SUM(A1)", "+84" stay text);
 *   values aimed at the hidden cells of a merged area are dropped (Excel keeps
 *   only the top-left), so a null there never clears the merged value.
 * - setFormulas writes no cached result and turns on fullCalcOnLoad, so Excel
 *   and LibreOffice compute on open.
 * - add-in conditional formats are expression rules whose fill is written as a
 *   solid pattern with both fgColor and bgColor (Excel reads bgColor in dxf
 *   fills, LibreOffice the fgColor); removal only drops rules carrying the
 *   `phuluc:` marker.
 * - addSheet stores its marker as a defined name (src/core/sheet-marker.ts);
 *   deleteSheet refuses a sheet without that exact marker.
 * - addChart cannot be written by ExcelJS: it is skipped and reported.
 * Cell styles are copied before editing: ExcelJS shares one style object
 * between all cells loaded with the same style id.
 */
import ExcelJS from 'exceljs';
import { columnNumber, parseA1, parseRange, RangeRef, rangeToA1, toA1 } from '../../core/a1';
import { EditOp, EditPlan, isAddinConditionFormula, parsePlan } from '../../core/plan';
import { checkPlan, type PlanRefusal, type PlanRefusalCode } from '../../core/plan-check';
import { hexToArgb } from './colors';
import { setPageLayout, setRowHeights } from './page-setup';
import { sheetMarkers, sheetProtected } from './read';
import { markerDefinedName, sheetOfReference } from '../../core/sheet-marker';
import { mergesOf } from './worksheet-internals';

export interface SkippedOp {
  /** Position of the op in plan.ops. */
  index: number;
  op: EditOp['op'];
  /** Vietnamese / English, one line. */
  reason: string;
}

export interface ApplyResult {
  applied: number;
  skipped: SkippedOp[];
}

/** An op that cannot be applied (bad address, missing sheet, refused delete...). One line, Vietnamese / English. */
export class PlanApplyError extends Error {
  readonly index: number;
  readonly op: string;
  /** Set when the core's plan check refused the plan before any op ran (src/core/plan-check.ts). */
  readonly code?: PlanRefusalCode;
  constructor(index: number, op: string, message: string, code?: PlanRefusalCode) {
    super(`Thao tác #${index + 1} (${op}): ${message}`.replace(/[\r\n]+/g, ' '));
    this.name = 'PlanApplyError';
    this.index = index;
    this.op = op;
    if (code) this.code = code;
  }
}

const NOTHING_WRITTEN = 'Chưa ghi tệp nào / nothing was written.';

function refused(plan: EditPlan, r: PlanRefusal): PlanApplyError {
  return new PlanApplyError(r.opIndex, plan.ops[r.opIndex]?.op ?? 'plan', `${r.message.vi} ${NOTHING_WRITTEN} (${r.message.en})`, r.code);
}

/** The workbook's sheets as the plan check sees them: name, protection, add-in marker. */
function sheetsToCheck(wb: ExcelJS.Workbook): { name: string; protected: boolean; addinMarker?: string }[] {
  const markers = sheetMarkers(wb);
  return wb.worksheets.map((ws) => ({
    name: ws.name,
    protected: sheetProtected(ws),
    addinMarker: markers.get(ws.name),
  }));
}

class OpError extends Error {}

const SKIP_CHART = 'ExcelJS không ghi được biểu đồ vào .xlsx; hãy dùng add-in trong Excel để tạo biểu đồ / ExcelJS cannot write charts to .xlsx; use the add-in in Excel';

/**
 * Validate the plan (parsePlan), check it against the workbook as the Office.js
 * adapter does (checkPlan: protected or missing sheets, name clashes, deleting
 * a sheet the add-in did not make refuse the whole plan before any edit), then
 * apply its ops in order. Throws PlanApplyError at the first op that cannot be
 * applied; the in-memory workbook may then be partly edited (applyPlanToFile
 * writes nothing in that case).
 */
export function applyPlanToWorkbook(wb: ExcelJS.Workbook, planInput: EditPlan): ApplyResult {
  const plan = parsePlan(planInput);
  const refusal = checkPlan(plan, { sheets: sheetsToCheck(wb) });
  if (refusal) throw refused(plan, refusal);
  const result: ApplyResult = { applied: 0, skipped: [] };
  if (plan.ops.length > 0) unshareFormulas(wb);
  plan.ops.forEach((op, index) => {
    try {
      if (applyOp(wb, op)) result.applied++;
      else result.skipped.push({ index, op: op.op, reason: SKIP_CHART });
    } catch (e) {
      if (e instanceof PlanApplyError) throw e;
      throw new PlanApplyError(index, op.op, e instanceof Error ? e.message : String(e));
    }
  });
  return result;
}

/**
 * Give every shared-formula cell its own formula text. ExcelJS keeps clones
 * pointing at their master: overwriting a master would silently re-point the
 * clones at the new formula, or make the write fail when it becomes a value.
 */
export function unshareFormulas(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    const clones: [ExcelJS.Cell, string | undefined, unknown][] = [];
    const masters: ExcelJS.Cell[] = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (c) => {
        if (c.type !== ExcelJS.ValueType.Formula) return;
        const v = c.value as ExcelJS.CellSharedFormulaValue & { shareType?: string };
        if (v.sharedFormula) clones.push([c, c.formula, c.result]);
        else if (v.shareType === 'shared') masters.push(c);
      });
    });
    for (const [c, formula, result] of clones) {
      c.value = (formula ? { formula, result } : result ?? null) as ExcelJS.CellValue;
    }
    for (const c of masters) c.value = { formula: c.formula, result: c.result } as ExcelJS.CellFormulaValue;
  }
}

/** Returns false when the op was skipped (not representable in .xlsx). */
function applyOp(wb: ExcelJS.Workbook, op: EditOp): boolean {
  switch (op.op) {
    case 'setValues':
      setValues(sheet(wb, op.sheet), op.address, op.values);
      return true;
    case 'setFormulas':
      setFormulas(wb, sheet(wb, op.sheet), op.address, op.formulas);
      return true;
    case 'setNumberFormat':
      forEachCell(sheet(wb, op.sheet), op.range, (c) => {
        ownStyle(c).numFmt = op.format;
      });
      return true;
    case 'setStyle':
      setStyle(sheet(wb, op.sheet), op);
      return true;
    case 'mergeCells':
      mergeCells(sheet(wb, op.sheet), op.range);
      return true;
    case 'addConditionalFormat':
      addConditionalFormat(sheet(wb, op.sheet), op);
      return true;
    case 'removeAddinConditionalFormats':
      removeAddinConditionalFormats(sheet(wb, op.sheet));
      return true;
    case 'addSheet':
      addSheet(wb, op.name, op.marker, !!op.activate);
      return true;
    case 'deleteSheet':
      deleteSheet(wb, op.sheet, op.marker);
      return true;
    case 'createTable':
      createTable(wb, sheet(wb, op.sheet), op.range, op.name, op.style);
      return true;
    case 'freezePanes':
      freezePanes(sheet(wb, op.sheet), op.rows, op.cols);
      return true;
    case 'setColumnWidths': {
      const ws = sheet(wb, op.sheet);
      for (const w of op.widths) ws.getColumn(columnNumber(w.col)).width = w.width;
      return true;
    }
    case 'setNote':
      setNote(sheet(wb, op.sheet), op.cell, op.text);
      return true;
    case 'setPageLayout':
      setPageLayout(sheet(wb, op.sheet), op);
      return true;
    case 'setRowHeights':
      setRowHeights(sheet(wb, op.sheet), op);
      return true;
    case 'addChart':
      sheet(wb, op.sheet);
      return false;
    default: {
      const never: never = op;
      throw new OpError(`không biết thao tác / unknown op ${(never as { op: string }).op}`);
    }
  }
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new OpError(`không có trang tính "${name}" / no sheet named "${name}"`);
  return ws;
}

function areas(range: string): RangeRef[] {
  const parts = range.split(/[\s,]+/).filter(Boolean);
  if (parts.length === 0) throw new OpError(`vùng trống / empty range`);
  return parts.map((p) => {
    try {
      return parseRange(p);
    } catch {
      throw new OpError(`địa chỉ không hợp lệ "${p}" / bad address "${p}"`);
    }
  });
}

function cellRef(a1: string): { row: number; col: number } {
  try {
    return parseA1(a1);
  } catch {
    throw new OpError(`địa chỉ ô không hợp lệ "${a1}" / bad cell address "${a1}"`);
  }
}

function forEachCell(ws: ExcelJS.Worksheet, range: string, fn: (c: ExcelJS.Cell) => void): void {
  for (const r of areas(range)) {
    for (let row = r.top; row <= r.bottom; row++) {
      const xr = ws.getRow(row);
      for (let col = r.left; col <= r.right; col++) fn(xr.getCell(col));
    }
  }
}

/** The cell's style, unshared (see the file comment), so edits stay on this cell. */
function ownStyle(c: ExcelJS.Cell): Partial<ExcelJS.Style> {
  const copy = { ...(c.style as Partial<ExcelJS.Style>) };
  c.style = copy as ExcelJS.Style;
  return copy;
}

function isHiddenMergeCell(c: ExcelJS.Cell): boolean {
  return c.type === ExcelJS.ValueType.Merge;
}

function setValues(ws: ExcelJS.Worksheet, address: string, values: (string | number | boolean | null)[][]): void {
  const { row, col } = cellRef(address);
  for (let i = 0; i < values.length; i++) {
    const xr = ws.getRow(row + i);
    const line = values[i];
    for (let j = 0; j < line.length; j++) {
      const c = xr.getCell(col + j);
      if (isHiddenMergeCell(c)) continue;
      const v = line[j];
      // ExcelJS never parses strings as formulas: a string value is a text cell.
      c.value = v === null ? null : v;
    }
  }
}

function setFormulas(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, address: string, formulas: (string | null)[][]): void {
  const { row, col } = cellRef(address);
  let any = false;
  for (let i = 0; i < formulas.length; i++) {
    const xr = ws.getRow(row + i);
    const line = formulas[i];
    for (let j = 0; j < line.length; j++) {
      const f = line[j];
      if (f === null) continue;
      const c = xr.getCell(col + j);
      if (isHiddenMergeCell(c)) continue;
      const body = f.startsWith('=') ? f.slice(1) : f;
      if (!body.trim()) throw new OpError(`công thức rỗng tại ${toA1(row + i, col + j)} / empty formula at ${toA1(row + i, col + j)}`);
      c.value = { formula: body } as ExcelJS.CellFormulaValue;
      any = true;
    }
  }
  if (any) markFullCalc(wb);
}

export function markFullCalc(wb: ExcelJS.Workbook): void {
  wb.calcProperties = { ...(wb.calcProperties ?? {}), fullCalcOnLoad: true };
}

type SetStyle = Extract<EditOp, { op: 'setStyle' }>;

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };

function setStyle(ws: ExcelJS.Worksheet, op: SetStyle): void {
  const fontChange = op.bold !== undefined || op.italic !== undefined || op.fontColor !== undefined || op.fontSize !== undefined || op.fontName !== undefined;
  const alignChange = op.wrap !== undefined || op.horizontalAlignment !== undefined || op.verticalAlignment !== undefined;
  forEachCell(ws, op.range, (c) => {
    const s = ownStyle(c);
    if (fontChange) {
      const font: Partial<ExcelJS.Font> = { ...(s.font ?? {}) };
      if (op.bold !== undefined) font.bold = op.bold;
      if (op.italic !== undefined) font.italic = op.italic;
      if (op.fontColor !== undefined) font.color = hexToArgb(op.fontColor);
      if (op.fontSize !== undefined) font.size = op.fontSize;
      if (op.fontName !== undefined) font.name = op.fontName;
      s.font = font;
    }
    if (op.fill === null) delete s.fill;
    else if (op.fill !== undefined) s.fill = { type: 'pattern', pattern: 'solid', fgColor: hexToArgb(op.fill), bgColor: hexToArgb(op.fill) };
    if (alignChange) {
      const a: Partial<ExcelJS.Alignment> = { ...(s.alignment ?? {}) };
      if (op.wrap !== undefined) a.wrapText = op.wrap;
      if (op.horizontalAlignment !== undefined) a.horizontal = op.horizontalAlignment;
      if (op.verticalAlignment !== undefined) a.vertical = op.verticalAlignment === 'center' ? 'middle' : op.verticalAlignment;
      s.alignment = a;
    }
    if (op.border === true) s.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    else if (op.border === false) delete s.border;
  });
}

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function mergeCells(ws: ExcelJS.Worksheet, range: string): void {
  for (const r of areas(range)) {
    if (r.top === r.bottom && r.left === r.right) continue;
    const existing = mergesOf(ws);
    if (existing.some((m) => m.top === r.top && m.left === r.left && m.bottom === r.bottom && m.right === r.right)) continue;
    const clash = existing.find((m) => overlaps(m, r));
    if (clash) {
      const a = `${toA1(clash.top, clash.left)}:${toA1(clash.bottom, clash.right)}`;
      throw new OpError(`vùng chồng lên vùng đã gộp ${a} / overlaps merged area ${a}`);
    }
    ws.mergeCells(r.top, r.left, r.bottom, r.right);
  }
}

type AddCf = Extract<EditOp, { op: 'addConditionalFormat' }>;

function addConditionalFormat(ws: ExcelJS.Worksheet, op: AddCf): void {
  // sqref separates areas with spaces only.
  const ref = areas(op.range)
    .map((r) => rangeToA1(r))
    .join(' ');
  const body = op.formula.startsWith('=') ? op.formula.slice(1) : op.formula;
  const style: Partial<ExcelJS.Style> = {
    fill: { type: 'pattern', pattern: 'solid', fgColor: hexToArgb(op.fill), bgColor: hexToArgb(op.fill) },
  };
  if (op.fontColor) style.font = { color: hexToArgb(op.fontColor) };
  ws.addConditionalFormatting({
    ref,
    rules: [{ type: 'expression', priority: nextCfPriority(ws), formulae: [body], style } as ExcelJS.ConditionalFormattingRule],
  });
}

/** ExcelJS keeps the rules on the worksheet but does not type the property. */
function cfList(ws: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? [];
}

function nextCfPriority(ws: ExcelJS.Worksheet): number {
  let max = 0;
  for (const cf of cfList(ws)) for (const r of cf.rules) max = Math.max(max, r.priority ?? 0);
  return max + 1;
}

function removeAddinConditionalFormats(ws: ExcelJS.Worksheet): void {
  const kept: ExcelJS.ConditionalFormattingOptions[] = [];
  for (const cf of cfList(ws)) {
    const rules = cf.rules.filter((r: ExcelJS.ConditionalFormattingRule) => {
      const formulae = (r as { formulae?: unknown[] }).formulae;
      return !(r.type === 'expression' && formulae && formulae.some((f) => isAddinConditionFormula(String(f))));
    });
    if (rules.length > 0) kept.push({ ...cf, rules });
  }
  (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings = kept;
}

interface DefinedNamesInternals {
  matrixMap: Record<string, unknown>;
  getRanges(name: string): { name: string; ranges: string[] };
}

function definedNames(wb: ExcelJS.Workbook): DefinedNamesInternals {
  return wb.definedNames as unknown as DefinedNamesInternals;
}

function addSheet(wb: ExcelJS.Workbook, name: string, marker: string, activate: boolean): void {
  if (wb.worksheets.some((w) => w.name.toLowerCase() === name.toLowerCase())) {
    throw new OpError(`đã có trang tính "${name}" / a sheet named "${name}" already exists`);
  }
  if (/[\\/?*[\]:]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new OpError(`tên trang tính không hợp lệ "${name}" / invalid sheet name "${name}"`);
  }
  const ws = wb.addWorksheet(name);
  const taken = new Set(Object.keys(definedNames(wb).matrixMap ?? {}).map((n) => n.toUpperCase()));
  let n = 1;
  while (taken.has(markerDefinedName(marker, n).toUpperCase())) n++;
  // Always quoted: ExcelJS keeps the quoted text as the sheet name and writes it back as-is.
  wb.definedNames.add(`'${name.replace(/'/g, "''")}'!$A$1`, markerDefinedName(marker, n));
  if (activate) {
    const index = wb.worksheets.indexOf(ws);
    const views = wb.views && wb.views.length > 0 ? wb.views : [{ x: 0, y: 0, width: 10000, height: 20000, visibility: 'visible' } as ExcelJS.WorkbookView];
    wb.views = views.map((v, i) => (i === 0 ? { ...v, activeTab: index, firstSheet: Math.min(v.firstSheet ?? 0, index) } : v));
    for (const w of wb.worksheets) {
      const v = w.views && w.views.length > 0 ? w.views : [{}];
      w.views = v.map((x, i) => (i === 0 ? ({ ...x, tabSelected: w === ws } as unknown as ExcelJS.WorksheetView) : x));
    }
  }
}

function deleteSheet(wb: ExcelJS.Workbook, name: string, marker: string): void {
  const ws = wb.getWorksheet(name);
  if (!ws) return; // nothing to delete: the plan's intent already holds
  const actual = sheetMarkers(wb).get(name);
  if (actual !== marker) {
    throw new OpError(
      actual === undefined
        ? `không xoá trang tính "${name}" vì add-in không tạo ra nó / refusing to delete "${name}": the add-in did not create it`
        : `không xoá trang tính "${name}": dấu "${actual}" khác "${marker}" / refusing to delete "${name}": marker "${actual}" is not "${marker}"`,
    );
  }
  // Names pointing into the sheet (our marker, and any name the add-in's sheet alone carried) would dangle.
  const dn = definedNames(wb);
  for (const dname of Object.keys(dn.matrixMap ?? {})) {
    const refs = dn.getRanges(dname).ranges;
    if (refs.length > 0 && refs.every((r) => sheetOfReference(r) === name)) delete dn.matrixMap[dname];
  }
  const wasActive = wb.worksheets.indexOf(ws);
  wb.removeWorksheet(ws.id);
  if (wb.views && wb.views.length > 0) {
    const count = wb.worksheets.length;
    wb.views = wb.views.map((v) => ({
      ...v,
      activeTab: Math.max(0, Math.min((v.activeTab ?? 0) > wasActive ? (v.activeTab ?? 0) - 1 : v.activeTab ?? 0, count - 1)),
      firstSheet: 0,
    }));
  }
}

function tableNames(wb: ExcelJS.Workbook): Set<string> {
  const out = new Set<string>();
  for (const w of wb.worksheets) {
    const tables = (w as unknown as { tables?: Record<string, unknown> }).tables ?? {};
    for (const k of Object.keys(tables)) out.add(k.toLowerCase());
  }
  return out;
}

function tableCellValue(c: ExcelJS.Cell): ExcelJS.CellValue {
  if (c.type === ExcelJS.ValueType.Formula) {
    const result = c.result as ExcelJS.CellValue | undefined;
    return { formula: c.formula, ...(result !== undefined ? { result } : {}) } as ExcelJS.CellFormulaValue;
  }
  return c.value;
}

function createTable(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, range: string, name: string, style: string): void {
  const [r, ...more] = areas(range);
  if (more.length > 0) throw new OpError(`bảng phải là một vùng liền / a table needs one contiguous range`);
  if (r.bottom <= r.top) throw new OpError(`bảng cần dòng tiêu đề và ít nhất một dòng / a table needs a header row and at least one row`);
  if (tableNames(wb).has(name.toLowerCase())) throw new OpError(`đã có bảng tên "${name}" / a table named "${name}" already exists`);
  const clash = mergesOf(ws).find((m) => overlaps(m, r));
  if (clash) throw new OpError(`bảng không được chứa ô gộp (${toA1(clash.top, clash.left)}) / a table cannot contain merged cells`);
  const seen = new Set<string>();
  const columns: ExcelJS.TableColumnProperties[] = [];
  for (let col = r.left; col <= r.right; col++) {
    const v = ws.getCell(r.top, col).text.trim();
    let header = v || `Cột ${col - r.left + 1}`;
    for (let k = 2; seen.has(header.toLowerCase()); k++) header = `${v || 'Cột'} ${k}`;
    seen.add(header.toLowerCase());
    columns.push({ name: header, filterButton: true });
  }
  const rows: ExcelJS.CellValue[][] = [];
  for (let row = r.top + 1; row <= r.bottom; row++) {
    const line: ExcelJS.CellValue[] = [];
    for (let col = r.left; col <= r.right; col++) line.push(tableCellValue(ws.getCell(row, col)));
    rows.push(line);
  }
  const hadFormula = rows.some((l) => l.some((v) => typeof v === 'object' && v !== null && 'formula' in v));
  ws.addTable({
    name,
    displayName: name,
    ref: toA1(r.top, r.left),
    headerRow: true,
    totalsRow: false,
    style: { theme: style as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
    columns,
    rows,
  });
  if (hadFormula) markFullCalc(wb);
}

function freezePanes(ws: ExcelJS.Worksheet, rows: number, cols: number): void {
  // Keep the view's other settings (zoom, gridlines, selection); replace only the pane.
  const rest: Record<string, unknown> = { ...((ws.views && ws.views[0]) || {}) };
  for (const k of ['state', 'xSplit', 'ySplit', 'topLeftCell']) delete rest[k];
  const view: Partial<ExcelJS.WorksheetView> =
    rows === 0 && cols === 0
      ? { ...rest, state: 'normal' }
      : ({ ...rest, state: 'frozen', xSplit: cols, ySplit: rows, topLeftCell: toA1(rows + 1, cols + 1) } as Partial<ExcelJS.WorksheetViewFrozen>);
  ws.views = [view as ExcelJS.WorksheetView, ...(ws.views ?? []).slice(1)];
}

function setNote(ws: ExcelJS.Worksheet, a1: string, text: string): void {
  const { row, col } = cellRef(a1);
  const c = ws.getCell(row, col);
  c.note = text;
  keepEmptyCell(c);
}

/**
 * ExcelJS writes no <c> element for an empty, unstyled cell, and its reader
 * attaches notes only to cells present in the sheet data. An explicit
 * "locked" (Excel's default, so nothing visible changes) gives the cell a style
 * of its own and keeps it, and so its note, on a round trip.
 */
export function keepEmptyCell(c: ExcelJS.Cell): void {
  if (c.type === ExcelJS.ValueType.Null && Object.keys(c.style ?? {}).length === 0) ownStyle(c).protection = { locked: true };
}
