/**
 * What printing gives: the demo output, the summary of every sample and the
 * city's report over the samples, printed to PDF by LibreOffice (one run for
 * all seven) and checked from the PDF itself: A4 landscape pages, every text
 * run at 10 pt or more (the sizes of the PDF's own text operators), the
 * national motto on the first page and the signature block on the last, the
 * table header repeated on every page with no column cut off and no internal
 * column printed, and no text printed over other text or through a border.
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { spawnSync } from 'child_process';
import { checkWorkbook, planActions } from '../src/core/pipeline';
import { HEAD, NATIONAL_MOTTO, NATIONAL_NAME, PREPARER } from '../src/core/print/document';
import { MIN_PRINTED_SIZE } from '../src/core/print/page';
import { readWorkbookFile } from '../src/cli/xlsx/read';
import { applyPlanToFile } from '../src/cli/xlsx/write';
import { summarizeFile } from '../src/cli/check-file';
import { writeReportWorkbook } from '../src/cli/report-workbook';
import { convertToPdf } from './helpers/libreoffice';
import { overlappingWords, PdfPage, readPdf, wordsCrossingBorders } from './helpers/pdf';

const SEEDS = join(__dirname, '..', 'seeds');
const SAMPLES = ['rach-gia', 'kien-hai', 'an-duong', 'thach-khoi', 'theo-doi-2026-2027'];
const DATE = '2026-11-23';
const dir = mkdtempSync(join(tmpdir(), 'phuluc-print-'));

interface Doc {
  name: string;
  /** The footer that marks the pages of each printed sheet, and what that sheet's header row holds. */
  sheets: Array<{ footer: string; header: string[]; internal: string[]; rows: number }>;
}

const SUMMARY_SHEET = (rows: number) => ({ footer: 'Bảng tổng hợp - Trang', header: ['STT', 'Lĩnh vực', 'Chỉ tiêu', 'ĐVT', 'Đánh giá'], internal: ['Số lỗi'], rows });

const docs: Doc[] = [];
const pdfs = new Map<string, PdfPage[]>();

function indicatorRows(check: ReturnType<typeof checkWorkbook>): number {
  return check.layout.sheets.flatMap((s) => s.rows).filter((r) => r.kind === 'indicator' || r.kind === 'component' || r.kind === 'task').length;
}

beforeAll(async () => {
  // LibreOffice measures column widths in the Normal font's digits: without Carlito (Calibri's metric twin) they come out wider than in Excel.
  expect(spawnSync('fc-match', ['Calibri'], { encoding: 'utf8' }).stdout).toMatch(/Carlito/);
  const files: string[] = [];
  const demoIn = join(SEEDS, 'theo-doi-2026-2027.xlsx');
  const demo = await readWorkbookFile(demoIn);
  const demoCheck = checkWorkbook(demo);
  await applyPlanToFile(demoIn, planActions(demo, demoCheck, { fill: true, highlight: true, summary: true, date: DATE }), join(dir, 'demo.xlsx'));
  files.push(join(dir, 'demo.xlsx'));
  docs.push({ name: 'demo', sheets: [SUMMARY_SHEET(indicatorRows(demoCheck))] });
  for (const s of SAMPLES) {
    const input = join(SEEDS, `${s}.xlsx`);
    const wb = await readWorkbookFile(input);
    const check = checkWorkbook(wb);
    await applyPlanToFile(input, planActions(wb, check, { summary: true, date: DATE }), join(dir, `tong-hop-${s}.xlsx`));
    files.push(join(dir, `tong-hop-${s}.xlsx`));
    docs.push({ name: `tong-hop-${s}`, sheets: [SUMMARY_SHEET(indicatorRows(check))] });
  }
  const summaries = await Promise.all(SAMPLES.map((s) => summarizeFile(join(SEEDS, `${s}.xlsx`))));
  const stats = await writeReportWorkbook(summaries, join(dir, 'bao-cao.xlsx'), DATE);
  const findings = summaries.reduce((n, s) => n + s.findings.length, 0);
  files.push(join(dir, 'bao-cao.xlsx'));
  docs.push({
    name: 'bao-cao',
    sheets: [
      { footer: 'Tổng hợp chỉ tiêu các đơn vị - Trang', header: ['STT', 'Chỉ tiêu', 'ĐVT', 'Đánh giá'], internal: ['Ô nguồn', 'Số lỗi'], rows: stats.indicators },
      { footer: 'Ma trận đánh giá theo đơn vị - Trang', header: ['STT', 'Chỉ tiêu', 'ĐVT', 'Phường', 'Xã'], internal: [], rows: stats.indicators },
      { footer: 'Danh sách lỗi và cảnh báo - Trang', header: ['STT', 'Đơn vị', 'Tệp', 'Trang tính', 'Quy tắc', 'Mức độ', 'Nội dung'], internal: ['Mã quy tắc'], rows: findings },
    ],
  });
  const out = await convertToPdf(files, dir);
  out.forEach((pdf, i) => pdfs.set(docs[i].name, readPdf(pdf)));
}, 600_000);

