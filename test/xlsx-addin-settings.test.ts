import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { crc32 } from 'zlib';
import { readAddinSettings } from '../src/cli/xlsx/addin-settings';
import { readWorkbookFile } from '../src/cli/xlsx/read';
import { applyPlanToFile } from '../src/cli/xlsx/write';
import { readZipEntries } from '../src/cli/xlsx/zip-entries';

/** A zip of stored entries (enough to add a part to a workbook). */
function storedZip(entries: Map<string, string>): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const data = Buffer.from(text, 'utf8');
    const n = Buffer.from(name, 'utf8');
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt32LE(crc32(data), 14);
    h.writeUInt32LE(data.length, 18);
    h.writeUInt32LE(data.length, 22);
    h.writeUInt16LE(n.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt32LE(crc32(data), 16);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(data.length, 24);
    c.writeUInt16LE(n.length, 28);
    c.writeUInt32LE(offset, 42);
    parts.push(h, n, data);
    central.push(c, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.size, 8);
  end.writeUInt16LE(entries.size, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, end]);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The webextension part as Excel writes it: each setting value JSON-serialised by the settings store. */
function webextensionXml(settings: Record<string, unknown>): string {
  const props = Object.entries(settings)
    .map(([k, v]) => `<we:property name="${esc(k)}" value="${esc(JSON.stringify(v))}"/>`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{6A0B7C7E-1E38-4C59-9D4B-2B4B8E0C1F11}">' +
    '<we:reference id="phuluc" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/>' +
    `<we:properties>${props}</we:properties><we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>`
  );
}

describe('add-in settings saved in the workbook', () => {
  let dir: string;
  let plain: Buffer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'phuluc-xlsx-settings-'));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Phụ lục').getCell('A1').value = 'STT';
    plain = Buffer.from(await wb.xlsx.writeBuffer());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function withWebextension(settings: Record<string, unknown>): Buffer {
    const entries = readZipEntries(plain, () => true);
    entries.set('xl/webextensions/webextension1.xml', webextensionXml(settings));
    return storedZip(entries);
  }

  it('reads phuluc.* properties into snapshot.settings, decoding the JSON text the add-in stores', async () => {
    const ruleSettings = { disabled: ['stt-gap'], severity: { 'total-mismatch': 'warning' } };
    const overrides = { sheets: { 'Phụ lục': { columns: [{ col: 4, role: 'year', year: 2026 }] } } };
    const file = join(dir, 'settings.xlsx');
    writeFileSync(
      file,
      withWebextension({
        'phuluc.ruleSettings': JSON.stringify(ruleSettings),
        'phuluc.overrides': JSON.stringify(overrides),
        'other.addin': 'x',
      }),
    );
    const snap = await readWorkbookFile(file);
    expect(snap.sheets[0].values).toEqual([['STT']]);
    expect(snap.settings).toEqual({ ruleSettings, overrides });
  });

  it('keeps a value that is not JSON as text, and has no settings without the part', async () => {
    expect(readAddinSettings(withWebextension({ 'phuluc.note': 'không phải JSON {' }))).toEqual({ note: 'không phải JSON {' });
    expect(readAddinSettings(plain)).toBeUndefined();
    const file = join(dir, 'plain.xlsx');
    writeFileSync(file, plain);
    expect((await readWorkbookFile(file)).settings).toBeUndefined();
  });

  it('keeps the add-in part and its settings in the written copy, without a warning', async () => {
    const input = join(dir, 'in.xlsx');
    writeFileSync(input, withWebextension({ 'phuluc.ruleSettings': '{"unit-missing":"off"}' }));
    const out = join(dir, 'out.xlsx');
    const r = await applyPlanToFile(input, { version: 1, action: 'x', ops: [{ op: 'setValues', sheet: 'Phụ lục', address: 'B1', values: [['Chỉ tiêu']] }] }, out);
    expect(r.warnings).toEqual([]);
    const webext = (f: string) => readZipEntries(readFileSync(f), (n) => n.startsWith('xl/webextensions/'));
    expect([...webext(out).entries()]).toEqual([...webext(input).entries()]);
    expect(webext(out).size).toBeGreaterThan(0);
    expect((await readWorkbookFile(out)).settings).toEqual((await readWorkbookFile(input)).settings);
    writeFileSync(join(dir, 'in-plain.xlsx'), plain);
    const plainOut = await applyPlanToFile(join(dir, 'in-plain.xlsx'), { version: 1, action: 'x', ops: [] }, join(dir, 'out2.xlsx'));
    expect(plainOut.warnings).toEqual([]);
  });
});
