/**
 * The sample workbooks are fixtures for everyone else's tests: they must hold
 * the source figures, look like a ward office's sheet (merged headers, bold
 * sections, italic sub-rows, text-stored numbers), and stay in step with
 * seeds/build.ts.
 */
import ExcelJS from 'exceljs';
import { join } from 'path';
import { SEED_BUILDERS } from '../seeds/build';
import {
  AN_DUONG_FILE,
  AN_DUONG_PL1_GEOMETRY,
  AN_DUONG_PL1_ROWS,
  AN_DUONG_PL2_GEOMETRY,
  AN_DUONG_PL2_ROWS,
  AN_DUONG_SHEETS,
} from '../seeds/data/an-duong';
import {
  TRACKING_EVALUATIONS,
  TRACKING_FILE,
  TRACKING_GEOMETRY,
  TRACKING_ROWS,
  TRACKING_SHEET,
  TRACKING_YEARS,
  type ExpectedVerdict,
} from '../seeds/data/tracking';
import { THACH_KHOI_FILE, THACH_KHOI_GEOMETRY, THACH_KHOI_ROWS, THACH_KHOI_SHEET } from '../seeds/data/thach-khoi';
import { KIEN_HAI_FILE, KIEN_HAI_GEOMETRY, KIEN_HAI_ROWS, KIEN_HAI_SHEET } from '../seeds/data/kien-hai';
import { RACH_GIA_FILE, RACH_GIA_GEOMETRY, RACH_GIA_ROWS, RACH_GIA_SHEET } from '../seeds/data/rach-gia';

const SEEDS = join(__dirname, '..', 'seeds');

type Plain = number | string | boolean | null;

/** Cell content without styles: what a reader of the workbook would see. */
function plain(v: ExcelJS.CellValue): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'formula' in v) return `=${v.formula}`;
  return JSON.stringify(v);
}

interface SheetDump {
  name: string;
  cells: Record<string, Plain>;
  merges: string[];
}

function dump(wb: ExcelJS.Workbook): SheetDump[] {
  return wb.worksheets.map((ws) => {
    const cells: Record<string, Plain> = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        // Merged slaves repeat the master's value in ExcelJS; only masters carry content.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const p = plain(cell.value);
        if (p !== null) cells[cell.address] = p;
      }),
    );
    const merges = [...((ws.model as { merges?: string[] }).merges ?? [])].sort();
    return { name: ws.name, cells, merges };
  });
}

/** Round-trip through the .xlsx writer so both sides are compared as read back. */
async function built(file: string): Promise<ExcelJS.Workbook> {
  const buf = await SEED_BUILDERS[file]().xlsx.writeBuffer();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as ArrayBuffer);
  return wb;
}

async function committed(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(SEEDS, file));
  return wb;
}

describe('seed workbooks match seeds/build.ts', () => {
  it.each(Object.keys(SEED_BUILDERS))('%s: committed cells and merges equal a fresh build', async (file) => {
    expect(dump(await committed(file))).toEqual(dump(await built(file)));
  });

  it.each(Object.keys(SEED_BUILDERS))('%s: two builds give the same content and metadata', async (file) => {
    const a = await built(file);
    const b = await built(file);
    expect(dump(a)).toEqual(dump(b));
    expect(a.creator).toBe(b.creator);
    expect(a.created?.toISOString()).toBe(b.created?.toISOString());
    expect(a.modified?.toISOString()).toBe(b.modified?.toISOString());
  });
});