describe.each(['demo', ...SAMPLES.map((s) => `tong-hop-${s}`), 'bao-cao'])('%s printed by LibreOffice', (name) => {
  const sheetsOf = () => {
    const doc = docs.find((d) => d.name === name)!;
    const pages = pdfs.get(name)!;
    return doc.sheets.map((s) => ({ ...s, pages: pages.filter((p) => p.text.includes(s.footer)) }));
  };

  it('prints each sheet on A4 landscape pages, as many as its rows need', () => {
    for (const s of sheetsOf()) {
      expect(s.pages.length).toBeGreaterThan(0);
      // Rows of one or a few lines, 10-25 per page, plus the document header, the counts and the signature block.
      expect(s.pages.length).toBeLessThanOrEqual(Math.ceil(s.rows / 8) + 3);
      for (const p of s.pages) {
        expect([Math.round(p.width), Math.round(p.height)]).toEqual([842, 595]);
      }
    }
  });

  it('prints no text below 10 pt', () => {
    for (const s of sheetsOf()) {
      const sizes = s.pages.flatMap((p) => p.fontSizes);
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_PRINTED_SIZE);
    }
  });

  it('opens with the issuing body and the national motto and ends with the signature block', () => {
    for (const s of sheetsOf()) {
      const first = s.pages[0].text;
      const last = s.pages[s.pages.length - 1].text;
      expect(first).toContain(NATIONAL_NAME);
      expect(first).toContain(NATIONAL_MOTTO);
      expect(first).toContain('ỦY BAN NHÂN DÂN');
      expect(first).toMatch(/ngày 23 tháng 11 năm 2026/);
      expect(last).toContain(PREPARER.title);
      expect(last).toContain(HEAD.title);
    }
  });

  it('repeats the whole table header on every page and prints no internal column', () => {
    for (const s of sheetsOf()) {
      for (const p of s.pages) {
        const words = new Set(p.words.map((w) => w.text));
        for (const h of s.header) for (const word of h.split(' ')) expect({ page: p.number, word, found: words.has(word) }).toEqual({ page: p.number, word, found: true });
        for (const h of s.internal) expect(p.text).not.toContain(h);
      }
    }
  });

  it('prints no text over other text and none through a border (no spilled or cut-off cell text)', () => {
    for (const s of sheetsOf()) {
      for (const p of s.pages) {
        expect({ page: p.number, overlaps: overlappingWords(p.words).map(([a, b]) => `${a.text} / ${b.text}`) }).toEqual({ page: p.number, overlaps: [] });
        expect({ page: p.number, crossing: wordsCrossingBorders(p).map((w) => w.text) }).toEqual({ page: p.number, crossing: [] });
      }
    }
  });
});
