/**
 * xl/workbook.xml edits: the sheet list, defined names (the add-in's sheet
 * markers, print titles), the recalculation flag and the active tab.
 */
import { markerFromDefinedName, sheetOfReference } from '../../../core/sheet-marker';
import { child, children, createLike, ensureChild, NS, setText, textOf } from './xml';

/** CT_Workbook's child sequence (ECMA-376 Part 1, §18.2.27). */
const WORKBOOK_ORDER = [
  'fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups', 'externalReferences',
  'definedNames', 'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing',
  'fileRecoveryPr', 'webPublishObjects', 'extLst',
];

export interface SheetEntry {
  name: string;
  relId: string;
  sheetId: number;
  el: Element;
}

export class WorkbookXml {
  readonly root: Element;

  constructor(readonly doc: Document) {
    this.root = doc.documentElement;
  }

  sheets(): SheetEntry[] {
    const list = child(this.root, 'sheets');
    return (list ? children(list, 'sheet') : []).map((el) => ({
      name: el.getAttribute('name') ?? '',
      relId: el.getAttributeNS(NS.rel, 'id') ?? '',
      sheetId: Number(el.getAttribute('sheetId')),
      el,
    }));
  }

  indexOf(name: string): number {
    return this.sheets().findIndex((s) => s.name === name);
  }

  addSheet(name: string, relId: string): void {
    const list = ensureChild(this.root, 'sheets', WORKBOOK_ORDER);
    const sheetId = this.sheets().reduce((m, s) => Math.max(m, s.sheetId), 0) + 1;
    const el = createLike(list, 'sheet', { name, sheetId });
    el.setAttributeNS(NS.rel, `${this.prefixOf(NS.rel)}:id`, relId);
    list.appendChild(el);
  }

  /** Remove the sheet's entry and the names scoped to it; names scoped to later sheets follow their sheet. */
  removeSheet(name: string): void {
    const index = this.indexOf(name);
    if (index < 0) return;
    const entry = this.sheets()[index];
    entry.el.parentNode?.removeChild(entry.el);
    for (const dn of this.definedNames()) {
      const local = dn.getAttribute('localSheetId');
      if (local === null) continue;
      const n = Number(local);
      if (n === index) dn.parentNode?.removeChild(dn);
      else if (n > index) dn.setAttribute('localSheetId', String(n - 1));
    }
    const count = this.sheets().length;
    for (const v of this.views()) {
      const active = Number(v.getAttribute('activeTab') ?? 0);
      const next = Math.max(0, Math.min(active > index ? active - 1 : active, count - 1));
      if (v.hasAttribute('activeTab') || next !== 0) v.setAttribute('activeTab', String(next));
      if (v.hasAttribute('firstSheet')) v.setAttribute('firstSheet', '0');
    }
    this.dropEmptyNames();
  }

  definedNames(): Element[] {
    const list = child(this.root, 'definedNames');
    return list ? children(list, 'definedName') : [];
  }

  /** Sheet name → the add-in marker its PHULUC_ defined name carries (src/core/sheet-marker.ts). */
  markers(): Map<string, string> {
    const out = new Map<string, string>();
    for (const dn of this.definedNames()) {
      const marker = markerFromDefinedName(dn.getAttribute('name') ?? '');
      if (marker === null) continue;
      for (const ref of textOf(dn).split(',')) {
        const sheet = sheetOfReference(ref.trim());
        if (sheet !== null && !out.has(sheet)) out.set(sheet, marker);
      }
    }
    return out;
  }

  addDefinedName(name: string, ref: string, localSheetId?: number): void {
    const list = ensureChild(this.root, 'definedNames', WORKBOOK_ORDER);
    for (const dn of children(list, 'definedName')) {
      const sameScope = (dn.getAttribute('localSheetId') ?? undefined) === (localSheetId === undefined ? undefined : String(localSheetId));
      if (dn.getAttribute('name') === name && sameScope) list.removeChild(dn);
    }
    const el = createLike(list, 'definedName', { name });
    if (localSheetId !== undefined) el.setAttribute('localSheetId', String(localSheetId));
    setText(el, ref);
    list.appendChild(el);
  }

  /** The reference text of the name in this scope (a sheet index, or undefined for the workbook). */
  definedName(name: string, localSheetId?: number): string | undefined {
    const scope = localSheetId === undefined ? null : String(localSheetId);
    const el = this.definedNames().find((dn) => dn.getAttribute('name') === name && dn.getAttribute('localSheetId') === scope);
    return el ? textOf(el) : undefined;
  }

  /** Workbook-scope names whose every reference points into `sheet` (they would dangle once it is gone). */
  removeNamesInto(sheet: string): void {
    for (const dn of this.definedNames()) {
      if (dn.hasAttribute('localSheetId')) continue;
      const refs = textOf(dn).split(',').map((r) => r.trim()).filter(Boolean);
      if (refs.length > 0 && refs.every((r) => sheetOfReference(r) === sheet)) dn.parentNode?.removeChild(dn);
    }
    this.dropEmptyNames();
  }

  private dropEmptyNames(): void {
    const list = child(this.root, 'definedNames');
    if (list && children(list, 'definedName').length === 0) this.root.removeChild(list);
  }

  takenNames(): Set<string> {
    return new Set(this.definedNames().map((d) => (d.getAttribute('name') ?? '').toUpperCase()));
  }

  /** Formulas have no cached values: Excel and LibreOffice compute everything on open. */
  requestFullCalc(): void {
    ensureChild(this.root, 'calcPr', WORKBOOK_ORDER).setAttribute('fullCalcOnLoad', '1');
  }

  private views(): Element[] {
    const list = child(this.root, 'bookViews');
    return list ? children(list, 'workbookView') : [];
  }

  activate(index: number): void {
    const list = ensureChild(this.root, 'bookViews', WORKBOOK_ORDER);
    const view = children(list, 'workbookView')[0] ?? (list.appendChild(createLike(list, 'workbookView')) as Element);
    view.setAttribute('activeTab', String(index));
    if (Number(view.getAttribute('firstSheet') ?? 0) > index) view.setAttribute('firstSheet', String(index));
  }

  private prefixOf(ns: string): string {
    const attrs = this.root.attributes;
    for (let i = 0; i < attrs.length; i++) if (attrs[i].name.startsWith('xmlns:') && attrs[i].value === ns) return attrs[i].name.slice(6);
    this.root.setAttribute('xmlns:r', ns);
    return 'r';
  }
}

/** `'Sheet name'!$A$1`-style reference, always quoted (as Excel accepts and the readers expect). */
export function sheetAnchor(sheet: string, a1: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${a1}`;
}
