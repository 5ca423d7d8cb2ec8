/**
 * Issue 24: `phuluc apply --all` writes the plan into the original package.
 * For each corpus workbook (test/fixtures/package-corpus): every part the plan
 * does not touch is byte-identical, each touched sheet differs only in the
 * cells and conditional formats the plan writes, the feature parts are all
 * there, and LibreOffice opens the copy and computes the official figures.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { parseA1, parseRange } from '../src/core/a1';
import { checkWorkbook, planActionsWithPreview } from '../src/core/pipeline';
import type { EditPlan } from '../src/core/plan';
import { main } from '../src/cli/main';
import { readWorkbookFile } from '../src/cli/xlsx/read';
import { buildCorpus, CorpusFile } from './fixtures/package-corpus/build';
import { recalculate, recalculateFile } from './helpers/libreoffice';

const ROOT = join(__dirname, '..');
const SHEET = 'Phụ lục';
const DATE = '2026-11-23';
/** Seed 000's computed cells, emptied so that --fill writes formulas there (as test/fill-libreoffice.test.ts does). */
const BLANKED = ['H13', 'I13', 'J13', 'K13', 'H16', 'I16', 'J16', 'K16', 'L9', 'L15', 'F9', 'F15'];

async function blankedSeed(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(ROOT, 'seeds', 'rach-gia.xlsx'));
  const ws = wb.getWorksheet(SHEET)!;
  for (const a1 of BLANKED) ws.getCell(a1).value = null;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function entries(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async('nodebuffer'));
  return out;
}

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['node', 'phuluc', ...args], { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

/** The plan `apply --all` makes for this file, computed as main.ts does. */
async function planOf(file: string): Promise<EditPlan> {
  const wb = await readWorkbookFile(file);
  return planActionsWithPreview(wb, checkWorkbook(wb), { fill: true, highlight: true, summary: true, date: DATE, fillOptions: {} }).plan;
}

/** Cells the plan may write on `sheet` (values, formulas, formats, styles). */
function writtenCells(plan: EditPlan, sheet: string): Set<string> {
  const out = new Set<string>();
  const add = (top: number, left: number, bottom: number, right: number) => {
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) out.add(`${r},${c}`);
  };
  for (const op of plan.ops) {
    if (!('sheet' in op) || op.sheet !== sheet) continue;
    if (op.op === 'setValues' || op.op === 'setFormulas') {
      const { row, col } = parseA1(op.address);
      const grid = op.op === 'setValues' ? op.values : op.formulas;
      grid.forEach((line, i) => add(row + i, col, row + i, col + line.length - 1));
    } else if (op.op === 'setNumberFormat' || op.op === 'setStyle') {
      for (const a of op.range.split(/[\s,]+/).filter(Boolean)) {
        const r = parseRange(a);
        add(r.top, r.left, r.bottom, r.right);
      }
    } else if (op.op === 'setNote') {
      // a note on an empty cell gives it a style of its own
      const { row, col } = parseA1(op.cell);
      add(row, col, row, col);
    } else if (op.op !== 'addConditionalFormat' && op.op !== 'removeAddinConditionalFormats') {
      throw new Error(`the corpus check does not know what ${op.op} may change`);
    }
  }
  return out;
}

const ser = (n: Node) => new XMLSerializer().serializeToString(n);
const parse = (b: Buffer) => new DOMParser().parseFromString(b.toString('utf8'), 'text/xml').documentElement;

/** Elements named `local` in `before` that are not, spelled the same, in `after` (parts the plan only adds to). */
function lostElements(before: Buffer, after: Buffer | undefined, local: string, keep: (e: Element) => boolean = () => true): string[] {
  if (!after) return ['part missing'];
  const have = new Set(Array.from(parse(after).getElementsByTagNameNS('*', local)).map(ser));
  return Array.from(parse(before).getElementsByTagNameNS('*', local)).filter(keep).map(ser).filter((x) => !have.has(x));
}
const elements = (el: Element) => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1);

