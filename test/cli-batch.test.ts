/**
 * The city's batch: a folder with good, broken and foreign files. Each bad
 * file gets its own one-line error, the rest are checked, and the report
 * workbook lists every recognised indicator of the good files.
 */
import ExcelJS from 'exceljs';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../src/cli/main';
import { checkWorkbook } from '../src/core/pipeline';
import { Report, ReportSchema } from '../src/core/report';
import { readWorkbookFile } from '../src/cli/xlsx/read';

const SEEDS = join(__dirname, '..', 'seeds');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['node', 'phuluc', ...args], { out: (s) => (out += s), err: (s) => (err += s), isTTY: false });
  return { code, out, err };
}

function utf16(s: string): Buffer {
  return Buffer.from(s, 'utf16le');
}

function mixedFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'phuluc-batch-'));
  copyFileSync(join(SEEDS, 'rach-gia.xlsx'), join(dir, 'rach-gia.xlsx'));
  copyFileSync(join(SEEDS, 'kien-hai.xlsx'), join(dir, 'kien-hai.xlsx'));
  writeFileSync(join(dir, 'rong.xlsx'), '');
  writeFileSync(join(dir, 'ghi-chu.txt'), 'không phải Excel: bỏ qua trong thư mục');
  writeFileSync(join(dir, 'bao-cao.xlsx'), '%PDF-1.4 a PDF saved under an Excel name');
  const ole = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
  writeFileSync(join(dir, 'cu.xls'), ole);
  const encrypted = Buffer.concat([ole.subarray(0, 512), utf16('EncryptionInfo'), Buffer.alloc(256)]);
  writeFileSync(join(dir, 'mat-khau.xlsx'), encrypted);
  // A download cut in half: a real workbook's first half.
  const real = readFileSync(join(SEEDS, 'rach-gia.xlsx'));
  writeFileSync(join(dir, 'hong.xlsx'), real.subarray(0, Math.floor(real.length / 2)));
  writeFileSync(join(dir, '~$rach-gia.xlsx'), 'Excel lock file, skipped');
  return dir;
}

describe('snapshots sent from the reading workers as JSON text', () => {
  it.each(['rach-gia', 'kien-hai', 'thach-khoi', 'an-duong', 'theo-doi-2026-2027'])('%s checks the same after the trip', async (name) => {
    const wb = await readWorkbookFile(join(SEEDS, `${name}.xlsx`));
    const sent = JSON.parse(JSON.stringify(wb)) as typeof wb;
    expect(sent).toEqual(wb);
    expect(checkWorkbook(sent)).toEqual(checkWorkbook(wb));
  });
});

describe('phuluc check over a folder', () => {
  let dir: string;
  let report: Report;
  let code: number;

  beforeAll(async () => {
    dir = mixedFolder();
    const r = await run(['check', dir, '--format', 'json', '--workers', '2']);
    code = r.code;
    report = ReportSchema.parse(JSON.parse(r.out));
  });

  it('reports every spreadsheet of the folder once; lock files and non-spreadsheets are skipped', () => {
    expect(report.files.map((f) => f.file.replace(dir + '/', '')).sort()).toEqual([
      'bao-cao.xlsx',
      'cu.xls',
      'hong.xlsx',
      'kien-hai.xlsx',
      'mat-khau.xlsx',
      'rach-gia.xlsx',
      'rong.xlsx',
    ]);
  });

  it('gives each broken or foreign file a one-line error of its own kind', () => {
    const error = (name: string) => report.files.find((f) => f.file.endsWith(name))!.error ?? '';
    expect(error('rong.xlsx')).toMatch(/rỗng/);
    expect(error('bao-cao.xlsx')).toMatch(/Không phải tệp Excel/);
    expect(error('cu.xls')).toMatch(/\.xls/);
    expect(error('mat-khau.xlsx')).toMatch(/mật khẩu|mã hoá|mã hóa/i);
    expect(error('hong.xlsx')).toMatch(/hỏng|corrupt/i);
    for (const f of report.files.filter((x) => x.error)) expect(f.error).not.toMatch(/\n/);
  });

  it('gives the same report whether the core runs on this thread, on the workers or without workers', async () => {
    // 2 readers: workers read, this thread checks; 6: each worker checks what it reads; 0: no workers.
    const workersCheck = await run(['check', dir, '--format', 'json', '--workers', '6']);
    const noWorkers = await run(['check', dir, '--format', 'json', '--workers', '0']);
    expect(JSON.parse(workersCheck.out)).toEqual(report);
    expect(JSON.parse(noWorkers.out)).toEqual(report);
  });

  it('checks the good files as the single-file path does', async () => {
    const good = report.files.find((f) => f.file.endsWith('rach-gia.xlsx'))!;
    expect(good.error).toBeUndefined();
    const direct = checkWorkbook(await readWorkbookFile(join(SEEDS, 'rach-gia.xlsx')));
    expect(good.sheets.map((s) => s.kind)).toEqual(direct.layout.sheets.map((s) => s.kind));
    expect(good.findings.length).toBe(direct.findings.length);
  });

  it('exits 0 or 1 (by findings) when some files were readable', () => {
    const errors = report.files.some((f) => f.findings.some((x) => x.severity === 'error'));
    expect(code).toBe(errors ? 1 : 0);
  });

  it('checks a foreign file named explicitly and says it is not Excel', async () => {
    const r = await run(['check', join(dir, 'ghi-chu.txt'), '--format', 'json', '--workers', '0']);
    expect(r.code).toBe(2);
    expect(ReportSchema.parse(JSON.parse(r.out)).files[0].error).toMatch(/Không phải tệp Excel/);
  });

  it('exits 2 when nothing could be read', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'phuluc-bad-'));
    writeFileSync(join(bad, 'a.xlsx'), '');
    writeFileSync(join(bad, 'b.txt'), 'x');
    expect((await run(['check', bad, '--workers', '0'])).code).toBe(2);
  });

  it('prints a closing summary in text mode and nothing but JSON when piped as JSON', async () => {
    const text = await run(['check', dir, '--workers', '0']);
    expect(text.out).toMatch(/Tổng kết: 7 tệp, .*5 tệp không đọc được; bỏ qua 1 tệp không phải bảng tính/);
    const json = await run(['check', join(dir, 'rach-gia.xlsx'), '--format', 'json', '--workers', '0']);
    expect(() => JSON.parse(json.out)).not.toThrow();
    expect(json.err).toBe('');
  });

  it('prints the text report file by file in input order, the same from every pool and as the JSON says', async () => {
    // Text mode renders each file as its report arrives and keeps only a tally: nothing may move or go missing.
    const texts = await Promise.all(['0', '2', '6'].map((w) => run(['check', dir, '--workers', w])));
    for (const t of texts.slice(1)) expect(t.out).toBe(texts[0].out);
    const blocks = texts[0].out.split(/^# /m).slice(1);
    expect(blocks.map((b) => b.split('\n')[0])).toEqual(report.files.map((f) => f.file));
    for (const [i, f] of report.files.entries()) {
      if (f.error) expect(blocks[i]).toContain(`Không đọc được: ${f.error}`);
      else expect(blocks[i]).toContain(`Tổng: ${f.findings.filter((x) => x.severity === 'error').length} lỗi`);
    }
    expect(texts.every((t) => t.code === code)).toBe(true);
  });
});

