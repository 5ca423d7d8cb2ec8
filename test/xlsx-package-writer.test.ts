/**
 * The package writer's details (src/cli/xlsx/package): where new elements go
 * in a sheet, that existing styles, shared strings and notes are never
 * rewritten, and how column ranges are split. Whole-workbook behaviour is in
 * test/package-corpus.test.ts and test/xlsx-plan-roundtrip.test.ts.
 */
import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';
import { EditOp, markedCondition } from '../src/core/plan';
import { applyPlanToBytes } from '../src/cli/xlsx/write';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const STYLES = `${DECL}<styleSheet xmlns="${MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
const SST = `${DECL}<sst xmlns="${MAIN}" count="2" uniqueCount="2"><si><t>Chỉ tiêu</t></si><si><t>Thu ngân sách</t></si></sst>`;
const SHEET = `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:C2"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="3" width="11" customWidth="1"/></cols><sheetData><row r="1" spans="1:3"><c r="A1" s="1" t="s"><v>0</v></c><c r="C1"><v>2026</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="C2"><v>100</v></c></row></sheetData><dataValidations count="1"><dataValidation type="whole" sqref="C2"><formula1>0</formula1></dataValidation></dataValidations><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><legacyDrawing r:id="rId1"/><extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}"/></extLst></worksheet>`;
const COMMENTS = `${DECL}<comments xmlns="${MAIN}"><authors><author>Nguyễn Văn A</author></authors><commentList><comment ref="C2" authorId="0"><text><r><t>Số của phòng Tài chính</t></r></text></comment></commentList></comments>`;
const VML = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shape id="_x0000_s1025" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>1</x:Row><x:Column>2</x:Column></x:ClientData></v:shape></xml>`;