describe('rach-gia.xlsx (seed 000)', () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    const wb = await committed(RACH_GIA_FILE);
    expect(wb.worksheets.map((w) => w.name)).toEqual([RACH_GIA_SHEET]);
    ws = wb.getWorksheet(RACH_GIA_SHEET)!;
  });

  const rowOf = (name: RegExp): number => {
    const hit = RACH_GIA_ROWS.find((r) => name.test(r.data.name));
    if (!hit) throw new Error(`no row ${name}`);
    return hit.row;
  };
  const val = (row: number, col: number) => ws.getCell(row, col).value;
  const years = (row: number) => [7, 8, 9, 10, 11].map((c) => val(row, c));

  it('holds the GRDP total, its years and the three sectors summing to each year', () => {
    const grdp = rowOf(/^Tổng giá trị sản phẩm/);
    expect(val(grdp, 2)).toBe('Tổng giá trị sản phẩm trên địa bàn (Giá so sánh 2010)');
    expect(val(grdp, 6)).toBe(281427);
    expect(years(grdp)).toEqual([44477, 49689, 55557, 62149, 69555]);
    const sectors = [rowOf(/^Khu vực I \(/), rowOf(/^Khu vực II \(/), rowOf(/^Khu vực III \(/)];
    expect(sectors).toEqual([grdp + 1, grdp + 2, grdp + 3]);
    for (let c = 6; c <= 11; c++) {
      const sum = sectors.reduce((s, r) => s + (val(r, c) as number), 0);
      expect(sum).toBe(val(grdp, c));
    }
    expect(val(sectors[0], 12)).toBe(-2.52);
    expect(ws.getCell(grdp, 6).numFmt).toBe('#,##0');
  });

  it('keeps the budget total as a number and its hand-typed years as text', () => {
    const budget = rowOf(/^Thu ngân sách/);
    expect(val(budget, 6)).toBe(6620.54);
    expect(ws.getCell(budget, 6).numFmt).toBe('#,##0.00');
    expect(years(budget)).toEqual(['1083,25', '1191,57', '1310,73', '1441,80', '1593,19']);
    const sum = (years(budget) as string[]).reduce((s, t) => s + Number(t.replace(',', '.')), 0);
    expect(sum).toBeCloseTo(6620.54, 2);
  });

  it('holds houses 1.766 = 4 × 350 + 366 and jobs 20.000 = 5 × 4.000, and target texts as text', () => {
    const houses = rowOf(/^Số nhà ở xã hội/);
    expect(val(houses, 6)).toBe(1766);
    expect(years(houses)).toEqual([350, 350, 350, 350, 366]);
    const jobs = rowOf(/^Giải quyết việc làm/);
    expect(val(jobs, 6)).toBe(20000);
    expect(years(jobs)).toEqual([4000, 4000, 4000, 4000, 4000]);
    expect(val(rowOf(/^Tỷ lệ trường học/), 6)).toBe('68% trở lên');
    expect(years(rowOf(/^Tỷ lệ hộ nghèo/))).toEqual(Array(5).fill('dưới 1%'));
    expect(val(rowOf(/^Công tác tuyển quân/), 6)).toBe(100);
    expect(ws.getCell(rowOf(/^Công tác tuyển quân/), 6).numFmt).toBe('#,##0.0');
  });

  it('has merged two-row headers, the column-number row and the repeated page-2 header', () => {
    const { header, repeatedHeader, columnNumberRow, repeatedColumnNumberRow } = RACH_GIA_GEOMETRY;
    expect(ws.getCell(header.firstRow, 1).value).toBe('STT');
    expect(ws.getCell(header.lastRow, 1).master.address).toBe(`A${header.firstRow}`);
    expect(ws.getCell(header.firstRow, 7).value).toBe('Chỉ tiêu Kế hoạch 5 năm giai đoạn 2026-2030');
    expect(ws.getCell(header.firstRow, 11).master.address).toBe(`G${header.firstRow}`);
    expect([7, 8, 9, 10, 11].map((c) => ws.getCell(header.lastRow, c).value)).toEqual([2026, 2027, 2028, 2029, 2030]);
    // Years stay General so a vi-VN Excel does not show "2.026".
    expect(ws.getCell(header.lastRow, 7).numFmt ?? 'General').not.toMatch(/#,##0/);
    expect(ws.getCell(columnNumberRow, 1).value).toBe('A');
    expect(ws.getCell(columnNumberRow, 13).value).toBe('10=2/1');
    expect(ws.getCell(repeatedHeader.firstRow, 1).value).toBe('STT');
    expect(ws.getCell(repeatedHeader.firstRow, 12).value).toMatch(/^KH 5 năm/);
    expect(ws.getCell(repeatedHeader.lastRow, 13).value).toMatch(/^Tốc độ tăng bình quân/);
    expect(ws.getCell(header.firstRow, 12).value).toMatch(/^Tốc độ tăng bình quân/);
    expect(ws.getCell(repeatedColumnNumberRow, 13).value).toBe('10=2/1');
  });

  it('formats sections bold and sub-rows italic, and ends with the signature block', () => {
    for (const { row, data } of RACH_GIA_ROWS) {
      if (data.kind === 'section') expect(ws.getCell(row, 2).font?.bold).toBe(true);
      expect(ws.getCell(row, 2).font?.italic === true).toBe(data.italic === true);
    }
    expect(ws.getCell(rowOf(/^Khu vực I \(/), 2).font?.italic).toBe(true);
    const texts: string[] = [];
    ws.eachRow((row, n) => {
      if (n > RACH_GIA_GEOMETRY.lastRow) row.eachCell((c) => texts.push(String(c.value)));
    });
    expect(texts).toEqual(expect.arrayContaining(['Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Bùi Trung Thực']));
  });
});

describe('kien-hai.xlsx (seed 003)', () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    const wb = await committed(KIEN_HAI_FILE);
    ws = wb.getWorksheet(KIEN_HAI_SHEET)!;
  });
  const rowOf = (stt: string, name?: RegExp) => {
    const hit = KIEN_HAI_ROWS.find((r) => r.data.stt === stt && (!name || name.test(r.data.name)));
    if (!hit) throw new Error(`no row ${stt}`);
    return hit.row;
  };
  const yearCells = (row: number) => [5, 6, 7, 8, 9].map((c) => ws.getCell(row, c).value);

  it('starts the table at column B and leaves column A blank', () => {
    ws.eachRow((row) => expect(row.getCell(1).value).toBeNull());
    expect(ws.getCell(KIEN_HAI_GEOMETRY.header.firstRow, 2).value).toBe('STT');
    expect(ws.getCell(KIEN_HAI_GEOMETRY.header.firstRow, 9).value).toBe('2030 (mục tiêu)');
    expect(ws.getCell(KIEN_HAI_GEOMETRY.header.firstRow, 5).value).toBe(2026);
  });

  it('keeps numbers as numbers with their printed decimals and targets as text', () => {
    expect(yearCells(rowOf('1'))).toEqual([19, 19, 19, 19, '≥19%']);
    expect(yearCells(rowOf('1.3'))).toEqual([4.5, 4.5, 4.5, 4.5, '≥4,5%']);
    expect(ws.getCell(rowOf('1.3'), 5).numFmt).toBe('#,##0.0');
    expect(yearCells(rowOf('2'))).toEqual([15, 16, 16, 17, '15-17%']);
    expect(yearCells(rowOf('4'))).toEqual([210, 213, 213, 214, 'Tổng 1.064']);
    expect(yearCells(rowOf('', /giải ngân/))).toEqual(Array(5).fill('≥90'));
    expect(yearCells(rowOf('12'))).toEqual([1500, 1700, 1900, 2100, 2400]);
    expect(ws.getCell(rowOf('12'), 5).numFmt).toBe('#,##0');
    expect(yearCells(rowOf('8'))).toEqual([1, 0.8, 0.5, 0.2, 0]);
    expect(yearCells(rowOf('20'))).toEqual([null, 'Đạt', 'Duy trì', 'Duy trì', 'Duy trì']);
    expect(ws.getCell(rowOf('1'), 2).value).toBe(1);
    expect(ws.getCell(rowOf('1.1'), 2).value).toBe('1.1');
    expect(ws.getCell(rowOf('1.1'), 3).font?.italic).toBe(true);
  });

  it('keeps the real slip: the last row\'s unit cell holds the target sentence', () => {
    const last = rowOf('22');
    expect(last).toBe(KIEN_HAI_GEOMETRY.lastRow);
    expect(ws.getCell(last, 4).value).toBe('Ổn định Không có “điểm nóng”');
    expect(ws.getCell(last, 10).value).toBe('Công an xã');
  });

  it('has blank spacer rows inside the table', () => {
    expect(KIEN_HAI_GEOMETRY.spacerRows.length).toBe(2);
    for (const r of KIEN_HAI_GEOMETRY.spacerRows) for (let c = 1; c <= 10; c++) expect(ws.getCell(r, c).value).toBeNull();
  });
});