/** What differs between two versions of a sheet part outside `written` cells and our conditional formats. */
function sheetChangesOutside(before: string, after: string, written: Set<string>, newElements: string[] = []): string[] {
  const a = new DOMParser().parseFromString(before, 'text/xml').documentElement;
  const b = new DOMParser().parseFromString(after, 'text/xml').documentElement;
  const problems: string[] = [];
  // Activating the new summary sheet unselects this one's tab: the only change the plan makes to its view.
  for (const v of Array.from(a.getElementsByTagNameNS('*', 'sheetView')).concat(Array.from(b.getElementsByTagNameNS('*', 'sheetView')))) v.removeAttribute('tabSelected');
  const rest = (el: Element) => elements(el).filter((e) => !['sheetData', 'conditionalFormatting', 'dimension'].includes(e.localName)).map(ser);
  const added = newElements.filter((n) => !elements(a).some((e) => e.localName === n));
  const restB = elements(b).filter((e) => !added.includes(e.localName));
  const restOf = (list: Element[]) => list.filter((e) => !['sheetData', 'conditionalFormatting', 'dimension'].includes(e.localName)).map(ser);
  if (JSON.stringify(rest(a)) !== JSON.stringify(restOf(restB))) problems.push('elements other than sheetData and conditional formats changed');
  const cfs = (el: Element) => elements(el).filter((e) => e.localName === 'conditionalFormatting').map(ser);
  const ours = (x: string) => x.includes('phuluc:');
  if (JSON.stringify(cfs(a).filter((x) => !ours(x))) !== JSON.stringify(cfs(b).filter((x) => !ours(x)))) problems.push("the user's conditional formats changed");
  const cells = (el: Element) => {
    const m = new Map<string, string>();
    const rows = new Map<string, string>();
    const data = elements(el).find((e) => e.localName === 'sheetData')!;
    for (const row of elements(data)) {
      const attrs = Array.from(row.attributes).filter((x) => x.name !== 'spans').map((x) => `${x.name}=${x.value}`).join(' ');
      rows.set(row.getAttribute('r')!, attrs);
      for (const c of elements(row)) {
        const { row: r, col } = parseA1(c.getAttribute('r')!);
        m.set(`${r},${col}`, ser(c));
      }
    }
    return { m, rows };
  };
  const ca = cells(a);
  const cb = cells(b);
  for (const k of new Set([...ca.m.keys(), ...cb.m.keys()])) if (!written.has(k) && ca.m.get(k) !== cb.m.get(k)) problems.push(`cell ${k} changed`);
  for (const [r, attrs] of ca.rows) if (cb.rows.get(r) !== attrs) problems.push(`row ${r} attributes changed`);
  return problems;
}

