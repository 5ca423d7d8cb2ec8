/**
 * xl/styles.xml edits. A cell's new look is a new `xf` appended to cellXfs
 * (and new fonts/fills/borders/numFmts appended to theirs); existing indices
 * are never edited, because every other cell using them would change too.
 * The same edit of the same original style gives the same new index, so a
 * thousand highlighted cells add one xf, not a thousand.
 */
import { child, children, createLike, elementChildren, ensureChild, insertInOrder } from './xml';

const STYLESHEET_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
const XF_ORDER = ['alignment', 'protection', 'extLst'];
const DXF_ORDER = ['font', 'numFmt', 'fill', 'alignment', 'protection', 'border', 'extLst'];

/** Excel's built-in number formats (ECMA-376 §18.8.30) that may be referred to by id alone. */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '# ?/?': 12, '# ??/??': 13,
  'mm-dd-yy': 14, 'd-mmm-yy': 15, 'd-mmm': 16, 'mmm-yy': 17, 'h:mm AM/PM': 18, 'h:mm:ss AM/PM': 19, 'h:mm': 20, 'h:mm:ss': 21,
  'm/d/yy h:mm': 22, '#,##0 ;(#,##0)': 37, '#,##0 ;[Red](#,##0)': 38, '#,##0.00;(#,##0.00)': 39, '#,##0.00;[Red](#,##0.00)': 40,
  'mm:ss': 45, '[h]:mm:ss': 46, 'mmss.0': 47, '##0.0E+0': 48, '@': 49,
};

/** A change to a cell's style; absent fields keep what the cell has. */
export interface StyleEdit {
  numFmt?: string;
  bold?: boolean;
  italic?: boolean;
  /** 'RRGGBB' */
  fontColor?: string;
  fontSize?: number;
  /** Font family, e.g. "Times New Roman". */
  fontName?: string;
  /** 'RRGGBB', or null to remove the fill. */
  fill?: string | null;
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'center' | 'bottom';
  /** true: thin black on all four sides; false: none. */
  border?: boolean;
  /** An explicit "locked", Excel's default: gives an empty cell a style of its own. */
  locked?: boolean;
}

const argb = (rgb: string) => `FF${rgb.toUpperCase()}`;

export class StyleSheet {
  private readonly root: Element;
  private readonly derived = new Map<string, number>();

  constructor(doc: Document) {
    this.root = doc.documentElement;
  }

  private list(name: string, item: string): Element {
    const el = ensureChild(this.root, name, STYLESHEET_ORDER, { count: 0 });
    if (name === 'cellXfs' && children(el, item).length === 0) {
      // A cellXfs without the default xf 0 would make every unstyled cell point nowhere.
      el.appendChild(createLike(el, 'xf', { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0 }));
    }
    return el;
  }

  private append(listName: string, itemName: string, item: Element): number {
    const list = this.list(listName, itemName);
    list.appendChild(item);
    const n = children(list, itemName).length;
    list.setAttribute('count', String(n));
    return n - 1;
  }

  private item(listName: string, itemName: string, index: number): Element | undefined {
    const list = child(this.root, listName);
    return list ? children(list, itemName)[index] : undefined;
  }

  /** The index of the cellXfs entry that is `xf` with `edit` applied. */
  derive(xf: number, edit: StyleEdit): number {
    const key = `${xf}|${JSON.stringify(edit)}`;
    const have = this.derived.get(key);
    if (have !== undefined) return have;
    const base = this.item('cellXfs', 'xf', xf) ?? this.item('cellXfs', 'xf', 0);
    const list = this.list('cellXfs', 'xf');
    const next = base ? (base.cloneNode(true) as Element) : createLike(list, 'xf', { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0 });
    if (edit.numFmt !== undefined) {
      next.setAttribute('numFmtId', String(this.numFmtId(edit.numFmt)));
      next.setAttribute('applyNumberFormat', '1');
    }
    if (edit.bold !== undefined || edit.italic !== undefined || edit.fontColor !== undefined || edit.fontSize !== undefined || edit.fontName !== undefined) {
      next.setAttribute('fontId', String(this.deriveFont(Number(next.getAttribute('fontId') ?? 0), edit)));
      next.setAttribute('applyFont', '1');
    }
    if (edit.fill === null) next.setAttribute('fillId', '0');
    else if (edit.fill !== undefined) next.setAttribute('fillId', String(this.solidFill(edit.fill)));
    if (edit.fill !== undefined) next.setAttribute('applyFill', '1');
    if (edit.wrap !== undefined || edit.horizontal !== undefined || edit.vertical !== undefined) {
      const a = ensureChild(next, 'alignment', XF_ORDER);
      if (edit.wrap !== undefined) a.setAttribute('wrapText', edit.wrap ? '1' : '0');
      if (edit.horizontal !== undefined) a.setAttribute('horizontal', edit.horizontal);
      if (edit.vertical !== undefined) a.setAttribute('vertical', edit.vertical);
      next.setAttribute('applyAlignment', '1');
    }
    if (edit.border !== undefined) {
      next.setAttribute('borderId', String(edit.border ? this.thinBorder() : 0));
      next.setAttribute('applyBorder', '1');
    }
    if (edit.locked) {
      ensureChild(next, 'protection', XF_ORDER).setAttribute('locked', '1');
      next.setAttribute('applyProtection', '1');
    }
    const index = this.append('cellXfs', 'xf', next);
    this.derived.set(key, index);
    return index;
  }

