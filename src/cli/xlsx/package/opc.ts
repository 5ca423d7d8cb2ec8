/**
 * An OOXML package (.xlsx/.xlsm) held as its zip: the parts we edit are parsed
 * once and written back serialised; every other entry keeps its bytes (JSZip
 * reuses an unchanged entry's compressed data when it writes the zip again).
 * Relationship parts and [Content_Types].xml are edited through this class so
 * new and removed parts stay registered.
 * Why jszip: ExcelJS already ships it (one zip library in the CLI), and it
 * hands an unchanged entry's compressed bytes straight to the new zip, so a
 * 5 MB pivot cache is copied, not inflated and deflated again.
 */
import JSZip from 'jszip';
import { posix } from 'path';
import { child, children, createLike, NS, parseXml, serializeXml, XML_DECLARATION } from './xml';

export const REL_TYPE = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
  table: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vmlDrawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
} as const;

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
} as const;

export interface Relationship {
  id: string;
  type: string;
  /** Absolute part name without the leading "/" (internal targets only), else the raw target. */
  target: string;
  external: boolean;
}

/** The rels part that belongs to `part`: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPathOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return posix.normalize(posix.join(posix.dirname(source), target));
}

export class OpcPackage {
  private readonly docs = new Map<string, Document>();
  /** The text a parsed part was read from: a part whose DOM serialises back to it is left alone. */
  private readonly originals = new Map<string, string>();
  private readonly removed = new Set<string>();

  private constructor(private readonly zip: JSZip) {}

  static async load(bytes: Buffer): Promise<OpcPackage> {
    return new OpcPackage(await JSZip.loadAsync(bytes));
  }

  has(part: string): boolean {
    return !this.removed.has(part) && (this.docs.has(part) || this.zip.file(part) !== null);
  }

  /** Every part name, in zip order. */
  parts(): string[] {
    const out: string[] = [];
    this.zip.forEach((path, f) => {
      if (!f.dir && !this.removed.has(path)) out.push(path);
    });
    for (const p of this.docs.keys()) if (!out.includes(p)) out.push(p);
    return out;
  }

  async text(part: string): Promise<string | null> {
    const f = this.removed.has(part) ? null : this.zip.file(part);
    return f ? f.async('string') : null;
  }

  /** The part parsed; from here on it is written back from its DOM. */
  async xml(part: string): Promise<Document> {
    const have = this.docs.get(part);
    if (have) return have;
    const text = await this.text(part);
    if (text === null) throw new Error(`thiếu phần ${part} trong tệp / missing part ${part}`);
    const doc = parseXml(text, part);
    this.docs.set(part, doc);
    this.originals.set(part, text);
    return doc;
  }

  /** Parse without marking the part as edited (reading only). */
  async peek(part: string): Promise<Document | null> {
    const have = this.docs.get(part);
    if (have) return have;
    const text = await this.text(part);
    return text === null ? null : parseXml(text, part);
  }

  create(part: string, xmlText: string): Document {
    this.removed.delete(part);
    this.originals.delete(part);
    const doc = parseXml(xmlText, part);
    this.docs.set(part, doc);
    return doc;
  }

  remove(part: string): void {
    this.docs.delete(part);
    this.removed.add(part);
  }

  /** A part name not taken yet: prefix + n + suffix (xl/worksheets/sheet + 4 + .xml). */
  freeName(prefix: string, suffix: string): string {
    for (let n = 1; ; n++) {
      const name = `${prefix}${n}${suffix}`;
      if (!this.has(name)) return name;
    }
  }

  async relationships(source: string): Promise<Relationship[]> {
    const doc = await this.peek(relsPathOf(source));
    if (!doc) return [];
    return children(doc.documentElement, 'Relationship').map((r) => {
      const external = r.getAttribute('TargetMode') === 'External';
      const target = r.getAttribute('Target') ?? '';
      return { id: r.getAttribute('Id') ?? '', type: r.getAttribute('Type') ?? '', target: external ? target : resolveTarget(source, target), external };
    });
  }

  /** Add a relationship from `source` to the part `target`; returns its new id. */
  async addRelationship(source: string, type: string, target: string): Promise<string> {
    const relsPath = relsPathOf(source);
    const doc = this.has(relsPath)
      ? await this.xml(relsPath)
      : this.create(relsPath, `${XML_DECLARATION}<Relationships xmlns="${NS.pkgRel}"></Relationships>`);
    const root = doc.documentElement;
    const taken = new Set(children(root, 'Relationship').map((r) => r.getAttribute('Id')));
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    root.appendChild(createLike(root, 'Relationship', { Id: id, Type: type, Target: posix.relative(posix.dirname(source), target) }));
    return id;
  }

  async removeRelationship(source: string, id: string): Promise<void> {
    const relsPath = relsPathOf(source);
    if (!this.has(relsPath)) return;
    const root = (await this.xml(relsPath)).documentElement;
    for (const r of children(root, 'Relationship')) if (r.getAttribute('Id') === id) root.removeChild(r);
  }

  /** Register a part's content type (an Override), or an extension's (a Default) when `byExtension`. */
  async setContentType(part: string, contentType: string, byExtension = false): Promise<void> {
    const root = (await this.xml('[Content_Types].xml')).documentElement;
    if (byExtension) {
      const ext = posix.extname(part).slice(1).toLowerCase();
      if (children(root, 'Default').some((d) => (d.getAttribute('Extension') ?? '').toLowerCase() === ext)) return;
      root.insertBefore(createLike(root, 'Default', { Extension: ext, ContentType: contentType }), child(root, 'Override') ?? null);
      return;
    }
    for (const o of children(root, 'Override')) if (o.getAttribute('PartName') === `/${part}`) root.removeChild(o);
    root.appendChild(createLike(root, 'Override', { PartName: `/${part}`, ContentType: contentType }));
  }

  async removeContentType(part: string): Promise<void> {
    const root = (await this.xml('[Content_Types].xml')).documentElement;
    for (const o of children(root, 'Override')) if (o.getAttribute('PartName') === `/${part}`) root.removeChild(o);
  }

  /** The zip again: edited parts serialised, removed parts gone, the rest as read. */
  async toBuffer(): Promise<Buffer> {
    for (const p of this.removed) this.zip.remove(p);
    for (const [p, doc] of this.docs) {
      const text = serializeXml(doc);
      const original = this.originals.get(p);
      // Opened but not changed: keep the original bytes (the serialiser may spell the same XML differently).
      if (original !== undefined && (text === original || text === serializeXml(parseXml(original, p)))) continue;
      this.zip.file(p, text);
    }
    return this.zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }
}
