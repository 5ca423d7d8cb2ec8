/**
 * EditPlan ops → edits of the original .xlsx/.xlsm package, in plan order
 * (issue 24). Only the parts an op changes are parsed and rewritten (the
 * sheets it names, xl/workbook.xml, xl/styles.xml, relationships, content
 * types); every other part keeps its bytes: charts, drawings, pivots, VBA,
 * threaded comments, slicers, external links, custom XML, themes.
 * Mirrors what the Office.js applier does, with the same rules:
 * - setValues writes strings as text, always ("=SUM(A1)", "+84" stay text),
 *   as inline strings (sharedStrings.xml stays as it is); values aimed at the
 *   hidden cells of a merged area are dropped (Excel keeps only the top-left),
 *   so a null there never clears the merged value.
 * - setFormulas writes no cached result and turns on fullCalcOnLoad, so Excel
 *   and LibreOffice compute on open; xl/calcChain.xml, a cache of which cells
 *   hold formulas, is dropped once cells change (Excel rebuilds it; a stale
 *   one makes it repair the file).
 * - styles: a changed cell gets a new cellXfs entry derived from its own
 *   (./package/styles.ts); existing style indices are never edited.
 * - add-in conditional formats are expression rules whose dxf fill has both
 *   fgColor and bgColor (Excel reads bgColor in dxf fills, LibreOffice the
 *   fgColor); removal only drops rules carrying the `phuluc:` marker.
 * - addSheet adds a new worksheet part and stores its marker as a defined name
 *   (src/core/sheet-marker.ts); deleteSheet refuses a sheet without that
 *   exact marker.
 * - print ops: setPageLayout in ./package/page-layout.ts (page setup, margins,
 *   centring and footer in the sheet; print titles and area as defined names),
 *   setRowHeights as custom row heights, setStyle.fontName in the new font.
 * - addChart is not written: it is skipped and reported.
 */
import { columnNumber, parseA1, parseRange, RangeRef, rangeToA1, toA1 } from '../../core/a1';
import { EditOp, EditPlan, isAddinConditionFormula, parsePlan } from '../../core/plan';
import { checkPlan, type PlanRefusal, type PlanRefusalCode } from '../../core/plan-check';
import { markerDefinedName } from '../../core/sheet-marker';
import { NoteSkipped, setNote } from './package/notes';
import { setPageLayout } from './package/page-layout';
import { CONTENT_TYPE, OpcPackage, REL_TYPE, relsPathOf } from './package/opc';
import { EMPTY_STYLES, StyleEdit, StyleSheet } from './package/styles';
import { createTable, TableError } from './package/table';
import { sheetAnchor, WorkbookXml } from './package/workbook';
import { EMPTY_WORKSHEET, Worksheet } from './package/worksheet';
import { children, textOf } from './package/xml';

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

class OpError extends Error {}

const SKIP_CHART = 'phuluc không ghi biểu đồ vào tệp .xlsx; hãy dùng add-in trong Excel để tạo biểu đồ / phuluc cannot write charts to .xlsx; use the add-in in Excel';

const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';

/** The package being edited and the parts opened so far. */
class Session {
  private readonly sheetsOpen = new Map<string, { part: string; ws: Worksheet }>();
  private stylesOpen: StyleSheet | null = null;
  cellsChanged = false;

  constructor(
    readonly pkg: OpcPackage,
    readonly workbookPart: string,
    readonly wb: WorkbookXml,
  ) {}

  static async open(pkg: OpcPackage): Promise<Session> {
    const main = (await pkg.relationships('')).find((r) => r.type === OFFICE_DOCUMENT)?.target ?? 'xl/workbook.xml';
    return new Session(pkg, main, new WorkbookXml(await pkg.xml(main)));
  }