describe('an-duong.xlsx (seed 004)', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await committed(AN_DUONG_FILE);
  });

  it('has PL1, PL2 and an unrelated staff list', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([AN_DUONG_SHEETS.indicators, AN_DUONG_SHEETS.tasks, AN_DUONG_SHEETS.staff]);
    const staff = wb.getWorksheet(AN_DUONG_SHEETS.staff)!;
    expect([1, 2, 3, 4].map((c) => staff.getCell(3, c).value)).toEqual(['STT', 'Họ và tên', 'Chức vụ', 'Số điện thoại']);
  });

  it('PL1: merged "Kế hoạch 5 năm" header over "Đến năm 2030" and "Bình quân năm"; sections as full sentences', () => {
    const ws = wb.getWorksheet(AN_DUONG_SHEETS.indicators)!;
    const top = AN_DUONG_PL1_GEOMETRY.header.firstRow;
    expect(ws.getCell(top, 4).value).toBe('Kế hoạch 5 năm 2026 - 2030');
    expect(ws.getCell(top, 5).master.address).toBe(`D${top}`);
    expect(ws.getCell(top + 1, 4).value).toBe('Đến năm 2030');
    expect(ws.getCell(top + 1, 5).value).toBe('Bình quân năm');
    expect(ws.getCell(top + 1, 1).master.address).toBe(`A${top}`);
    const first = AN_DUONG_PL1_GEOMETRY.firstBodyRow;
    expect(ws.getCell(first, 1).value).toBe('I. NHÓM CHỈ TIÊU VỀ KINH TẾ');
    expect(ws.getCell(first, 1).font?.bold).toBe(true);
    expect(ws.getCell(first, 8).master.address).toBe(`A${first}`);
  });

  it('PL1: keeps the STT slip 11, 13, 13, 14 and the target texts', () => {
    const ws = wb.getWorksheet(AN_DUONG_SHEETS.indicators)!;
    const stts = AN_DUONG_PL1_ROWS.filter((r) => r.data.kind === 'indicator' && r.data.stt !== '').map((r) => ws.getCell(r.row, 1).value);
    expect(stts).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 13, 14, 15]);
    const byName = (re: RegExp) => AN_DUONG_PL1_ROWS.find((r) => re.test(r.data.name))!.row;
    expect(ws.getCell(byName(/^Tổng giá trị sản phẩm/), 5).value).toBe('14 - 15');
    expect(ws.getCell(byName(/^Thu ngân sách/), 5).value).toBe(10);
    expect(ws.getCell(byName(/^Tỷ lệ giải ngân/), 4).value).toBe('Tối thiểu 99,5');
    expect(ws.getCell(byName(/^Hộ nghèo/), 5).value).toBe('Giảm hàng năm');
    expect(ws.getCell(byName(/^Tỷ lệ người dân tham gia bảo hiểm/), 5).value).toBe('Trên 97,5');
    expect(ws.getCell(byName(/mức độ 2$/), 5).value).toBe(76);
    expect(ws.getCell(byName(/^Phường đạt chuẩn/), 5).value).toBe('Đạt');
    const sub = byName(/^\+ Án rất nghiêm trọng/);
    expect(ws.getCell(sub, 4).value).toBe('95% trở lên');
    expect(ws.getCell(sub, 2).font?.italic).toBe(true);
  });

  it('PL2: task table with merged "Phân công thực hiện" and no figures', () => {
    const ws = wb.getWorksheet(AN_DUONG_SHEETS.tasks)!;
    const top = AN_DUONG_PL2_GEOMETRY.header.firstRow;
    expect(ws.getCell(top, 4).value).toBe('Phân công thực hiện');
    expect(ws.getCell(top, 5).master.address).toBe(`D${top}`);
    expect([4, 5].map((c) => ws.getCell(top + 1, c).value)).toEqual(['Cơ quan chủ trì', 'Cơ quan phối hợp']);
    const tasks = AN_DUONG_PL2_ROWS.filter((r) => r.data.kind === 'task');
    expect(tasks.map((r) => ws.getCell(r.row, 1).value)).toEqual(Array.from({ length: 43 }, (_, i) => i + 1));
    for (const r of tasks) expect(ws.getCell(r.row, 3).value).toBe('2026 - 2030');
    expect(AN_DUONG_PL2_ROWS.filter((r) => r.data.kind === 'section').map((r) => ws.getCell(r.row, 1).value)).toEqual([
      'I. LĨNH VỰC KINH TẾ, NGÂN SÁCH VÀ ĐẦU TƯ CÔNG',
      'II. LĨNH VỰC QUY HOẠCH, ĐÔ THỊ, TÀI NGUYÊN VÀ MÔI TRƯỜNG',
      'III. LĨNH VỰC VĂN HÓA, GIÁO DỤC, Y TẾ VÀ AN SINH XÃ HỘI',
      'IV. LĨNH VỰC CHUYÊN ĐỀ SỐ, CẢI CÁCH HÀNH CHÍNH',
      'V. LĨNH VỰC QUỐC PHÒNG - AN NINH',
      'VI. CÔNG TÁC TUYÊN TRUYỀN VÀ VẬN ĐỘNG NHÂN DÂN',
    ]);
  });
});