  private numFmtId(format: string): number {
    if (BUILTIN_FORMATS[format] !== undefined) return BUILTIN_FORMATS[format];
    const list = ensureChild(this.root, 'numFmts', STYLESHEET_ORDER, { count: 0 });
    let max = 163;
    for (const f of children(list, 'numFmt')) {
      const id = Number(f.getAttribute('numFmtId'));
      if (f.getAttribute('formatCode') === format) return id;
      max = Math.max(max, id);
    }
    list.appendChild(createLike(list, 'numFmt', { numFmtId: max + 1, formatCode: format }));
    list.setAttribute('count', String(children(list, 'numFmt').length));
    return max + 1;
  }

  private deriveFont(fontId: number, edit: StyleEdit): number {
    const fonts = this.list('fonts', 'font');
    const base = this.item('fonts', 'font', fontId);
    const font = base ? (base.cloneNode(true) as Element) : createLike(fonts, 'font');
    // CT_Font is a choice of children in any order: replace or add each one we set.
    const put = (name: string, attrs: Record<string, string>) => {
      for (const old of children(font, name)) font.removeChild(old);
      font.insertBefore(createLike(font, name, attrs), font.firstChild);
    };
    const drop = (name: string) => children(font, name).forEach((el) => font.removeChild(el));
    if (edit.fontName !== undefined) {
      put('name', { val: edit.fontName });
      // A scheme ties the font to the theme's major/minor font, which Excel would show instead of the name.
      drop('scheme');
    }
    if (edit.fontSize !== undefined) put('sz', { val: String(edit.fontSize) });
    if (edit.fontColor !== undefined) put('color', { rgb: argb(edit.fontColor) });
    if (edit.italic === true) put('i', {});
    else if (edit.italic === false) drop('i');
    if (edit.bold === true) put('b', {});
    else if (edit.bold === false) drop('b');
    return this.append('fonts', 'font', font);
  }

  private patternFill(parent: Element, rgb: string): Element {
    const fill = createLike(parent, 'fill');
    const pattern = createLike(fill, 'patternFill', { patternType: 'solid' });
    // fgColor is the solid colour; bgColor too, because in dxf fills Excel reads bgColor and LibreOffice fgColor.
    pattern.appendChild(createLike(pattern, 'fgColor', { rgb: argb(rgb) }));
    pattern.appendChild(createLike(pattern, 'bgColor', { rgb: argb(rgb) }));
    fill.appendChild(pattern);
    return fill;
  }

  private solidFill(rgb: string): number {
    const key = `fill|${rgb}`;
    const have = this.derived.get(key);
    if (have !== undefined) return have;
    const index = this.append('fills', 'fill', this.patternFill(this.list('fills', 'fill'), rgb));
    this.derived.set(key, index);
    return index;
  }

  private thinBorder(): number {
    const have = this.derived.get('border|thin');
    if (have !== undefined) return have;
    const borders = this.list('borders', 'border');
    const border = createLike(borders, 'border');
    for (const side of ['left', 'right', 'top', 'bottom']) {
      const s = createLike(border, side, { style: 'thin' });
      s.appendChild(createLike(s, 'color', { rgb: 'FF000000' }));
      border.appendChild(s);
    }
    border.appendChild(createLike(border, 'diagonal'));
    const index = this.append('borders', 'border', border);
    this.derived.set('border|thin', index);
    return index;
  }

  /** A differential format for a conditional-format rule: solid fill, optional font colour. */
  addDxf(fill: string, fontColor?: string): number {
    const dxfs = ensureChild(this.root, 'dxfs', STYLESHEET_ORDER, { count: 0 });
    const dxf = createLike(dxfs, 'dxf');
    if (fontColor) {
      const font = createLike(dxf, 'font');
      font.appendChild(createLike(font, 'color', { rgb: argb(fontColor) }));
      insertInOrder(dxf, font, DXF_ORDER);
    }
    insertInOrder(dxf, this.patternFill(dxf, fill), DXF_ORDER);
    dxfs.appendChild(dxf);
    const n = elementChildren(dxfs).filter((e) => e.localName === 'dxf').length;
    dxfs.setAttribute('count', String(n));
    return n - 1;
  }
}

/** A minimal styles part for a package that has none (Excel requires one font, two fills, one border, one xf). */
export const EMPTY_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>`;
