/**
 * The XML side of the package writer: parse a part into a DOM
 * (@xmldom/xmldom, which keeps every node, attribute, prefix and the XML
 * declaration as written), find and create children, and insert a new child
 * where the OOXML schema's sequence puts it — Excel repairs (and so rejects)
 * parts whose elements are out of order.
 * Why a DOM (@xmldom/xmldom) and not fast-xml-parser's preserveOrder arrays:
 * edits are "find this element, insert one before that sibling", which a DOM
 * does directly, and its serialiser keeps namespaces, prefixes, mc:Ignorable
 * content and unknown extensions without a schema of ours.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';

export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  pkgRel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
} as const;

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function parseXml(text: string, part: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({
    errorHandler: {
      warning: () => undefined,
      error: (m: string) => problems.push(m),
      fatalError: (m: string) => problems.push(m),
    },
  }).parseFromString(text, 'text/xml');
  if (problems.length > 0 || !doc.documentElement) throw new Error(`${part}: XML không đọc được / unreadable XML: ${problems[0] ?? 'no root'}`);
  return doc;
}

export function serializeXml(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}

/** Element children of `el` with this local name (any prefix; OOXML parts use one namespace per vocabulary). */
export function children(el: Element, localName: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).localName === localName) out.push(n as Element);
  return out;
}

export function child(el: Element, localName: string): Element | undefined {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).localName === localName) return n as Element;
  return undefined;
}

export function elementChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

/** A new element in `parent`'s namespace and with its prefix, so the serializer declares nothing new. */
export function createLike(parent: Element, localName: string, attrs: Record<string, string | number> = {}): Element {
  const doc = parent.ownerDocument;
  const el = doc.createElementNS(parent.namespaceURI, parent.prefix ? `${parent.prefix}:${localName}` : localName);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/**
 * Insert `el` into `parent` at its place in `order` (the schema's sequence of
 * local names): before the first existing child that comes later in the
 * sequence, else at the end. Children not in `order` (mc:AlternateContent...)
 * do not move the insertion point.
 */
export function insertInOrder(parent: Element, el: Element, order: readonly string[]): Element {
  const rank = order.indexOf(el.localName);
  let before: Element | null = null;
  if (rank >= 0) {
    for (const c of elementChildren(parent)) {
      const r = order.indexOf(c.localName);
      if (r > rank) {
        before = c;
        break;
      }
    }
  }
  parent.insertBefore(el, before);
  return el;
}

/** The child named `localName`, created at its schema place when missing. */
export function ensureChild(parent: Element, localName: string, order: readonly string[], attrs: Record<string, string | number> = {}): Element {
  return child(parent, localName) ?? insertInOrder(parent, createLike(parent, localName, attrs), order);
}

export function removeNode(n: Node): void {
  n.parentNode?.removeChild(n);
}

/** The text of an element (its text and CDATA descendants). */
export function textOf(el: Element): string {
  return el.textContent ?? '';
}

export function setText(el: Element, text: string): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  el.appendChild(el.ownerDocument.createTextNode(text));
}
