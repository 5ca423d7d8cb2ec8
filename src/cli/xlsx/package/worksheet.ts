/**
 * One worksheet part's XML, edited in place: cells (values, formulas, style
 * indices), merged areas, conditional formats, columns, the frozen pane and
 * print settings. Everything else in the part (data validations, hyperlinks,
 * drawings, x14 extensions such as sparklines and data bars...) is left as
 * parsed. New elements go where CT_Worksheet's sequence puts them.
 */
import { RangeRef, parseA1, parseRange, rangeToA1, toA1 } from '../../../core/a1';
import { child, children, createLike, elementChildren, ensureChild, insertInOrder, removeNode, setText, textOf } from './xml';

/** CT_Worksheet's child sequence (ECMA-376 Part 1, §18.3.1.99). */
export const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges',
  'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting',
  'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks',
  'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF',
  'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
] as const;
const CELL_ORDER = ['f', 'v', 'is', 'extLst'];
const SHEET_PR_ORDER = ['tabColor', 'outlinePr', 'pageSetUpPr'];
const SHEET_VIEW_ORDER = ['pane', 'selection', 'pivotSelection', 'extLst'];
const HEADER_FOOTER_ORDER = ['oddHeader', 'oddFooter', 'evenHeader', 'evenFooter', 'firstHeader', 'firstFooter'];

export type Scalar = string | number | boolean | null;

/**
 * Text as SpreadsheetML stores it: characters XML 1.0 cannot carry become
 * `_xHHHH_`, and a literal `_xHHHH_` is protected as `_x005F_xHHHH_`.
 */