describe('thach-khoi.xlsx (seed 001, rebuilt from one-cell-per-line text)', () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    const wb = await committed(THACH_KHOI_FILE);
    expect(wb.worksheets.map((w) => w.name)).toEqual([THACH_KHOI_SHEET]);
    ws = wb.getWorksheet(THACH_KHOI_SHEET)!;
  });
  const row = (name: RegExp) => THACH_KHOI_ROWS.find((r) => name.test(r.data.name))!.row;
  const dE = (r: number) => [ws.getCell(r, 4).value, ws.getCell(r, 5).value];

  it('has the merged "Kế hoạch 05 năm" header over "Đến năm 2030" and "Bình quân năm"', () => {
    const top = THACH_KHOI_GEOMETRY.header.firstRow;
    expect(ws.getCell(top, 4).value).toBe('Kế hoạch 05 năm 2026 - 2030');
    expect(ws.getCell(top, 5).master.address).toBe(`D${top}`);
    expect([ws.getCell(top + 1, 4).value, ws.getCell(top + 1, 5).value]).toEqual(['Đến năm 2030', 'Bình quân năm']);
    expect(ws.getCell(THACH_KHOI_GEOMETRY.subtitleRow, 1).value).toBe('I. Các chỉ tiêu chủ yếu giai đoạn 2026-2030');
  });

  it('holds the reconstructed cells', () => {
    expect(THACH_KHOI_ROWS.filter((r) => r.data.stt !== '').map((r) => ws.getCell(r.row, 1).value)).toEqual(
      Array.from({ length: 15 }, (_, i) => i + 1),
    );
    expect(dE(row(/^Thu ngân sách/))).toEqual([null, '≥ 15']);
    expect(dE(row(/^Tốc độ tăng trưởng GRDP/))).toEqual([15, '≥ 14']);
    expect(dE(row(/Nông nghiệp, thuỷ sản/))).toEqual([null, 2]);
    expect(dE(row(/^Số doanh nghiệp/))).toEqual(['≥ 490', 45]);
    expect(dE(row(/Số cơ sở kinh doanh/))).toEqual(['50 - 100', '10 - 20']);
    expect(dE(row(/^Tỷ lệ hộ nghèo/))).toEqual([0, null]);
    expect(dE(row(/^Tỷ lệ dân số tham gia bảo hiểm y tế/))).toEqual(['≥ 97,45', null]);
    expect(dE(row(/bảo hiểm xã hội/))).toEqual(['≥61,03%', null]);
    expect(dE(row(/^Mở rộng diện tích/))).toEqual(['2026 - 2027', null]);
    expect(dE(row(/^Tỷ lệ thu gom/))).toEqual([100, 98]);
    expect(dE(row(/Phường không ma tuý/))).toEqual(['Không còn tệ nạn ma tuý', null]);
    expect(ws.getCell(row(/phòng học thông minh/), 4).value).toMatch(/^100\/ cơ sở giáo dục/);
    expect(ws.getCell(row(/^- Dịch vụ/), 2).font?.italic).toBe(true);
  });
});

