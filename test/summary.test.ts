/**
 * The "Tổng hợp" sheet written into each sample workbook, read back and
 * recalculated by LibreOffice: the standard header, one row per recognised
 * indicator, figures that follow their sources, text that stays text, and
 * regeneration that replaces only the add-in's own sheet.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseA1 } from '../src/core/a1';
import { checkWorkbook } from '../src/core/pipeline';
import { planSummary, summaryColumns, buildSummaryModel, SUMMARY_HEADER_ROW, SUMMARY_MARKER, SUMMARY_TITLE } from '../src/core/summary';
import { SheetView } from '../src/core/sheet-view';
import type { SheetSnapshot, WorkbookSnapshot } from '../src/core/snapshot';
import { readWorkbookFile } from '../src/cli/xlsx/read';
import { applyPlanToFile, writeSnapshotToFile } from '../src/cli/xlsx/write';
import { recalculate } from './helpers/libreoffice';
import { parseViNumber } from '../src/core/numbers';

const SEEDS = join(__dirname, '..', 'seeds');
const DATE = '2026-11-23';
const tmp = mkdtempSync(join(tmpdir(), 'phuluc-summary-'));

async function summarise(input: string, output: string): Promise<{ before: WorkbookSnapshot; after: WorkbookSnapshot }> {
  const before = await readWorkbookFile(input);
  const check = checkWorkbook(before);
  await applyPlanToFile(input, planSummary(before, check.layout, { findings: check.findings, evaluations: check.evaluations, date: DATE }), output);
  return { before, after: await recalculate(output) };
}

function summarySheet(wb: WorkbookSnapshot): SheetSnapshot {
  const s = wb.sheets.filter((x) => x.addinMarker === SUMMARY_MARKER);
  expect(s).toHaveLength(1);
  return s[0];
}

function indicatorCount(wb: WorkbookSnapshot): number {
  return checkWorkbook(wb).layout.sheets.flatMap((s) => s.rows).filter((r) => r.kind === 'indicator' || r.kind === 'component').length;
}

describe.each(['rach-gia', 'kien-hai', 'an-duong', 'thach-khoi', 'theo-doi-2026-2027'])('summary of %s.xlsx', (name) => {
  let before: WorkbookSnapshot;
  let after: WorkbookSnapshot;
  let sheet: SheetView;

  beforeAll(async () => {
    ({ before, after } = await summarise(join(SEEDS, `${name}.xlsx`), join(tmp, `${name}.xlsx`)));
    sheet = new SheetView(summarySheet(after));
  });

  it('is a sheet named "Tổng hợp", marked as the add-in\'s, with the header of an administrative document', () => {
    expect(sheet.name).toBe('Tổng hợp');
    expect(sheet.text(1, 1)).toBe('ỦY BAN NHÂN DÂN');
    // The issuing body comes from the source's title rows ("... của UBND xã Kiến Hải").
    expect(sheet.text(2, 1)).toMatch(/^(PHƯỜNG|XÃ) [A-ZÀ-Ỹ ]+$/u);
    const row = (r: number) => Array.from({ length: sheet.lastCol }, (_, i) => sheet.text(r, i + 1)).filter((t) => t);
    expect(row(1)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(row(2)).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(row(3).join('')).toMatch(/, ngày 23 tháng 11 năm 2026$/);
    expect(sheet.text(5, 1)).toBe(SUMMARY_TITLE);
    expect(sheet.text(6, 1)).toMatch(/^\(.+\)$/);
    expect(sheet.text(7, 1)).toMatch(/^Nguồn số liệu: .+\. Ngày lập: 23\/11\/2026$/);
  });

  it('has the standard header and one row per recognised indicator and component', () => {
    const check = checkWorkbook(before);
    const model = buildSummaryModel(before, check.layout, check.findings, check.evaluations);
    const cols = summaryColumns(model, undefined).map((c) => c.header.replace(/Tỷ lệ hoàn thành.*/, 'Tỷ lệ hoàn thành'));
    const header = Array.from({ length: cols.length }, (_, i) => sheet.text(SUMMARY_HEADER_ROW, i + 1).replace(/Tỷ lệ hoàn thành.*/, 'Tỷ lệ hoàn thành'));
    expect(header).toEqual(cols);
    expect(header.slice(0, 7)).toEqual(['STT', 'Lĩnh vực', 'Chỉ tiêu', 'ĐVT', 'Chiều', 'Mục tiêu 2030 / 5 năm', 'Bình quân năm']);
    expect(header.slice(-4)).toEqual(['Đánh giá', 'Cơ quan chủ trì', 'Nguồn', 'Số lỗi']);
    const n = indicatorCount(before);
    expect(n).toBeGreaterThan(0);
    for (let i = 1; i <= n; i++) expect(sheet.value(SUMMARY_HEADER_ROW + i, 1)).toBe(i);
    expect(sheet.value(SUMMARY_HEADER_ROW + n + 1, 1)).not.toBe(n + 1);
  });

  it('links every figure to its source cell, and LibreOffice recalculates them to the source figures', () => {
    const sources = new Map(before.sheets.map((s) => [s.name, new SheetView(s)]));
    let checked = 0;
    let converted = 0;
    for (let r = SUMMARY_HEADER_ROW + 1; r <= sheet.lastRow; r++) {
      for (let c = 6; c <= sheet.lastCol; c++) {
        const f = sheet.formula(r, c);
        const m = f && /^=IF\((?:ISNUMBER\()?(.+?)!\$?([A-Z]+\$?\d+)[=)]/.exec(f);
        if (!m) continue;
        const src = sources.get(m[1].replace(/^'|'$/g, '').replace(/''/g, "'"))!;
        const at = parseA1(m[2]);
        const expected = src.value(at.row, at.col);
        // A number the source holds as text ("1083,25") is shown as that number; the source keeps its text.
        const typedNumber = typeof expected === 'string' && /^[-−]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(expected.trim()) ? parseViNumber(expected)!.value : undefined;
        if (typeof expected === 'number') expect(sheet.value(r, c)).toBeCloseTo(expected, 9);
        else if (typedNumber !== undefined) {
          expect(sheet.value(r, c)).toBeCloseTo(typedNumber, 9);
          converted++;
        } else if (typeof expected === 'string' && expected.trim()) expect(sheet.value(r, c)).toBe(expected);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
    // rach-gia types its budget figures as text ("1083,25"): they come out as numbers.
    if (name === 'rach-gia') expect(converted).toBeGreaterThan(0);
  });

  it('links "Nguồn" to the source cell', () => {
    const col = Array.from({ length: sheet.lastCol }, (_, i) => sheet.text(SUMMARY_HEADER_ROW, i + 1)).indexOf('Nguồn') + 1;
    expect(sheet.formula(SUMMARY_HEADER_ROW + 1, col)).toMatch(/^=HYPERLINK\("#'?.+'?!B?[A-Z]+\d+",".+"\)$/);
  });

  it('has the counts, the legend and the signature block below the table', () => {
    const texts: string[] = [];
    for (let r = 1; r <= sheet.lastRow; r++) for (let c = 1; c <= sheet.lastCol; c++) texts.push(sheet.text(r, c));
    expect(texts).toEqual(
      expect.arrayContaining(['NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG ĐƠN VỊ', 'Thống kê theo đánh giá', 'Thống kê theo lĩnh vực (số chỉ tiêu)', 'Thống kê theo cơ quan chủ trì (số chỉ tiêu)', 'Không đạt']),
    );
  });

  it('is print-ready: A4 landscape, one page wide, header repeated, page numbers; a table with a frozen header', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(tmp, `${name}.xlsx`));
    const ws = wb.getWorksheet('Tổng hợp')!;
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    // The internal columns (source link, finding count) are the last two, outside the print area.
    const header = ws.getRow(SUMMARY_HEADER_ROW).values as unknown[];
    const lastPrinted = header.indexOf('Cơ quan chủ trì');
    expect(header.slice(lastPrinted + 1)).toEqual(['Nguồn', 'Số lỗi']);
    expect(ws.pageSetup.printArea?.replace(/\$/g, '')).toMatch(new RegExp(`^A1:${String.fromCharCode(64 + lastPrinted)}\\d+$`));
    expect(ws.getCell(SUMMARY_HEADER_ROW + 1, 3).font?.name).toBe('Times New Roman');
    expect(ws.getRow(SUMMARY_HEADER_ROW).height).toBeGreaterThan(15);
    expect(ws.pageSetup.printTitlesRow?.replace(/\$/g, "")).toBe(`${SUMMARY_HEADER_ROW}:${SUMMARY_HEADER_ROW}`);
    expect(ws.headerFooter.oddFooter).toMatch(/&P/);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: SUMMARY_HEADER_ROW });
    expect(Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables)).toHaveLength(1);
  });
});