  /** Worksheet name → part, chart sheets and dialog sheets left out. */
  async worksheetParts(): Promise<Map<string, string>> {
    const rels = await this.pkg.relationships(this.workbookPart);
    const out = new Map<string, string>();
    for (const s of this.wb.sheets()) {
      const rel = rels.find((r) => r.id === s.relId);
      if (rel && rel.type === REL_TYPE.worksheet) out.set(s.name, rel.target);
    }
    return out;
  }

  async sheet(name: string): Promise<{ part: string; ws: Worksheet }> {
    const have = this.sheetsOpen.get(name);
    if (have) return have;
    const part = (await this.worksheetParts()).get(name);
    if (!part) throw new OpError(`không có trang tính "${name}" / no sheet named "${name}"`);
    const opened = { part, ws: new Worksheet(await this.pkg.xml(part)) };
    this.sheetsOpen.set(name, opened);
    return opened;
  }

  private sst: string[] | null = null;

  /** xl/sharedStrings.xml read (never rewritten: the writer uses inline strings). */
  async sharedStrings(): Promise<string[]> {
    if (this.sst) return this.sst;
    const part = (await this.pkg.relationships(this.workbookPart)).find((r) => r.type === REL_TYPE.sharedStrings)?.target;
    const doc = part ? await this.pkg.peek(part) : null;
    this.sst = doc ? children(doc.documentElement, 'si').map((si) => Array.from(si.getElementsByTagNameNS('*', 't')).filter((t) => (t.parentNode as Element).localName !== 'rPh').map(textOf).join('')) : [];
    return this.sst;
  }

  forget(name: string): void {
    this.sheetsOpen.delete(name);
  }

  async styles(): Promise<StyleSheet> {
    if (this.stylesOpen) return this.stylesOpen;
    let part = (await this.pkg.relationships(this.workbookPart)).find((r) => r.type === REL_TYPE.styles)?.target;
    if (!part) {
      part = 'xl/styles.xml';
      this.pkg.create(part, EMPTY_STYLES);
      await this.pkg.setContentType(part, CONTENT_TYPE.styles);
      await this.pkg.addRelationship(this.workbookPart, REL_TYPE.styles, part);
    }
    this.stylesOpen = new StyleSheet(await this.pkg.xml(part));
    return this.stylesOpen;
  }

  async finish(): Promise<void> {
    for (const { ws } of this.sheetsOpen.values()) ws.finish();
    if (this.cellsChanged) await this.dropCalcChain();
  }

  private async dropCalcChain(): Promise<void> {
    const rel = (await this.pkg.relationships(this.workbookPart)).find((r) => r.type === REL_TYPE.calcChain);
    if (!rel) return;
    await this.pkg.removeRelationship(this.workbookPart, rel.id);
    await this.pkg.removeContentType(rel.target);
    this.pkg.remove(rel.target);
  }
}

/** The workbook's sheets as the plan check sees them; protection is read only for sheets the plan names. */
async function sheetsToCheck(s: Session, plan: EditPlan): Promise<{ name: string; protected: boolean; addinMarker?: string }[]> {
  const named = new Set(plan.ops.map((o) => ('sheet' in o ? o.sheet : undefined)).filter((x): x is string => !!x));
  const markers = s.wb.markers();
  const parts = await s.worksheetParts();
  const out = [];
  for (const e of s.wb.sheets()) {
    const isWorksheet = parts.has(e.name);
    out.push({
      name: e.name,
      protected: isWorksheet && named.has(e.name) ? (await s.sheet(e.name)).ws.isProtected() : false,
      addinMarker: markers.get(e.name),
    });
  }
  return out;
}

/**
 * Validate the plan (parsePlan), check it against the workbook as the Office.js
 * adapter does (checkPlan: protected or missing sheets, name clashes, deleting
 * a sheet the add-in did not make refuse the whole plan before any edit), then
 * apply its ops in order to the package in memory. Throws PlanApplyError at the
 * first op that cannot be applied (the caller then writes nothing).
 */