describe('phuluc report', () => {
  it('writes one workbook with every indicator of the good files and a filterable findings sheet', async () => {
    const dir = mixedFolder();
    const out = join(mkdtempSync(join(tmpdir(), 'phuluc-report-')), 'tong-hop.xlsx');
    const r = await run(['report', dir, '--out', out, '--date', '2026-11-23', '--workers', '2']);
    expect(r.code).not.toBe(2);

    let expectedRows = 0;
    for (const f of ['rach-gia.xlsx', 'kien-hai.xlsx']) {
      const check = checkWorkbook(await readWorkbookFile(join(SEEDS, f)));
      expectedRows += check.layout.sheets.flatMap((s) => s.rows).filter((x) => x.kind === 'indicator' || x.kind === 'component').length;
    }
    expect(expectedRows).toBeGreaterThan(0);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const summary = wb.getWorksheet('Tổng hợp')!;
    const header = summary.getRow(9).values as unknown[];
    expect(header).toEqual(expect.arrayContaining(['STT', 'Chỉ tiêu', 'ĐVT', 'Đánh giá', 'Đơn vị', 'Tệp', 'Lĩnh vực', 'Cơ quan chủ trì', 'Ô nguồn', 'Số lỗi']));
    const fileCol = header.indexOf('Tệp');
    const body: string[] = [];
    // Indicator rows carry a number in STT; the ward and domain heading rows do not.
    summary.eachRow((row, n) => {
      if (n > 9 && typeof row.getCell(1).value === 'number') body.push(String(row.getCell(fileCol).value));
    });
    expect(body.length).toBe(expectedRows);
    expect(new Set(body)).toEqual(new Set(['rach-gia.xlsx', 'kien-hai.xlsx']));
    expect(wb.getWorksheet('Ma trận')).toBeTruthy();

    const findings = wb.getWorksheet('Lỗi')!;
    const fHeader = findings.getRow(9).values as unknown[];
    expect(fHeader).toEqual(expect.arrayContaining(['STT', 'Đơn vị', 'Tệp', 'Trang tính', 'Ô', 'Quy tắc', 'Mức độ', 'Nội dung', 'Mã quy tắc']));
    expect(fHeader).not.toContain('Sheet');
    expect(findings.autoFilter).toBeTruthy();
    const unreadable: string[] = [];
    findings.eachRow((row, n) => {
      if (n > 9 && row.getCell(fHeader.indexOf('Mã quy tắc')).value === 'file-unreadable') {
        expect(row.getCell(fHeader.indexOf('Quy tắc')).value).toBe('Không đọc được tệp');
        unreadable.push(String(row.getCell(fHeader.indexOf('Tệp')).value));
      }
    });
    expect(unreadable.sort()).toEqual(['bao-cao.xlsx', 'cu.xls', 'hong.xlsx', 'mat-khau.xlsx', 'rong.xlsx']);
  });
});