describe('text copied from cells stays text', () => {
  it('keeps a name that starts with "=" or "+" as text, never a formula', async () => {
    const wb = await readWorkbookFile(join(SEEDS, 'kien-hai.xlsx'));
    const check = checkWorkbook(wb);
    const sl = check.layout.sheets[0];
    const nameCol = sl.columns.find((c) => c.role === 'name')!.col;
    const rows = sl.rows.filter((r) => r.kind === 'indicator');
    const s = wb.sheets[0];
    const set = (row: number, v: string) => (s.values[row - s.origin.row][nameCol - s.origin.col] = v);
    set(rows[0].row, '=1+1 chỉ tiêu lạ');
    set(rows[1].row, '+84 thuê bao');
    const input = join(tmp, 'formula-like.xlsx');
    await writeSnapshotToFile(wb, input);
    const { after } = await summarise(input, join(tmp, 'formula-like-out.xlsx'));
    const view = new SheetView(summarySheet(after));
    const names: string[] = [];
    for (let r = SUMMARY_HEADER_ROW + 1; r <= SUMMARY_HEADER_ROW + indicatorCount(wb); r++) {
      names.push(view.text(r, 3));
      expect(view.formula(r, 3)).toBeNull();
    }
    expect(names).toEqual(expect.arrayContaining(['=1+1 chỉ tiêu lạ', '+84 thuê bao']));
  });
});