export async function applyPlanToPackage(pkg: OpcPackage, planInput: EditPlan): Promise<ApplyResult> {
  const plan = parsePlan(planInput);
  const s = await Session.open(pkg);
  const refusal = checkPlan(plan, { sheets: await sheetsToCheck(s, plan) });
  if (refusal) throw refused(plan, refusal);
  const result: ApplyResult = { applied: 0, skipped: [] };
  for (let index = 0; index < plan.ops.length; index++) {
    const op = plan.ops[index];
    try {
      const skipped = await applyOp(s, op);
      if (skipped === null) result.applied++;
      else result.skipped.push({ index, op: op.op, reason: skipped });
    } catch (e) {
      if (e instanceof PlanApplyError) throw e;
      throw new PlanApplyError(index, op.op, e instanceof Error ? e.message : String(e));
    }
  }
  await s.finish();
  return result;
}

/** Apply a plan to the bytes of an .xlsx/.xlsm; the bytes of the edited package come back. */
export async function applyPlanToBytes(bytes: Buffer, plan: EditPlan): Promise<{ result: ApplyResult; bytes: Buffer }> {
  const pkg = await OpcPackage.load(bytes);
  const result = await applyPlanToPackage(pkg, plan);
  return { result, bytes: await pkg.toBuffer() };
}