/**
 * A deliberately small reading of the plan forms used in the tracking sheet,
 * independent of src/core, to catch slips in the hand-written expected verdicts.
 */
function referenceVerdict(plan: unknown, actual: unknown, direction: string): ExpectedVerdict {
  if (actual === null || actual === undefined || actual === '') return 'no-data';
  const num = (v: unknown): number | null => {
    if (typeof v === 'number') return v;
    const m = /^\s*(\d+(?:,\d+)?)\s*%?\s*$/.exec(String(v));
    return m ? Number(m[1].replace(',', '.')) : null;
  };
  const cmp = (a: number, x: number, up: boolean): ExpectedVerdict => (a === x ? 'met' : (a > x) === up ? 'exceeded' : 'missed');
  if (typeof plan === 'number') return cmp(num(actual)!, plan, direction !== 'down');
  const text = String(plan);
  const atLeast = /^≥\s*(\d+(?:,\d+)?)%?$/.exec(text);
  if (atLeast) return cmp(num(actual)!, Number(atLeast[1].replace(',', '.')), true);
  const range = /^(\d+)\s*-\s*(\d+)%?$/.exec(text);
  if (range) {
    const a = num(actual)!;
    return a < Number(range[1]) ? 'missed' : a > Number(range[2]) ? 'exceeded' : 'met';
  }
  if (text === 'Đạt') return actual === 'Đạt' ? 'met' : 'missed';
  return 'unknown';
}