async function workbook(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/></Types>`);
  zip.file('_rels/.rels', `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file('xl/workbook.xml', `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="Phụ lục" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  zip.file('xl/_rels/workbook.xml.rels', `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`);
  zip.file('xl/worksheets/sheet1.xml', SHEET);
  zip.file('xl/worksheets/_rels/sheet1.xml.rels', `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/></Relationships>`);
  zip.file('xl/styles.xml', STYLES);
  zip.file('xl/sharedStrings.xml', SST);
  zip.file('xl/comments1.xml', COMMENTS);
  zip.file('xl/drawings/vmlDrawing1.vml', VML);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function apply(ops: EditOp[]): Promise<Map<string, string>> {
  const { bytes } = await applyPlanToBytes(await workbook(), { version: 1, action: 'test', ops });
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async('string'));
  return out;
}

const root = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml').documentElement;
const childNames = (xml: string) => Array.from(root(xml).childNodes).filter((n) => n.nodeType === 1).map((n) => (n as Element).localName);
const S = 'Phụ lục';

describe('package writer', () => {
  it('puts new sheet elements where the schema orders them, before the data validations and the extLst', async () => {
    const parts = await apply([
      { op: 'addConditionalFormat', sheet: S, range: 'C2', formula: markedCondition('missed', 'C2<0'), fill: '#FFC7CE', tag: 'missed' },
      { op: 'mergeCells', sheet: S, range: 'A3:B3' },
      { op: 'freezePanes', sheet: S, rows: 1, cols: 0 },
      { op: 'setPageLayout', sheet: S, orientation: 'landscape', paperSize: 'A4', fitToWidth: true, footer: 'Trang &P' },
    ]);
    expect(childNames(parts.get('xl/worksheets/sheet1.xml')!)).toEqual([
      'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'mergeCells', 'conditionalFormatting', 'dataValidations',
      'pageMargins', 'pageSetup', 'headerFooter', 'legacyDrawing', 'extLst',
    ]);
  });

  it('appends styles and never edits an existing one; the same edit of the same style is one new xf', async () => {
    const parts = await apply([
      { op: 'setStyle', sheet: S, range: 'A1:C2', fill: '#D9E1F2' },
      { op: 'setNumberFormat', sheet: S, range: 'C1:C2', format: '#,##0.0' },
    ]);
    const styles = parts.get('xl/styles.xml')!;
    const xfs = Array.from(root(styles).getElementsByTagName('cellXfs')[0].getElementsByTagName('xf')).map((x) => x.toString());
    const before = Array.from(root(STYLES).getElementsByTagName('cellXfs')[0].getElementsByTagName('xf')).map((x) => x.toString());
    expect(xfs.slice(0, 2)).toEqual(before);
    // fill on style 1 (A1), fill on style 0 (the rest), then the number format on that new style
    expect(xfs).toHaveLength(5);
    const sheet = parts.get('xl/worksheets/sheet1.xml')!;
    expect(sheet).toMatch(/<c r="A1" s="2" t="s"><v>0<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="A2" t="s" s="3"><v>1<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="C2" s="4"><v>100<\/v><\/c>/);
    expect(styles).toMatch(/<numFmt numFmtId="164" formatCode="#,##0.0"\/>/);
  });

  it('writes text as inline strings: the shared strings part keeps its bytes, a formula loses its cached value', async () => {
    const parts = await apply([
      { op: 'setValues', sheet: S, address: 'A2', values: [['=không phải công thức', ' lề ']] },
      { op: 'setFormulas', sheet: S, address: 'C2', formulas: [['=C1*2']] },
    ]);
    expect(parts.get('xl/sharedStrings.xml')).toBe(SST);
    const sheet = parts.get('xl/worksheets/sheet1.xml')!;
    expect(sheet).toContain('<c r="A2" t="inlineStr"><is><t>=không phải công thức</t></is></c><c r="B2" t="inlineStr"><is><t xml:space="preserve"> lề </t></is></c>');
    expect(sheet).toContain('<c r="C2"><f>C1*2</f></c>');
    expect(parts.get('xl/workbook.xml')).toMatch(/<calcPr fullCalcOnLoad="1"\/>/);
  });

  it("splits a column range to widen one column, and leaves the others' width", async () => {
    const parts = await apply([{ op: 'setColumnWidths', sheet: S, widths: [{ col: 'B', width: 42 }] }]);
    expect(parts.get('xl/worksheets/sheet1.xml')).toContain(
      '<cols><col min="1" max="1" width="11" customWidth="1"/><col min="2" max="2" width="42" customWidth="1"/><col min="3" max="3" width="11" customWidth="1"/></cols>',
    );
  });

  it("keeps a person's note and adds ours below it; a new note gets a shape in the sheet's own VML drawing", async () => {
    const parts = await apply([
      { op: 'setNote', sheet: S, cell: 'C2', text: 'Phụ lục: giá trị cũ 90' },
      { op: 'setNote', sheet: S, cell: 'B1', text: 'Phụ lục: ô mới' },
    ]);
    const comments = parts.get('xl/comments1.xml')!;
    expect(comments).toContain('<comment ref="C2" authorId="0"><text><r><t xml:space="preserve">Số của phòng Tài chính\nPhụ lục: giá trị cũ 90</t></r></text></comment>');
    expect(comments).toMatch(/<authors><author>Nguyễn Văn A<\/author><author>Phụ lục<\/author><\/authors>/);
    expect(comments.indexOf('ref="B1"')).toBeLessThan(comments.indexOf('ref="C2"'));
    const vml = parts.get('xl/drawings/vmlDrawing1.vml')!;
    expect(vml).toContain('<v:shape id="_x0000_s1025" type="#_x0000_t202">');
    expect(vml).toMatch(/<v:shape id="_x0000_s1026"[^>]*>.*<x:Row>0<\/x:Row><x:Column>1<\/x:Column>/s);
    expect(parts.has('xl/comments2.xml')).toBe(false);
  });

  it('writes the print ops in place: margins in inches, printOptions before them, new rows in row order, the font name without the theme scheme', async () => {
    const parts = await apply([
      { op: 'setStyle', sheet: S, range: 'A1', fontName: 'Times New Roman' },
      { op: 'setRowHeights', sheet: S, heights: [{ row: 4, height: 30 }, { row: 1, height: 18.75 }, { row: 3, height: 22 }] },
      {
        op: 'setPageLayout', sheet: S, orientation: 'portrait', paperSize: 'A4', fitToWidth: false, printArea: 'A1:C4',
        margins: { top: 72, bottom: 36, left: 54, right: 18, header: 0, footer: 9 }, centerHorizontally: true, footer: '&"Times New Roman,Regular"&11Trang &P',
      },
    ]);
    const sheet = parts.get('xl/worksheets/sheet1.xml')!;
    expect(childNames(sheet)).toEqual([
      'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'dataValidations',
      'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'legacyDrawing', 'extLst',
    ]);
    expect(sheet).toContain('<printOptions horizontalCentered="1"/><pageMargins left="0.75" right="0.25" top="1" bottom="0.5" header="0" footer="0.125"/>');
    // Not fitted to a page: no fitToPage anywhere, scale 100.
    expect(sheet).toMatch(/<pageSetup paperSize="9" orientation="portrait" scale="100"\/>/);
    expect(sheet).toContain('<headerFooter><oddFooter>&amp;"Times New Roman,Regular"&amp;11Trang &amp;P</oddFooter><evenFooter>&amp;"Times New Roman,Regular"&amp;11Trang &amp;P</evenFooter></headerFooter>');
    expect(Array.from(sheet.matchAll(/<row r="(\d+)"([^>]*?)\/?>/g)).map((m) => m[1] + m[2])).toEqual([
      '1 spans="1:3" ht="18.75" customHeight="1"', '2', '3 ht="22" customHeight="1"', '4 ht="30" customHeight="1"',
    ]);
    // A1's bold Calibri (minor theme font) becomes a third font; the first two stay as they were.
    expect(parts.get('xl/styles.xml')).toContain('<fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/><scheme val="minor"/></font><font><name val="Times New Roman"/><b/><sz val="11"/></font></fonts>');
    expect(parts.get('xl/workbook.xml')).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="0">'${S}'!$A$1:$C$4</definedName>`);
  });

  it('print titles: columns before rows in one name; a later op that gives only the rows keeps the columns', async () => {
    const parts = await apply([
      { op: 'setPageLayout', sheet: S, orientation: 'landscape', paperSize: 'A4', fitToWidth: true, printTitleRows: '2', printTitleColumns: 'A:C' },
      { op: 'setPageLayout', sheet: S, orientation: 'landscape', paperSize: 'A4', fitToWidth: true, printTitleRows: '$9:$10' },
    ]);
    const book = parts.get('xl/workbook.xml')!;
    expect(book.match(/_xlnm.Print_Titles/g)).toHaveLength(1);
    expect(book).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'${S}'!$A:$C,'${S}'!$9:$10</definedName>`);
    const sheet = parts.get('xl/worksheets/sheet1.xml')!;
    expect(sheet).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(sheet).toMatch(/<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"\/>/);
  });
});