/** Returns null when applied, else why the op was skipped (not representable in .xlsx). */
async function applyOp(s: Session, op: EditOp): Promise<string | null> {
  switch (op.op) {
    case 'setValues':
      setValues(s, (await s.sheet(op.sheet)).ws, op.address, op.values);
      return null;
    case 'setFormulas':
      setFormulas(s, (await s.sheet(op.sheet)).ws, op.address, op.formulas);
      return null;
    case 'setNumberFormat':
      await restyle(s, op.sheet, op.range, { numFmt: op.format });
      return null;
    case 'setStyle':
      await restyle(s, op.sheet, op.range, styleEdit(op));
      return null;
    case 'mergeCells':
      mergeCells((await s.sheet(op.sheet)).ws, op.range);
      return null;
    case 'addConditionalFormat': {
      const { ws } = await s.sheet(op.sheet);
      // sqref separates areas with spaces only.
      const sqref = areas(op.range).map((r) => rangeToA1(r)).join(' ');
      const dxf = (await s.styles()).addDxf(op.fill.slice(1), op.fontColor?.slice(1));
      ws.addConditionalFormat(sqref, op.formula.startsWith('=') ? op.formula.slice(1) : op.formula, dxf);
      return null;
    }
    case 'removeAddinConditionalFormats':
      (await s.sheet(op.sheet)).ws.removeConditionalFormats(isAddinConditionFormula);
      return null;
    case 'addSheet':
      await addSheet(s, op.name, op.marker, !!op.activate);
      return null;
    case 'deleteSheet':
      await deleteSheet(s, op.sheet, op.marker);
      return null;
    case 'createTable': {
      const { part, ws } = await s.sheet(op.sheet);
      const [r, ...more] = areas(op.range);
      if (more.length > 0) throw new OpError(`bảng phải là một vùng liền / a table needs one contiguous range`);
      if (r.bottom <= r.top) throw new OpError(`bảng cần dòng tiêu đề và ít nhất một dòng / a table needs a header row and at least one row`);
      const clash = ws.merges().find((m) => overlaps(m, r));
      if (clash) throw new OpError(`bảng không được chứa ô gộp (${toA1(clash.top, clash.left)}) / a table cannot contain merged cells`);
      try {
        await createTable(s.pkg, part, ws, await s.sharedStrings(), r, op.name, op.style);
      } catch (e) {
        if (e instanceof TableError) throw new OpError(e.message);
        throw e;
      }
      s.cellsChanged = true;
      return null;
    }
    case 'freezePanes':
      (await s.sheet(op.sheet)).ws.freeze(op.rows, op.cols);
      return null;
    case 'setColumnWidths': {
      const { ws } = await s.sheet(op.sheet);
      for (const w of op.widths) ws.setColumnWidth(columnNumber(w.col), w.width);
      return null;
    }
    case 'setNote':
      return addNote(s, op.sheet, op.cell, op.text);
    case 'setPageLayout':
      setPageLayout((await s.sheet(op.sheet)).ws, s.wb, op);
      return null;
    case 'setRowHeights': {
      const { ws } = await s.sheet(op.sheet);
      for (const h of op.heights) ws.setRowHeight(h.row, h.height);
      return null;
    }
    case 'addChart':
      await s.sheet(op.sheet);
      return SKIP_CHART;
    default: {
      const never: never = op;
      throw new OpError(`không biết thao tác / unknown op ${(never as { op: string }).op}`);
    }
  }
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

function setValues(s: Session, ws: Worksheet, address: string, values: (string | number | boolean | null)[][]): void {
  const { row, col } = cellRef(address);
  values.forEach((line, i) =>
    line.forEach((v, j) => {
      if (ws.isHiddenMergeCell(row + i, col + j)) return;
      ws.setValue(row + i, col + j, v);
      s.cellsChanged = true;
    }),
  );
}

function setFormulas(s: Session, ws: Worksheet, address: string, formulas: (string | null)[][]): void {
  const { row, col } = cellRef(address);
  let any = false;
  formulas.forEach((line, i) =>
    line.forEach((f, j) => {
      if (f === null || ws.isHiddenMergeCell(row + i, col + j)) return;
      const body = f.startsWith('=') ? f.slice(1) : f;
      if (!body.trim()) throw new OpError(`công thức rỗng tại ${toA1(row + i, col + j)} / empty formula at ${toA1(row + i, col + j)}`);
      ws.setFormula(row + i, col + j, body);
      any = true;
    }),
  );
  if (any) {
    s.cellsChanged = true;
    s.wb.requestFullCalc();
  }
}

type SetStyle = Extract<EditOp, { op: 'setStyle' }>;

function styleEdit(op: SetStyle): StyleEdit {
  const edit: StyleEdit = {};
  if (op.bold !== undefined) edit.bold = op.bold;
  if (op.italic !== undefined) edit.italic = op.italic;
  if (op.fontColor !== undefined) edit.fontColor = op.fontColor.slice(1);
  if (op.fontSize !== undefined) edit.fontSize = op.fontSize;
  if (op.fontName !== undefined) edit.fontName = op.fontName;
  if (op.fill !== undefined) edit.fill = op.fill === null ? null : op.fill.slice(1);
  if (op.wrap !== undefined) edit.wrap = op.wrap;
  if (op.horizontalAlignment !== undefined) edit.horizontal = op.horizontalAlignment;
  if (op.verticalAlignment !== undefined) edit.vertical = op.verticalAlignment;
  if (op.border !== undefined) edit.border = op.border;
  return edit;
}

async function restyle(s: Session, sheet: string, range: string, edit: StyleEdit): Promise<void> {
  const { ws } = await s.sheet(sheet);
  const styles = await s.styles();
  for (const r of areas(range)) {
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) ws.setStyle(row, col, styles.derive(ws.styleOf(ws.cell(row, col, false)), edit));
    }
  }
}

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function mergeCells(ws: Worksheet, range: string): void {
  for (const r of areas(range)) {
    if (r.top === r.bottom && r.left === r.right) continue;
    const existing = ws.merges();
    if (existing.some((m) => m.top === r.top && m.left === r.left && m.bottom === r.bottom && m.right === r.right)) continue;
    const clash = existing.find((m) => overlaps(m, r));
    if (clash) {
      const a = `${toA1(clash.top, clash.left)}:${toA1(clash.bottom, clash.right)}`;
      throw new OpError(`vùng chồng lên vùng đã gộp ${a} / overlaps merged area ${a}`);
    }
    ws.addMerge(r);
  }
}