describe('regeneration', () => {
  it('replaces only the add-in\'s own sheet, in place', async () => {
    const first = join(tmp, 'regen-1.xlsx');
    const second = join(tmp, 'regen-2.xlsx');
    await summarise(join(SEEDS, 'rach-gia.xlsx'), first);
    const { before, after } = await summarise(first, second);
    expect(before.sheets.map((s) => s.name)).toEqual(['Phụ lục', 'Tổng hợp']);
    expect(after.sheets.map((s) => s.name)).toEqual(['Phụ lục', 'Tổng hợp']);
    expect(summarySheet(after).values.length).toBe(summarySheet(before).values.length);
  });

  it('never touches a user\'s sheet that happens to be called "Tổng hợp"', async () => {
    const wb = await readWorkbookFile(join(SEEDS, 'rach-gia.xlsx'));
    const own: SheetSnapshot = { ...wb.sheets[0], name: 'Tổng hợp', values: [['Sổ tay của tôi', 42]], formulas: undefined, numberFormats: undefined, styles: [], merges: [], conditionalFormats: [] };
    wb.sheets.push(own);
    const input = join(tmp, 'user-tong-hop.xlsx');
    await writeSnapshotToFile(wb, input);
    const { after } = await summarise(input, join(tmp, 'user-tong-hop-out.xlsx'));
    expect(after.sheets.map((s) => s.name)).toEqual(['Phụ lục', 'Tổng hợp', 'Tổng hợp (2)']);
    expect(after.sheets[1].values).toEqual([['Sổ tay của tôi', 42]]);
    expect(summarySheet(after).name).toBe('Tổng hợp (2)');
  });
});

describe('a workbook with two indicator phụ lục, a task phụ lục and unrelated sheets', () => {
  it('summarises both indicator sources and the tasks in one sheet', async () => {
    const a = await readWorkbookFile(join(SEEDS, 'rach-gia.xlsx'));
    const b = await readWorkbookFile(join(SEEDS, 'kien-hai.xlsx'));
    const c = await readWorkbookFile(join(SEEDS, 'an-duong.xlsx'));
    const wb: WorkbookSnapshot = {
      sheets: [
        { ...a.sheets[0], name: 'PL1 Rạch Giá' },
        { ...b.sheets[0], name: "PL2 Kiến Hải's" },
        ...c.sheets.filter((s) => s.name !== 'PL1').map((s) => (s.name === 'PL2' ? { ...s, name: 'PL3 nhiệm vụ' } : s)),
      ],
    };
    const input = join(tmp, 'multi.xlsx');
    await writeSnapshotToFile(wb, input);
    const { before, after } = await summarise(input, join(tmp, 'multi-out.xlsx'));
    const view = new SheetView(summarySheet(after));
    expect(view.text(7, 1)).toBe("Nguồn số liệu: PL1 Rạch Giá; PL2 Kiến Hải's; PL3 nhiệm vụ. Ngày lập: 23/11/2026");
    const n = indicatorCount(before);
    expect(n).toBe(indicatorCount(a) + indicatorCount(b));
    const sources = new Set<string>();
    for (let r = SUMMARY_HEADER_ROW + 1; r <= SUMMARY_HEADER_ROW + n; r++) {
      const f = view.formula(r, view.lastCol - 1) ?? '';
      sources.add(/HYPERLINK\("#('?)(.*?)\1!/.exec(f)?.[2].replace(/''/g, "'") ?? '');
    }
    expect(sources).toEqual(new Set(['PL1 Rạch Giá', "PL2 Kiến Hải's"]));
    const texts: string[] = [];
    for (let r = 1; r <= view.lastRow; r++) texts.push(view.text(r, 1));
    expect(texts).toContain('CÁC NHIỆM VỤ TRỌNG TÂM');
  });
});
