/**
 * Cell notes (legacy comments): the comments part, the VML drawing that
 * shows them, the sheet's relationships and its <legacyDrawing>. A sheet that
 * already has notes gets ours added to its own parts; a cell that already has
 * a person's note keeps it, with ours on a new line below.
 */
import { parseA1 } from '../../../core/a1';
import { CONTENT_TYPE, OpcPackage, REL_TYPE } from './opc';
import { Worksheet } from './worksheet';
import { child, children, createLike, parseXml, setText, textOf, XML_DECLARATION } from './xml';

const VML_NS = { v: 'urn:schemas-microsoft-com:vml', o: 'urn:schemas-microsoft-com:office:office', x: 'urn:schemas-microsoft-com:office:excel' };
const THREADED_REL = 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment';
const AUTHOR = 'Phụ lục';

export class NoteSkipped extends Error {}

/** One text run, as Excel writes notes (ExcelJS, and so `phuluc check`, reads only runs). */
function run(body: Element, text: string): Element {
  const r = createLike(body, 'r');
  const t = createLike(r, 't', { 'xml:space': 'preserve' });
  setText(t, text);
  r.appendChild(t);
  return r;
}

async function partFor(pkg: OpcPackage, sheetPart: string, type: string): Promise<string | undefined> {
  return (await pkg.relationships(sheetPart)).find((r) => r.type === type && !r.external)?.target;
}

/** Excel numbers VML shapes per drawing in blocks of 1024 (o:idmap); a new drawing takes the next free block. */
async function nextIdBlock(pkg: OpcPackage): Promise<number> {
  let max = 0;
  for (const p of pkg.parts()) {
    if (!/\.vml$/i.test(p)) continue;
    for (const m of ((await pkg.text(p)) ?? '').matchAll(/<o:idmap[^>]*data="([\d,\s]+)"/g)) for (const n of m[1].split(/[,\s]+/)) max = Math.max(max, Number(n) || 0);
  }
  return max + 1;
}

export async function setNote(pkg: OpcPackage, sheetPart: string, ws: Worksheet, a1: string, text: string): Promise<void> {
  const { row, col } = parseA1(a1);
  const threaded = await partFor(pkg, sheetPart, THREADED_REL);
  if (threaded) {
    const doc = await pkg.peek(threaded);
    if (doc && Array.from(doc.getElementsByTagNameNS('*', 'threadedComment')).some((t) => t.getAttribute('ref') === a1)) {
      throw new NoteSkipped(`ô ${a1} đã có chuỗi bình luận của người dùng; không ghi đè / ${a1} already has a threaded comment; left as it is`);
    }
  }
  let commentsPart = await partFor(pkg, sheetPart, REL_TYPE.comments);
  if (!commentsPart) {
    commentsPart = pkg.freeName('xl/comments', '.xml');
    pkg.create(commentsPart, `${XML_DECLARATION}<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors/><commentList/></comments>`);
    await pkg.setContentType(commentsPart, CONTENT_TYPE.comments);
    await pkg.addRelationship(sheetPart, REL_TYPE.comments, commentsPart);
  }
  const comments = (await pkg.xml(commentsPart)).documentElement;
  const authors = child(comments, 'authors') ?? comments.insertBefore(createLike(comments, 'authors'), comments.firstChild);
  let authorId = children(authors, 'author').findIndex((a) => textOf(a) === AUTHOR);
  if (authorId < 0) {
    const a = createLike(authors, 'author');
    setText(a, AUTHOR);
    authors.appendChild(a);
    authorId = children(authors, 'author').length - 1;
  }
  const list = child(comments, 'commentList') ?? comments.appendChild(createLike(comments, 'commentList'));
  const existing = children(list as Element, 'comment').find((c) => c.getAttribute('ref') === a1);
  if (existing) {
    const old = Array.from(existing.getElementsByTagNameNS('*', 't')).map(textOf).join('');
    if (old === text || old.endsWith(`\n${text}`)) return;
    const body = child(existing, 'text') ?? existing.appendChild(createLike(existing, 'text'));
    while (body.firstChild) body.removeChild(body.firstChild);
    body.appendChild(run(body as Element, `${old}\n${text}`));
    return;
  }
  const comment = createLike(list as Element, 'comment', { ref: a1, authorId });
  const body = createLike(comment, 'text');
  body.appendChild(run(body, text));
  comment.appendChild(body);
  const after = children(list as Element, 'comment').find((c) => {
    const p = parseA1(c.getAttribute('ref') ?? 'A1');
    return p.row > row || (p.row === row && p.col > col);
  });
  (list as Element).insertBefore(comment, after ?? null);
  await addShape(pkg, sheetPart, ws, row, col);
}

async function addShape(pkg: OpcPackage, sheetPart: string, ws: Worksheet, row: number, col: number): Promise<void> {
  const relId = ws.legacyDrawingId();
  let vmlPart = relId ? (await pkg.relationships(sheetPart)).find((r) => r.id === relId)?.target : undefined;
  if (!vmlPart) {
    vmlPart = pkg.freeName('xl/drawings/vmlDrawing', '.vml');
    const block = await nextIdBlock(pkg);
    pkg.create(
      vmlPart,
      `<xml xmlns:v="${VML_NS.v}" xmlns:o="${VML_NS.o}" xmlns:x="${VML_NS.x}"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>` +
        `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype></xml>`,
    );
    await pkg.setContentType(vmlPart, CONTENT_TYPE.vml, true);
    ws.addPartReference('legacyDrawing', await pkg.addRelationship(sheetPart, REL_TYPE.vmlDrawing, vmlPart));
  }
  const doc = await pkg.xml(vmlPart);
  const root = doc.documentElement;
  const idmap = root.getElementsByTagNameNS(VML_NS.o, 'idmap')[0];
  const block = Number((idmap?.getAttribute('data') ?? '1').split(/[,\s]+/)[0]) || 1;
  let max = block * 1024;
  for (const s of Array.from(root.getElementsByTagNameNS(VML_NS.v, 'shape'))) {
    const m = /_x0000_s(\d+)/.exec(s.getAttribute('id') ?? '');
    if (m) max = Math.max(max, Number(m[1]));
  }
  const shape = parseXml(
    `<v:shape xmlns:v="${VML_NS.v}" xmlns:o="${VML_NS.o}" xmlns:x="${VML_NS.x}" id="_x0000_s${max + 1}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:${max + 1 - block * 1024};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
      `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col}, 15, ${row - 1}, 10, ${col + 2}, 15, ${row + 3}, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row - 1}</x:Row><x:Column>${col - 1}</x:Column></x:ClientData></v:shape>`,
    vmlPart,
  ).documentElement;
  const imported = doc.importNode(shape, true) as Element;
  // the namespaces are declared on the drawing's root already
  for (const p of ['v', 'o', 'x']) imported.removeAttribute(`xmlns:${p}`);
  root.appendChild(imported);
}