describe('theo-doi-2026-2027.xlsx (tracking, KH/TH pairs)', () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    const wb = await committed(TRACKING_FILE);
    ws = wb.getWorksheet(TRACKING_SHEET)!;
  });
  const C = TRACKING_GEOMETRY.columns;
  const byName = (re: RegExp) => TRACKING_ROWS.find((r) => re.test(r.data.name))!;
  const cells = (row: number) => TRACKING_YEARS.flatMap((y) => [ws.getCell(row, C.plan[y]).value, ws.getCell(row, C.actual[y]).value]);

  it('has a merged year header over KH and TH for 2026 and 2027', () => {
    const top = TRACKING_GEOMETRY.header.firstRow;
    expect(ws.getCell(top, 4).value).toBe('Năm 2026');
    expect(ws.getCell(top, 5).master.address).toBe(`D${top}`);
    expect(ws.getCell(top, 6).value).toBe('Năm 2027');
    expect(ws.getCell(top, 7).master.address).toBe(`F${top}`);
    expect([4, 5, 6, 7].map((c) => ws.getCell(top + 1, c).value)).toEqual(['KH', 'TH', 'KH', 'TH']);
    expect(ws.getCell(top + 1, 1).master.address).toBe(`A${top}`);
  });

  it('holds the cases the verdict test needs', () => {
    const poor = byName(/hộ nghèo/);
    expect(cells(poor.row)).toEqual([1, 1.2, 0.8, 0.7]);
    expect(poor.data.verdict).toEqual({ 2026: 'missed', 2027: 'exceeded' });
    expect(cells(byName(/^Thu ngân sách/).row)).toEqual(['15-17%', 16.2, '15-17%', 18.5]);
    const disb = byName(/giải ngân/);
    expect(cells(disb.row)).toEqual(['≥90', 88, '≥90', 92.5]);
    expect(disb.data.verdict[2026]).toBe('missed');
    const equal = byName(/trên 1 ha/);
    expect(ws.getCell(equal.row, C.actual[2026]).value).toBe(ws.getCell(equal.row, C.plan[2026]).value);
    expect(equal.data.verdict[2026]).toBe('met');
    expect(cells(byName(/Chính quyền thân thiện/).row)).toEqual(['Đạt', 'Chưa đạt', 'Đạt', 'Đạt']);
    expect(ws.getCell(byName(/nhập ngũ/).row, C.plan[2026]).value).toBe('Theo kế hoạch của huyện');
    expect(ws.getCell(byName(/BHYT/).row, C.actual[2026]).value).toBe('96,5');
    const blanks2027 = TRACKING_ROWS.filter((r) => ws.getCell(r.row, C.actual[2027]).value === null);
    expect(blanks2027.length).toBeGreaterThanOrEqual(5);
    for (const r of blanks2027) expect(r.data.verdict[2027]).toBe('no-data');
    const all = new Set(TRACKING_EVALUATIONS.map((e) => e.verdict));
    expect([...all].sort()).toEqual(['exceeded', 'met', 'missed', 'no-data', 'unknown']);
  });

  it('expected verdicts agree with an independent reading of the sheet', () => {
    for (const e of TRACKING_EVALUATIONS) {
      const { data } = TRACKING_ROWS.find((r) => r.row === e.row)!;
      const plan = ws.getCell(e.planCell).value;
      const actual = ws.getCell(e.actualCell).value;
      expect({ cell: e.actualCell, verdict: referenceVerdict(plan, actual, data.direction) }).toEqual({ cell: e.actualCell, verdict: e.verdict });
    }
    expect(TRACKING_EVALUATIONS).toHaveLength(TRACKING_ROWS.length * 2);
  });
});