describe('phuluc apply --all writes into the original package (issue 24)', () => {
  let dir: string;
  let corpus: CorpusFile[];
  let figures: Map<string, unknown>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'phuluc-corpus-'));
    const base = await blankedSeed();
    corpus = await buildCorpus(base);
    // And the same phụ lục as another writer stores it: LibreOffice's own .xlsx.
    writeFileSync(join(dir, 'base.xlsx'), base);
    corpus.push({ name: 'libreoffice.xlsx', features: 'a package written by LibreOffice', bytes: readFileSync(await recalculateFile(join(dir, 'base.xlsx'))), featureParts: [] });
    for (const f of corpus) writeFileSync(join(dir, f.name), f.bytes);
    // The figures LibreOffice computes for the plain base after apply: every corpus copy must show the same.
    expect((await cli('apply', join(dir, 'base.xlsx'), '--all', '--out', join(dir, 'base-out.xlsx'), '--date', DATE)).code).toBe(0);
    const s = (await recalculate(join(dir, 'base-out.xlsx'))).sheets.find((x) => x.name === SHEET)!;
    figures = new Map(['H13', 'K13', 'L9', 'L15', 'F9', 'F15'].map((a) => [a, s.values[parseA1(a).row - s.origin.row][parseA1(a).col - s.origin.col]]));
    expect([...figures.values()].map((v) => (v as number).toFixed(2))).toEqual(['11.72', '11.92', '12.30', '11.47', '281427.00', '6620.54']);
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const names = ['bieu-do-hinh.xlsx', 'pivot.xlsx', 'ghi-chu.xlsx', 'macro.xlsm', 'mo-rong.xlsx', 'libreoffice.xlsx'];
  it.each(names)('%s: untouched parts byte for byte, the sheet changed only where the plan writes, LibreOffice computes the figures', async (name) => {
    const file = corpus.find((f) => f.name === name)!;
    const input = join(dir, name);
    const out = join(dir, `out-${name}`);
    const plan = await planOf(input);
    const r = await cli('apply', input, '--all', '--out', out, '--date', DATE);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(/Đã ghi/);
    expect(r.out).not.toMatch(/Lưu ý/);

    const before = await entries(readFileSync(input));
    const after = await entries(readFileSync(out));
    const wbXml = before.get('xl/workbook.xml')!.toString('utf8');
    expect(wbXml).toContain(`name="${SHEET}"`);
    // The parts a plan may change: the phụ lục sheet, the workbook, its relationships, styles, content types, calcChain.
    const sheetPart = 'xl/worksheets/sheet1.xml';
    const sheetRels = 'xl/worksheets/_rels/sheet1.xml.rels';
    const mayChange = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/calcChain.xml', sheetPart]);
    // Notes the plan writes go into the sheet's own comments and VML parts, which may only grow.
    const noteCells = new Set(plan.ops.flatMap((o) => (o.op === 'setNote' && o.sheet === SHEET ? [o.cell] : [])));
    if (noteCells.size > 0) {
      for (const p of [sheetRels, 'xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml']) mayChange.add(p);
      if (before.has(sheetRels)) expect(lostElements(before.get(sheetRels)!, after.get(sheetRels), 'Relationship')).toEqual([]);
      if (before.has('xl/comments1.xml')) {
        expect(lostElements(before.get('xl/comments1.xml')!, after.get('xl/comments1.xml'), 'comment', (c) => !noteCells.has(c.getAttribute('ref')!))).toEqual([]);
        expect(lostElements(before.get('xl/comments1.xml')!, after.get('xl/comments1.xml'), 'author')).toEqual([]);
        expect(lostElements(before.get('xl/drawings/vmlDrawing1.vml')!, after.get('xl/drawings/vmlDrawing1.vml'), 'shape')).toEqual([]);
      }
    }
    for (const [part, bytes] of before) {
      if (mayChange.has(part)) continue;
      expect({ part, same: after.get(part)?.equals(bytes) ?? 'missing' }).toEqual({ part, same: true });
    }
    for (const part of file.featureParts) {
      if (!mayChange.has(part)) expect({ part, same: after.get(part)?.equals(before.get(part)!) }).toEqual({ part, same: true });
    }
    // New parts: the summary sheet and its table, and the notes' parts when the sheet had none.
    const added = [...after.keys()].filter((p) => !before.has(p));
    for (const p of added) expect(p).toMatch(/^xl\/(worksheets\/sheet\d+\.xml|worksheets\/_rels\/sheet\d+\.xml\.rels|tables\/table\d+\.xml|comments\d+\.xml|drawings\/vmlDrawing\d+\.vml)$/);
    expect(added.some((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))).toBe(true);

    expect(sheetChangesOutside(before.get(sheetPart)!.toString('utf8'), after.get(sheetPart)!.toString('utf8'), writtenCells(plan, SHEET), noteCells.size > 0 ? ['legacyDrawing'] : [])).toEqual([]);

    expect(after.get(sheetPart)!.toString('utf8')).not.toMatch(/tabSelected="(1|true)"/);

    const calc = (await recalculate(out)).sheets.find((x) => x.name === SHEET)!;
    for (const [a1, v] of figures) {
      const { row, col } = parseA1(a1);
      expect({ a1, v: calc.values[row - calc.origin.row][col - calc.origin.col] }).toEqual({ a1, v });
    }
  }, 300_000);

  it('a macro workbook written under an .xlsx name keeps its macros and is told to keep .xlsm', async () => {
    const out = join(dir, 'macro-as.xlsx');
    const r = await cli('apply', join(dir, 'macro.xlsm'), '--all', '--out', out, '--date', DATE);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Lưu ý: Tệp có macro \(VBA\): hãy đặt tên tệp ra đuôi \.xlsm/);
    expect((await entries(readFileSync(out))).get('xl/vbaProject.bin')?.equals((await entries(readFileSync(join(dir, 'macro.xlsm')))).get('xl/vbaProject.bin')!)).toBe(true);
  });

  it('a workbook with no phụ lục: nothing is written, and it says so', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Ghi chép').getCell('A1').value = 'Danh sách cán bộ';
    const input = join(dir, 'khong-phu-luc.xlsx');
    await wb.xlsx.writeFile(input);
    const out = join(dir, 'khong-phu-luc-out.xlsx');
    const r = await cli('apply', input, '--all', '--out', out);
    expect(r).toEqual({ code: 0, err: '', out: expect.stringMatching(/^Không nhận dạng được phụ lục nào .*không ghi tệp nào\.\n$/) });
    expect(existsSync(out)).toBe(false);
  });
});
