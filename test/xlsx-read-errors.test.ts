import ExcelJS from 'exceljs';
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { crc32 } from 'zlib';
import { readWorkbookBuffer, readWorkbookFile, ReadError, ReadErrorCode } from '../src/cli/xlsx/read';
import { findSoffice } from './helpers/libreoffice';

/** A zip of stored (uncompressed) entries. */
function makeZip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text, 'utf8');
    const fname = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fname.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fname.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fname, data);
    centrals.push(central, fname);
    offset += 30 + fname.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(Object.keys(entries).length, 8);
  eocd.writeUInt16LE(Object.keys(entries).length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

/**
 * A minimal OLE2 compound file (v3, 512-byte sectors): header, one FAT sector,
 * one directory sector holding the root and the given (empty) streams.
 * Encrypted OOXML is exactly such a container with EncryptionInfo + EncryptedPackage.
 */
function makeCompoundFile(streams: string[]): Buffer {
  const buf = Buffer.alloc(512 * 3, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(buf, 0);
  buf.writeUInt16LE(0x3e, 24);
  buf.writeUInt16LE(3, 26);
  buf.writeUInt16LE(0xfffe, 28);
  buf.writeUInt16LE(9, 30);
  buf.writeUInt16LE(6, 32);
  buf.writeUInt32LE(1, 44); // FAT sectors
  buf.writeUInt32LE(1, 48); // first directory sector
  buf.writeUInt32LE(4096, 56);
  buf.writeUInt32LE(0xfffffffe, 60);
  buf.writeUInt32LE(0xfffffffe, 68);
  for (let i = 0; i < 109; i++) buf.writeUInt32LE(i === 0 ? 0 : 0xffffffff, 76 + i * 4);
  const fat = 512;
  buf.writeUInt32LE(0xfffffffd, fat); // sector 0 is the FAT
  buf.writeUInt32LE(0xfffffffe, fat + 4); // sector 1: the directory, one sector
  for (let i = 2; i < 128; i++) buf.writeUInt32LE(0xffffffff, fat + i * 4);
  const dir = 1024;
  const entry = (i: number, name: string, type: number, child: number, right: number) => {
    const at = dir + i * 128;
    const n = Buffer.from(name + '\0', 'utf16le');
    n.copy(buf, at);
    buf.writeUInt16LE(n.length, at + 64);
    buf[at + 66] = type;
    buf[at + 67] = 1; // black
    buf.writeUInt32LE(0xffffffff, at + 68);
    buf.writeUInt32LE(right, at + 72);
    buf.writeUInt32LE(child, at + 76);
    buf.writeUInt32LE(0xfffffffe, at + 116);
  };
  entry(0, 'Root Entry', 5, streams.length > 0 ? 1 : 0xffffffff, 0xffffffff);
  streams.forEach((s, i) => entry(i + 1, s, 2, 0xffffffff, i + 2 <= streams.length ? i + 2 : 0xffffffff));
  return buf;
}

async function goodXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục');
  for (let r = 1; r <= 200; r++) ws.addRow([r, `Chỉ tiêu ${r}`, r * 1.5]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('readWorkbookFile errors: one line, Vietnamese then English', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'phuluc-xlsx-err-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function expectReadError(file: string, code: ReadErrorCode, vi: RegExp, en: RegExp) {
    const err = await readWorkbookFile(file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ReadError);
    const e = err as ReadError;
    expect(e.code).toBe(code);
    expect(e.message).not.toMatch(/\n/);
    expect(e.message).toMatch(vi);
    expect(e.message).toMatch(en);
    // Vietnamese first, then English, then the file
    expect(e.message.search(vi)).toBeLessThan(e.message.search(en));
    expect(e.message.endsWith(file)).toBe(true);
  }

  function put(name: string, bytes: Buffer | string): string {
    const p = join(dir, name);
    writeFileSync(p, bytes);
    return p;
  }

  it('missing file', async () => {
    await expectReadError(join(dir, 'khong-co.xlsx'), 'missing', /Không tìm thấy tệp/, /file not found/);
    await expectReadError(join(dir, 'khong-co', 'a.xlsx'), 'missing', /Không tìm thấy tệp/, /file not found/);
  });

  it('zero-byte file', async () => {
    await expectReadError(put('rong.xlsx', Buffer.alloc(0)), 'empty', /Tệp rỗng/, /empty file/);
  });

  it('old .xls (OLE2 without encryption streams), synthetic and made by LibreOffice', async () => {
    await expectReadError(put('cu.xlsx', makeCompoundFile(['Workbook', 'SummaryInformation'])), 'xls', /Tệp Excel cũ \(\.xls\)/, /old Excel format/);
    const soffice = findSoffice();
    expect(soffice).not.toBeNull();
    const src = put('nguon.xlsx', await goodXlsx());
    const profile = join(dir, 'lo-profile');
    const r = spawnSync(soffice!, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'xls', '--outdir', join(dir, 'xls'), src], { timeout: 120_000 });
    expect(r.status).toBe(0);
    const xls = join(dir, 'xls', 'nguon.xls');
    expect(readFileSync(xls).subarray(0, 4).toString('hex')).toBe('d0cf11e0');
    await expectReadError(xls, 'xls', /Tệp Excel cũ/, /save it as \.xlsx/);
  });

  it('password-protected (encrypted) OOXML', async () => {
    await expectReadError(put('matkhau.xlsx', makeCompoundFile(['EncryptionInfo', 'EncryptedPackage'])), 'encrypted', /đặt mật khẩu/, /password-protected/);
  });

  it('non-Excel files: text, PDF, PNG, a directory, a .docx-like zip, an empty zip', async () => {
    await expectReadError(put('ghichu.xlsx', 'STT\tChỉ tiêu\n1\tThu ngân sách\n'), 'not-excel', /Không phải tệp Excel/, /not an Excel/);
    await expectReadError(put('a.pdf', '%PDF-1.4\n%âãÏÓ\n'), 'not-excel', /Không phải tệp Excel/, /not an Excel/);
    await expectReadError(put('a.png', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')), 'not-excel', /Không phải tệp Excel/, /not an Excel/);
    mkdirSync(join(dir, 'thu-muc.xlsx'));
    await expectReadError(join(dir, 'thu-muc.xlsx'), 'not-excel', /Không phải tệp Excel/, /not an Excel/);
    const docx = makeZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    await expectReadError(put('vanban.xlsx', docx), 'not-excel', /Không phải tệp Excel/, /not an Excel/);
    await expectReadError(put('rong.zip', makeZip({})), 'not-excel', /Không phải tệp Excel/, /not an Excel/);
  });

  it('corrupt .xlsx: truncated, bit-flipped, broken workbook XML', async () => {
    const good = await goodXlsx();
    await expectReadError(put('cut.xlsx', good.subarray(0, Math.floor(good.length / 2))), 'corrupt', /bị hỏng/, /corrupt \.xlsx/);
    const flipped = Buffer.from(good);
    for (let i = 200; i < flipped.length - 200; i += 97) flipped[i] ^= 0x5a;
    await expectReadError(put('flipped.xlsx', flipped), 'corrupt', /bị hỏng/, /corrupt/);
    const broken = makeZip({
      '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      '_rels/.rels': '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      'xl/workbook.xml': '<workbook><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets><<<',
    });
    await expectReadError(put('broken.xlsx', broken), 'corrupt', /bị hỏng/, /corrupt/);
  });

  it('still reads a good file, and readWorkbookBuffer classifies bytes the same way', async () => {
    const good = await goodXlsx();
    const snap = await readWorkbookFile(put('tot.xlsx', good));
    expect(snap.sheets[0].values).toHaveLength(200);
    expect(snap.sheets[0].values[199]).toEqual([200, 'Chỉ tiêu 200', 300]);
    await expect(readWorkbookBuffer(Buffer.alloc(0), 'x.xlsx')).rejects.toMatchObject({ code: 'empty' });
    await expect(readWorkbookBuffer(makeCompoundFile(['EncryptionInfo']), 'x.xlsx')).rejects.toMatchObject({ code: 'encrypted' });
  });
});