async function addSheet(s: Session, name: string, marker: string, activate: boolean): Promise<void> {
  if (s.wb.sheets().some((w) => w.name.toLowerCase() === name.toLowerCase())) {
    throw new OpError(`đã có trang tính "${name}" / a sheet named "${name}" already exists`);
  }
  if (/[\\/?*[\]:]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new OpError(`tên trang tính không hợp lệ "${name}" / invalid sheet name "${name}"`);
  }
  const part = s.pkg.freeName('xl/worksheets/sheet', '.xml');
  s.pkg.create(part, EMPTY_WORKSHEET);
  await s.pkg.setContentType(part, CONTENT_TYPE.worksheet);
  s.wb.addSheet(name, await s.pkg.addRelationship(s.workbookPart, REL_TYPE.worksheet, part));
  const taken = s.wb.takenNames();
  let n = 1;
  while (taken.has(markerDefinedName(marker, n).toUpperCase())) n++;
  s.wb.addDefinedName(markerDefinedName(marker, n), sheetAnchor(name, '$A$1'));
  if (!activate) return;
  s.wb.activate(s.wb.indexOf(name));
  // One selected tab: several would group the sheets, and the next edit would go to all of them.
  for (const [other, otherPart] of await s.worksheetParts()) {
    if (other === name) (await s.sheet(other)).ws.setTabSelected(true);
    else if (/tabSelected="(1|true)"/.test((await s.pkg.text(otherPart)) ?? '')) (await s.sheet(other)).ws.setTabSelected(false);
  }
}

/** Parts only the deleted sheet used (its table, notes, drawings) go with it. */
async function removeSheetPart(s: Session, part: string): Promise<void> {
  const owned = (await s.pkg.relationships(part)).filter((r) => !r.external && /^xl\/(tables|comments|drawings\/vmlDrawing|threadedComments)/.test(r.target));
  for (const r of owned) {
    await s.pkg.removeContentType(r.target);
    s.pkg.remove(r.target);
    if (s.pkg.has(relsPathOf(r.target))) s.pkg.remove(relsPathOf(r.target));
  }
  await s.pkg.removeContentType(part);
  s.pkg.remove(part);
  if (s.pkg.has(relsPathOf(part))) s.pkg.remove(relsPathOf(part));
}

async function deleteSheet(s: Session, name: string, marker: string): Promise<void> {
  const entry = s.wb.sheets().find((e) => e.name === name);
  if (!entry) return; // nothing to delete: the plan's intent already holds
  const actual = s.wb.markers().get(name);
  if (actual !== marker) {
    throw new OpError(
      actual === undefined
        ? `không xoá trang tính "${name}" vì add-in không tạo ra nó / refusing to delete "${name}": the add-in did not make it`
        : `không xoá trang tính "${name}": dấu "${actual}" khác "${marker}" / refusing to delete "${name}": marker "${actual}" is not "${marker}"`,
    );
  }
  const part = (await s.worksheetParts()).get(name);
  s.wb.removeNamesInto(name);
  s.wb.removeSheet(name);
  await s.pkg.removeRelationship(s.workbookPart, entry.relId);
  if (part) await removeSheetPart(s, part);
  s.forget(name);
}

async function addNote(s: Session, sheet: string, a1: string, text: string): Promise<string | null> {
  const { part, ws } = await s.sheet(sheet);
  const { row, col } = cellRef(a1);
  // ExcelJS (and so `phuluc check`) attaches a note only to a cell present in the sheet data with a style.
  const c = ws.cell(row, col, false);
  if (!c || ws.styleOf(c) === 0) ws.setStyle(row, col, (await s.styles()).derive(ws.styleOf(c), { locked: true }));
  try {
    await setNote(s.pkg, part, ws, toA1(row, col), text);
  } catch (e) {
    if (e instanceof NoteSkipped) return e.message;
    throw e;
  }
  return null;
}
