/**
 * Renders what printing gives into docs/images/ for the README: runs the CLI
 * as a user would (the demo, the summary of every sample, the city's report),
 * prints each workbook to PDF with LibreOffice and saves the first page of
 * each printed sheet of ours as PNG.
 *
 *   npm run render-docs
 *
 * Needs soffice (LibreOffice), pdftotext/pdftoppm (poppler-utils) and the
 * Carlito font (fonts-crosextra-carlito): LibreOffice measures column widths
 * in the Normal font's digits, and without Calibri's metric twin the columns
 * come out wider than in Excel, so the page would shrink.
 * Node-only on purpose: it calls the CLI, never imports it.
 */
import { execFileSync, spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';

const ROOT = join(__dirname, '..');
const IMAGES = join(ROOT, 'docs', 'images');
const DATE = '2026-11-23';
const SAMPLES = ['rach-gia', 'kien-hai', 'an-duong', 'thach-khoi', 'theo-doi-2026-2027'];
/** The footer each printed sheet of ours carries, and the image name of its first page. */
const SUMMARY_PAGES = [{ footer: 'Bảng tổng hợp - Trang', suffix: '' }];
const REPORT_PAGES = [
  { footer: 'Tổng hợp chỉ tiêu các đơn vị - Trang', suffix: '-chi-tieu' },
  { footer: 'Ma trận đánh giá theo đơn vị - Trang', suffix: '-ma-tran' },
  { footer: 'Danh sách lỗi và cảnh báo - Trang', suffix: '-loi' },
];

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The CLI as a user runs it; exit 1 only says the files have findings. */
function phuluc(...args: string[]): void {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'phuluc.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`phuluc ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
}

function main(): void {
  if (!/Carlito/.test(run('fc-match', ['Calibri']))) {
    process.stderr.write('render-docs: Carlito is not installed (apt-get install fonts-crosextra-carlito): LibreOffice would print the pages smaller than Excel does.\n');
    process.exitCode = 1;
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'phuluc-render-'));
  try {
    const docs: Array<{ name: string; xlsx: string; pages: typeof SUMMARY_PAGES }> = [];
    const demo = join(work, 'demo.xlsx');
    phuluc('apply', 'seeds/theo-doi-2026-2027.xlsx', '--all', '--out', demo, '--date', DATE);
    docs.push({ name: 'in-demo', xlsx: demo, pages: SUMMARY_PAGES });
    // The tracking sample's summary is the demo's: it is not drawn twice.
    for (const s of SAMPLES.filter((x) => x !== 'theo-doi-2026-2027')) {
      const out = join(work, `tong-hop-${s}.xlsx`);
      phuluc('apply', `seeds/${s}.xlsx`, '--summary', '--out', out, '--date', DATE);
      docs.push({ name: `in-tong-hop-${s}`, xlsx: out, pages: SUMMARY_PAGES });
    }
    const report = join(work, 'bao-cao.xlsx');
    phuluc('report', ...SAMPLES.map((s) => `seeds/${s}.xlsx`), '--out', report, '--date', DATE, '--no-progress');
    docs.push({ name: 'in-bao-cao', xlsx: report, pages: REPORT_PAGES });

    const profile = join(work, 'profile');
    mkdirSync(join(profile, 'user'), { recursive: true });
    // Recalculate on load, so the formulas print their values.
    writeFileSync(
      join(profile, 'user', 'registrymodifications.xcu'),
      '<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>',
    );
    run('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, ...docs.map((d) => d.xlsx)]);

    mkdirSync(IMAGES, { recursive: true });
    for (const d of docs) {
      const pdf = d.xlsx.replace(/\.xlsx$/, '.pdf');
      const pageCount = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1] ?? 0);
      const texts = Array.from({ length: pageCount }, (_, i) => run('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-']));
      for (const p of d.pages) {
        const first = texts.findIndex((t) => t.includes(p.footer)) + 1;
        if (!first) throw new Error(`${pdf}: no page with "${p.footer}"`);
        const png = join(IMAGES, `${d.name}${p.suffix}`);
        run('pdftoppm', ['-png', '-r', '60', '-singlefile', '-f', String(first), '-l', String(first), pdf, png]);
        process.stdout.write(`${png}.png (page ${first} of ${pageCount})\n`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