export function ooxmlText(s: string): string {
  return s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 cannot hold
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

export class Worksheet {
  readonly root: Element;
  private readonly sheetData: Element;
  private rows: Map<number, Element> | null = null;
  private rowNumbers: number[] = [];
  private mergeList: RangeRef[] | null = null;
  private bounds: RangeRef | null = null;
  private readonly wasEmpty: boolean;

  constructor(readonly doc: Document) {
    this.root = doc.documentElement;
    this.sheetData = ensureChild(this.root, 'sheetData', WORKSHEET_ORDER);
    this.wasEmpty = children(this.sheetData, 'row').length === 0;
  }

  isProtected(): boolean {
    const p = child(this.root, 'sheetProtection');
    return !!p && ['1', 'true'].includes(p.getAttribute('sheet') ?? '');
  }

  // ---- cells ----

  /** Index rows and cells; rows or cells without an r (allowed: they follow the previous one) get theirs written. */
  private index(): Map<number, Element> {
    if (this.rows) return this.rows;
    const rows = new Map<number, Element>();
    let last = 0;
    for (const row of children(this.sheetData, 'row')) {
      const r = row.hasAttribute('r') ? Number(row.getAttribute('r')) : last + 1;
      if (!row.hasAttribute('r')) row.setAttribute('r', String(r));
      last = r;
      let col = 0;
      for (const c of children(row, 'c')) {
        if (c.hasAttribute('r')) col = parseA1(c.getAttribute('r') ?? '').col;
        else c.setAttribute('r', toA1(r, ++col));
      }
      rows.set(r, row);
    }
    this.rows = rows;
    this.rowNumbers = [...rows.keys()].sort((a, b) => a - b);
    return rows;
  }

  private row(r: number, create: boolean): Element | undefined {
    const rows = this.index();
    const have = rows.get(r);
    if (have || !create) return have;
    const row = createLike(this.sheetData, 'row', { r });
    // first existing row below r
    let lo = 0;
    let hi = this.rowNumbers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.rowNumbers[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    const before = lo < this.rowNumbers.length ? rows.get(this.rowNumbers[lo]) ?? null : null;
    this.sheetData.insertBefore(row, before);
    rows.set(r, row);
    this.rowNumbers.splice(lo, 0, r);
    return row;
  }

  cell(r: number, col: number, create: true): Element;
  cell(r: number, col: number, create: false): Element | undefined;
  cell(r: number, col: number, create: boolean): Element | undefined {
    const row = this.row(r, create);
    if (!row) return undefined;
    const ref = toA1(r, col);
    let before: Element | null = null;
    const cells = children(row, 'c');
    // cells are in column order; look from the end, where appended cells go
    for (let i = cells.length - 1; i >= 0; i--) {
      const c = cells[i];
      const cc = parseA1(c.getAttribute('r') ?? 'A1').col;
      if (cc === col) return c;
      if (cc < col) break;
      before = c;
    }
    if (!create) return undefined;
    const c = createLike(row, 'c', { r: ref });
    // a row's spans are an optional hint; a stale one is worse than none
    row.removeAttribute('spans');
    row.insertBefore(c, before);
    this.grow(r, col);
    return c;
  }

  private grow(r: number, col: number): void {
    const b = this.bounds ?? (this.bounds = { top: r, left: col, bottom: r, right: col });
    b.top = Math.min(b.top, r);
    b.left = Math.min(b.left, col);
    b.bottom = Math.max(b.bottom, r);
    b.right = Math.max(b.right, col);
  }

  styleOf(c: Element | undefined): number {
    return c ? Number(c.getAttribute('s') ?? 0) : 0;
  }

  /** Drop what the cell holds (value, formula, inline text, type), keep its style. */
  private clear(c: Element): void {
    this.unshareIfMaster(c);
    for (const n of elementChildren(c)) if (n.localName !== 'extLst') c.removeChild(n);
    for (const a of ['t', 'cm', 'vm']) c.removeAttribute(a);
  }

  setValue(r: number, col: number, v: Scalar): void {
    const c = v === null ? this.cell(r, col, false) : this.cell(r, col, true);
    if (!c) return;
    this.clear(c);
    if (v === null) return;
    if (typeof v === 'string') {
      // An inline string: always text, and sharedStrings.xml stays untouched.
      c.setAttribute('t', 'inlineStr');
      const is = insertInOrder(c, createLike(c, 'is'), CELL_ORDER);
      const t = createLike(is, 't');
      const text = ooxmlText(v);
      if (/^\s|\s$/.test(text)) t.setAttribute('xml:space', 'preserve');
      setText(t, text);
      is.appendChild(t);
      return;
    }
    if (typeof v === 'boolean') c.setAttribute('t', 'b');
    const el = insertInOrder(c, createLike(c, 'v'), CELL_ORDER);
    setText(el, typeof v === 'boolean' ? (v ? '1' : '0') : String(v));
  }

  /** A formula (without "=") and no cached value: the workbook asks for a full recalculation on open. */
  setFormula(r: number, col: number, body: string): void {
    const c = this.cell(r, col, true);
    this.clear(c);
    setText(insertInOrder(c, createLike(c, 'f'), CELL_ORDER), body);
  }

  setStyle(r: number, col: number, xf: number): void {
    const c = this.cell(r, col, true);
    if (xf === 0) c.removeAttribute('s');
    else c.setAttribute('s', String(xf));
  }

  /** The text a cell shows before formatting; `sharedStrings` resolves t="s" cells. */
  cellText(r: number, col: number, sharedStrings: readonly string[]): string {
    const c = this.cell(r, col, false);
    if (!c) return '';
    if (c.getAttribute('t') === 's') return sharedStrings[Number(textOf(child(c, 'v') ?? c))] ?? '';
    const is = child(c, 'is');
    if (is) return children(is, 't').map(textOf).join('') + children(is, 'r').map((x) => children(x, 't').map(textOf).join('')).join('');
    const v = child(c, 'v');
    return v ? textOf(v) : '';
  }

  cellType(r: number, col: number): string | null {
    const c = this.cell(r, col, false);
    return c ? c.getAttribute('t') ?? (child(c, 'v') ? 'n' : null) : null;
  }

  hasFormula(r: number, col: number): boolean {
    const c = this.cell(r, col, false);
    return !!c && !!child(c, 'f');
  }

  /**
   * Before a shared formula's master cell changes, give every cell of its
   * group its own formula text: they only point at the master's text.
   */
  private unshareIfMaster(c: Element): void {
    const f = child(c, 'f');
    if (!f || f.getAttribute('t') !== 'shared' || !f.hasAttribute('ref') || !textOf(f)) return;
    const si = f.getAttribute('si');
    const from = c.getAttribute('r') ?? 'A1';
    const master = textOf(f);
    for (const row of children(this.sheetData, 'row')) {
      for (const other of children(row, 'c')) {
        const g = child(other, 'f');
        if (other === c || !g || g.getAttribute('t') !== 'shared' || g.getAttribute('si') !== si) continue;
        setText(g, slideFormula(master, from, other.getAttribute('r') ?? 'A1'));
        for (const a of ['t', 'si', 'ref']) g.removeAttribute(a);
      }
    }
  }

  // ---- merged areas ----

  merges(): RangeRef[] {
    if (this.mergeList) return this.mergeList;
    const m = child(this.root, 'mergeCells');
    this.mergeList = m ? children(m, 'mergeCell').map((x) => parseRange(x.getAttribute('ref') ?? 'A1')) : [];
    return this.mergeList;
  }

  /** A cell of a merged area other than its top-left: Excel keeps nothing there. */
  isHiddenMergeCell(r: number, col: number): boolean {
    return this.merges().some((m) => r >= m.top && r <= m.bottom && col >= m.left && col <= m.right && (r !== m.top || col !== m.left));
  }

  addMerge(area: RangeRef): void {
    const m = ensureChild(this.root, 'mergeCells', WORKSHEET_ORDER);
    m.appendChild(createLike(m, 'mergeCell', { ref: rangeToA1(area) }));
    m.setAttribute('count', String(children(m, 'mergeCell').length));
    this.merges().push(area);
    this.grow(area.bottom, area.right);
  }

  // ---- conditional formats ----

  /** The highest rule priority in the sheet, x14 rules included; read once (a walk of the whole part), then counted up. */
  private maxPriority: number | null = null;

  addConditionalFormat(sqref: string, formula: string, dxfId: number): void {
    // Priorities are unique per sheet; ours go last, below the user's rules.
    this.maxPriority ??= Array.from(this.root.getElementsByTagNameNS('*', 'cfRule')).reduce((m, r) => Math.max(m, Number(r.getAttribute('priority') ?? 0)), 0);
    const priority = ++this.maxPriority;
    const cf = createLike(this.root, 'conditionalFormatting', { sqref });
    const rule = createLike(cf, 'cfRule', { type: 'expression', dxfId, priority });
    setText(rule.appendChild(createLike(rule, 'formula')) as Element, formula);
    cf.appendChild(rule);
    const existing = children(this.root, 'conditionalFormatting');
    if (existing.length > 0) this.root.insertBefore(cf, existing[existing.length - 1].nextSibling);
    else insertInOrder(this.root, cf, WORKSHEET_ORDER);
  }

  /** Remove the rules whose formula passes `isOurs` (only SpreadsheetML rules: x14 rules are never ours). */
  removeConditionalFormats(isOurs: (formula: string) => boolean): void {
    for (const cf of children(this.root, 'conditionalFormatting')) {
      for (const rule of children(cf, 'cfRule')) {
        if (rule.getAttribute('type') === 'expression' && children(rule, 'formula').some((f) => isOurs(textOf(f)))) cf.removeChild(rule);
      }
      if (children(cf, 'cfRule').length === 0) removeNode(cf);
    }
  }

  // ---- columns, views, printing ----

  setColumnWidth(col: number, width: number): void {
    const cols = ensureChild(this.root, 'cols', WORKSHEET_ORDER);
    let target: Element | undefined;
    for (const c of children(cols, 'col')) {
      const min = Number(c.getAttribute('min'));
      const max = Number(c.getAttribute('max'));
      if (col < min || col > max) continue;
      // split a range so only this column changes
      if (min < col) {
        const left = c.cloneNode(true) as Element;
        left.setAttribute('max', String(col - 1));
        cols.insertBefore(left, c);
      }
      if (max > col) {
        const right = c.cloneNode(true) as Element;
        right.setAttribute('min', String(col + 1));
        cols.insertBefore(right, c.nextSibling);
      }
      c.setAttribute('min', String(col));
      c.setAttribute('max', String(col));
      target = c;
      break;
    }
    if (!target) {
      target = createLike(cols, 'col', { min: col, max: col });
      const after = children(cols, 'col').find((c) => Number(c.getAttribute('min')) > col) ?? null;
      cols.insertBefore(target, after);
    }
    target.setAttribute('width', String(width));
    target.setAttribute('customWidth', '1');
  }

  private firstView(): Element {
    const views = ensureChild(this.root, 'sheetViews', WORKSHEET_ORDER);
    return child(views, 'sheetView') ?? (views.appendChild(createLike(views, 'sheetView', { workbookViewId: 0 })) as Element);
  }

  freeze(rows: number, cols: number): void {
    const view = this.firstView();
    const old = child(view, 'pane');
    if (old) view.removeChild(old);
    // selections name the pane they sit in; after the pane changes Excel makes its own
    for (const s of children(view, 'selection')) if (s.hasAttribute('pane')) view.removeChild(s);
    if (rows === 0 && cols === 0) return;
    const pane = createLike(view, 'pane', {});
    if (cols > 0) pane.setAttribute('xSplit', String(cols));
    if (rows > 0) pane.setAttribute('ySplit', String(rows));
    pane.setAttribute('topLeftCell', toA1(rows + 1, cols + 1));
    pane.setAttribute('activePane', rows > 0 && cols > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight');
    pane.setAttribute('state', 'frozen');
    for (const s of children(view, 'selection')) view.removeChild(s);
    insertInOrder(view, pane, SHEET_VIEW_ORDER);
  }

  setTabSelected(selected: boolean): boolean {
    const views = child(this.root, 'sheetViews');
    const view = views && child(views, 'sheetView');
    const now = !!view && ['1', 'true'].includes(view.getAttribute('tabSelected') ?? '');
    if (now === selected) return false;
    if (selected) this.firstView().setAttribute('tabSelected', '1');
    else view?.removeAttribute('tabSelected');
    return true;
  }

  /**
   * <pageSetup> attributes (re-added, so ours read together in the order given).
   * Fit to page: <sheetPr><pageSetUpPr fitToPage="1"/> with the fitToWidth /
   * fitToHeight attributes; otherwise those go and the scale applies (100
   * unless the sheet has its own), as Excel writes it.
   */
  setPageSetup(attrs: Record<string, string>, fitToPage: boolean): void {
    const setup = ensureChild(this.root, 'pageSetup', WORKSHEET_ORDER);
    for (const [k, v] of Object.entries(attrs)) {
      setup.removeAttribute(k);
      setup.setAttribute(k, v);
    }
    const pr = child(this.root, 'sheetPr');
    if (fitToPage) {
      const sheetPr = pr ?? ensureChild(this.root, 'sheetPr', WORKSHEET_ORDER);
      ensureChild(sheetPr, 'pageSetUpPr', SHEET_PR_ORDER).setAttribute('fitToPage', '1');
    } else {
      setup.removeAttribute('fitToWidth');
      setup.removeAttribute('fitToHeight');
      if (!setup.hasAttribute('scale')) setup.setAttribute('scale', '100');
      const setUpPr = pr && child(pr, 'pageSetUpPr');
      if (setUpPr) {
        setUpPr.removeAttribute('fitToPage');
        if (setUpPr.attributes.length === 0) removeNode(setUpPr);
      }
    }
    if (!child(this.root, 'pageMargins')) {
      insertInOrder(this.root, createLike(this.root, 'pageMargins', { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 }), WORKSHEET_ORDER);
    }
  }

  /** <pageMargins>, in inches (all six attributes are required by the schema). */
  setMargins(inches: { left: number; right: number; top: number; bottom: number; header: number; footer: number }): void {
    const m = ensureChild(this.root, 'pageMargins', WORKSHEET_ORDER);
    for (const k of ['left', 'right', 'top', 'bottom', 'header', 'footer'] as const) m.setAttribute(k, String(inches[k]));
  }

  /** <printOptions horizontalCentered>; the element goes when it says nothing any more. */
  setHorizontalCentered(on: boolean): void {
    const opts = child(this.root, 'printOptions');
    if (on) {
      ensureChild(this.root, 'printOptions', WORKSHEET_ORDER).setAttribute('horizontalCentered', '1');
      return;
    }
    if (!opts) return;
    opts.removeAttribute('horizontalCentered');
    if (opts.attributes.length === 0) removeNode(opts);
  }

  /** <row r ht customHeight="1">: a fixed height in points (the row is created, in row order, when missing). */
  setRowHeight(r: number, points: number): void {
    const row = this.row(r, true) as Element;
    row.setAttribute('ht', String(points));
    row.setAttribute('customHeight', '1');
  }

  setFooter(text: string): void {
    const hf = ensureChild(this.root, 'headerFooter', WORKSHEET_ORDER);
    for (const name of ['oddFooter', 'evenFooter']) setText(ensureChild(hf, name, HEADER_FOOTER_ORDER), text);
  }

  /** A relationship-bearing child such as legacyDrawing or a tablePart. */
  addPartReference(localName: 'legacyDrawing' | 'tablePart', relId: string): void {
    const relAttr = (el: Element) => el.setAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', `${this.relPrefix()}:id`, relId);
    if (localName === 'legacyDrawing') {
      relAttr(ensureChild(this.root, 'legacyDrawing', WORKSHEET_ORDER));
      return;
    }
    const parts = ensureChild(this.root, 'tableParts', WORKSHEET_ORDER);
    const part = createLike(parts, 'tablePart');
    relAttr(part);
    parts.appendChild(part);
    parts.setAttribute('count', String(children(parts, 'tablePart').length));
  }

  legacyDrawingId(): string | null {
    const el = child(this.root, 'legacyDrawing');
    return el ? el.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id') : null;
  }

  private relPrefix(): string {
    const attrs = this.root.attributes;
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs[i];
      if (a.name.startsWith('xmlns:') && a.value === 'http://schemas.openxmlformats.org/officeDocument/2006/relationships') return a.name.slice(6);
    }
    this.root.setAttribute('xmlns:r', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships');
    return 'r';
  }

  /** Widen <dimension> to what the plan wrote (it is a hint, but a short one misleads readers). */
  finish(): void {
    if (!this.bounds) return;
    const dim = ensureChild(this.root, 'dimension', WORKSHEET_ORDER, { ref: 'A1' });
    let cur: RangeRef;
    try {
      cur = parseRange(dim.getAttribute('ref') ?? 'A1');
    } catch {
      cur = { ...this.bounds };
    }
    const b = this.wasEmpty ? this.bounds : { top: Math.min(cur.top, this.bounds.top), left: Math.min(cur.left, this.bounds.left), bottom: Math.max(cur.bottom, this.bounds.bottom), right: Math.max(cur.right, this.bounds.right) };
    const ref = b.top === b.bottom && b.left === b.right ? toA1(b.top, b.left) : rangeToA1(b);
    if (ref !== dim.getAttribute('ref')) dim.setAttribute('ref', ref);
  }
}

// ExcelJS's own shared-formula translation (relative references move, $-anchored ones stay).
const { slideFormula } = require('exceljs/lib/utils/shared-formula') as { slideFormula: (formula: string, from: string, to: string) => string };

/** A new, empty worksheet part. */
export const EMPTY_WORKSHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
