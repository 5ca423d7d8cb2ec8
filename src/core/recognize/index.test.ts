/**
 * Layouts beyond the sample workbooks, built in code: three header rows, a
 * unit note above the header, "(1) (2) (3)" column numbers, numbering typed in
 * the name column, a base year, sections without numerals, the end of the
 * table before notes and signatures.
 */
import { columnLetter } from '../a1';
import type { SheetLayout } from '../layout';
import { CellValue, Merge, sheetFromRows } from '../snapshot';
import { recognizeSheet } from './index';

function cols(l: SheetLayout): string[] {
  return l.columns.map((c) => [columnLetter(c.col), c.role, ...(c.year ? [c.year] : []), ...(c.series ? [c.series] : [])].join(' '));
}

function rows(l: SheetLayout): (string | number | null)[][] {
  return l.rows.map((r) => [r.row, r.kind, r.stt, r.parent ?? null, r.direction ?? null]);
}

describe('recognizeSheet on layouts built in code', () => {
  it('three header rows: a 5-year block over years over KH/TH, with a base year and a unit note above', () => {
    const values: CellValue[][] = [
      ['BIỂU SỐ 01', null, null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, 'ĐVT: Tỷ đồng', null],
      ['TT', 'Nội dung chỉ tiêu', 'ĐVT', 'Ước TH 2025', 'Kế hoạch giai đoạn 2026-2030', null, null, null, 'Ghi chú'],
      [null, null, null, null, 'Năm 2026', null, 'Năm 2027', null, null],
      [null, null, null, null, 'KH', 'TH', 'KH', 'TH', null],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)'],
      ['A', 'CHỈ TIÊU KINH TẾ', null, null, null, null, null, null, null],
      ['1', 'Tổng thu ngân sách', 'Tỷ đồng', 980, 1083.25, 1101, 1191.57, null, null],
      ['a', 'Thu thuế', 'Tỷ đồng', 700, 790, 800, 860, null, null],
      ['b', 'Thu phí, lệ phí', 'Tỷ đồng', 280, 293.25, 301, 331.57, null, null],
      ['B', 'CHỈ TIÊU XÃ HỘI', null, null, null, null, null, null, null],
      ['2', 'Tỷ lệ thất nghiệp', '%', 3.1, 3, 2.9, 2.9, null, null],
      [null, null, null, null, null, null, null, null, null],
      ['Ghi chú: số liệu năm 2025 là ước thực hiện.', null, null, null, null, null, null, null, null],
    ];
    const merges: Merge[] = [
      { top: 3, left: 1, bottom: 5, right: 1 },
      { top: 3, left: 2, bottom: 5, right: 2 },
      { top: 3, left: 3, bottom: 5, right: 3 },
      { top: 3, left: 4, bottom: 5, right: 4 },
      { top: 3, left: 5, bottom: 3, right: 8 },
      { top: 4, left: 5, bottom: 4, right: 6 },
      { top: 4, left: 7, bottom: 4, right: 8 },
      { top: 3, left: 9, bottom: 5, right: 9 },
    ];
    const l = recognizeSheet(sheetFromRows('Biểu 01', values, { merges }));
    expect(l.kind).toBe('indicators');
    expect(l.header).toEqual({ firstRow: 3, lastRow: 5 });
    expect(l.columnNumberRow).toBe(6);
    expect(cols(l)).toEqual([
      'A stt',
      'B name',
      'C unit',
      'D year 2025 actual',
      'E year 2026 plan',
      'F year 2026 actual',
      'G year 2027 plan',
      'H year 2027 actual',
      'I notes',
    ]);
    expect(rows(l)).toEqual([
      [7, 'section', 'A', null, null],
      [8, 'indicator', '1', null, 'up'],
      [9, 'component', 'a', 8, 'up'],
      [10, 'component', 'b', 8, 'up'],
      [11, 'section', 'B', null, null],
      [12, 'indicator', '2', null, 'down'],
    ]);
    expect(l.lastRow).toBe(12);
  });

  it('no STT column: numbering typed in the name cell', () => {
    const values: CellValue[][] = [
      ['Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch 5 năm', 'Đến năm 2030'],
      ['I. KINH TẾ', null, null, null],
      ['1. Tốc độ tăng trưởng kinh tế', '%', null, '≥ 10'],
      ['1.1. Công nghiệp - xây dựng', '%', null, '≥ 12'],
      ['2. Tỷ lệ hộ nghèo', '%', null, 'Dưới 1'],
    ];
    const l = recognizeSheet(sheetFromRows('Sheet1', values));
    expect(cols(l)).toEqual(['A name', 'B unit', 'C planTotal', 'D target2030']);
    expect(l.rows.map((r) => [r.row, r.kind, r.stt, r.name, r.parent ?? null, r.direction ?? null])).toEqual([
      [2, 'section', 'I', 'KINH TẾ', null, null],
      [3, 'indicator', '1', 'Tốc độ tăng trưởng kinh tế', null, 'up'],
      [4, 'component', '1.1', 'Công nghiệp - xây dựng', 3, 'up'],
      [5, 'indicator', '2', 'Tỷ lệ hộ nghèo', null, 'down'],
    ]);
  });

  it('an STT column without header text is found from its numbers', () => {
    const values: CellValue[][] = [
      [null, 'Chỉ tiêu', 'Đơn vị tính', 2026, 2027],
      ['I', 'KINH TẾ', null, null, null],
      [1, 'Tổng giá trị sản phẩm', 'Tỷ đồng', 44477, 49689],
      [null, 'Khu vực I', 'Tỷ đồng', 3898, 3780],
      [2, 'Thu nhập bình quân đầu người', 'Triệu đồng', 127, 130],
    ];
    const l = recognizeSheet(sheetFromRows('PL', values));
    expect(cols(l)).toEqual(['A stt', 'B name', 'C unit', 'D year 2026 plan', 'E year 2027 plan']);
    expect(rows(l)).toEqual([
      [2, 'section', 'I', null, null],
      [3, 'indicator', '1', null, 'up'],
      [4, 'component', '', 3, 'up'],
      [5, 'indicator', '2', null, 'up'],
    ]);
  });

  it('no STT anywhere: every plain row is an indicator, bullets and italics are sub-rows', () => {
    const values: CellValue[][] = [
      ['Chỉ tiêu', 'Đơn vị tính', 'Đến năm 2030'],
      ['Tổng giá trị sản phẩm', 'Tỷ đồng', 69555],
      ['- Khu vực dịch vụ', 'Tỷ đồng', 40227],
      ['Thu nhập bình quân đầu người', 'Triệu đồng', 143.33],
      ['Tỷ lệ hộ nghèo', '%', 'Dưới 1%'],
    ];
    const l = recognizeSheet(sheetFromRows('Sheet1', values));
    expect(rows(l)).toEqual([
      [2, 'indicator', '', null, 'up'],
      [3, 'component', '', 2, 'up'],
      [4, 'indicator', '', null, 'up'],
      [5, 'indicator', '', null, 'down'],
    ]);
  });

  it('a growth row checked by its arithmetic when the names do not tell', () => {
    const values: CellValue[][] = [
      ['STT', 'Chỉ tiêu', 'ĐVT', 2026, 2027, 2028],
      [1, 'Giá trị sản xuất', 'Tỷ đồng', null, null, null],
      [null, 'Nông nghiệp', 'Tỷ đồng', 100, 110, 121],
      [null, 'Dịch vụ', 'Tỷ đồng', 200, 210, 220.5],
      [null, 'Tốc độ tăng (%)', '%', null, 10, 10],
    ];
    const l = recognizeSheet(sheetFromRows('PL', values));
    expect(rows(l)).toEqual([
      [2, 'indicator', '1', null, 'up'],
      [3, 'component', '', 2, 'up'],
      [4, 'component', '', 2, 'up'],
      // 110/100 and 121/110 are +10 %; 210/200 is +5 %: the growth of "Nông nghiệp", not of the row just above.
      [5, 'growth', '', 3, 'up'],
    ]);
  });

  it('the table ends at the signature block, at the date line, or at the next appendix', () => {
    const header: CellValue[] = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 2026];
    const body: CellValue[][] = [
      [1, 'Thu nhập bình quân', 'Triệu đồng', 127],
      [2, 'Tỷ lệ lao động qua đào tạo', '%', 75],
    ];
    for (const tail of [
      [null, null, 'TM. ỦY BAN NHÂN DÂN', null],
      [null, 'Nơi nhận:', null, 'KT. CHỦ TỊCH'],
      [null, null, 'Kiến Hải, ngày 15 tháng 3 năm 2026', null],
      ['PHỤ LỤC II', null, null, null],
      [null, null, null, 'CHỦ TỊCH'],
    ] as CellValue[][]) {
      const l = recognizeSheet(sheetFromRows('PL', [header, ...body, [null, null, null, null], tail, [3, 'Không thuộc bảng', '%', 1]]));
      expect([l.lastRow, l.rows.map((r) => r.row)]).toEqual([3, [2, 3]]);
    }
  });

  it('a task table named "Nội dung công việc" with agencies and deadlines', () => {
    const values: CellValue[][] = [
      ['STT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
      ['I', 'CÔNG TÁC QUY HOẠCH', null, null, null],
      [1, 'Rà soát quy hoạch sử dụng đất', 'Phòng Kinh tế', 'Các tổ dân phố', 'Quý II/2026'],
      [2, 'Lập kế hoạch đầu tư công trung hạn', 'Phòng Kinh tế', 'Ban QLDA', 'Năm 2026'],
    ];
    const l = recognizeSheet(sheetFromRows('Nhiệm vụ', values));
    expect(l.kind).toBe('tasks');
    expect(cols(l)).toEqual(['A stt', 'B name', 'C lead', 'D partners', 'E deadline']);
    expect(rows(l)).toEqual([
      [2, 'section', 'I', null, null],
      [3, 'task', '1', null, null],
      [4, 'task', '2', null, null],
    ]);
  });

  it('a leader cell that reads "Chủ tịch UBND phường" is data, not a signature', () => {
    const values: CellValue[][] = [
      ['STT', 'Nhiệm vụ', 'Thời gian', 'Cơ quan chủ trì', 'Lãnh đạo chỉ đạo'],
      [1, 'Quản lý thu - chi ngân sách', '2026 - 2030', 'Phòng Kinh tế', 'Chủ tịch UBND phường'],
      [2, 'Chống thất thu ngân sách', '2026 - 2030', 'Phòng Kinh tế', 'Chủ tịch UBND phường'],
    ];
    const l = recognizeSheet(sheetFromRows('PL2', values));
    expect(l.kind).toBe('tasks');
    expect(cols(l)).toEqual(['A stt', 'B name', 'C deadline', 'D lead', 'E leader']);
    expect(rows(l)).toEqual([
      [2, 'task', '1', null, null],
      [3, 'task', '2', null, null],
    ]);
  });

  it('italic rows with no STT and a "Trong đó" row', () => {
    const values: CellValue[][] = [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2026'],
      [1, 'Giải quyết việc làm', 'Người', 4000],
      [null, 'Tỷ lệ lao động qua đào tạo', '%', 75],
      [null, 'Trong đó: có bằng cấp, chứng chỉ', '%', 44],
      [null, 'Lao động nữ', 'Người', 1800],
    ];
    const l = recognizeSheet(sheetFromRows('PL', values, { styles: [{ row: 5, col: 2, italic: true }] }));
    expect(rows(l)).toEqual([
      [2, 'indicator', '1', null, 'up'],
      [3, 'component', '', 2, 'up'],
      [4, 'component', '', 3, 'up'],
      [5, 'component', '', 2, 'up'],
    ]);
    expect(l.rows[3].italic).toBe(true);
    expect(cols(l)).toEqual(['A stt', 'B name', 'C unit', 'D year 2026 plan']);
  });

  it('a bold heading without numeral is a section, "Tổng cộng" is nobody\'s component, TH/KH ratios have no role', () => {
    const values: CellValue[][] = [
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'KH 2026', 'TH 2026', 'Tỷ lệ TH/KH (%)'],
      [null, 'Chỉ tiêu kinh tế', null, null, null, null],
      [1, 'Vốn đầu tư công', 'Tỷ đồng', 210, 200, 95.2],
      [2, 'Vốn ngoài ngân sách', 'Tỷ đồng', 300, 310, 103.3],
      [null, 'Tổng cộng', 'Tỷ đồng', 510, 510, 100],
    ];
    const l = recognizeSheet(sheetFromRows('PL', values, { styles: [{ row: 2, col: 2, bold: true }] }));
    expect(cols(l)).toEqual(['A stt', 'B name', 'C unit', 'D year 2026 plan', 'E year 2026 actual']);
    expect(rows(l)).toEqual([
      [2, 'section', '', null, null],
      [3, 'indicator', '1', null, 'up'],
      [4, 'indicator', '2', null, 'up'],
      [5, 'indicator', '', null, 'up'],
    ]);
    expect(l.reasons.join(' ')).toMatch(/Chưa rõ vai trò của cột: Tỷ lệ TH\/KH/);
  });

  it('the tracking block the add-in adds (Thực hiện / TH 2026, Tỷ lệ hoàn thành / Năm 2026) reads as actuals and no-role ratios', () => {
    const values: CellValue[][] = [
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', null, 'Thực hiện', null, 'Tỷ lệ hoàn thành (%)', null],
      [null, null, null, 2026, 2027, 'TH 2026', 'TH 2027', 'Năm 2026', 'Năm 2027'],
      [1, 'Thu nhập bình quân', 'Triệu đồng', 127, 130, 128, null, 1.008, null],
    ];
    const merges: Merge[] = [
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 2, right: 2 },
      { top: 1, left: 3, bottom: 2, right: 3 },
      { top: 1, left: 4, bottom: 1, right: 5 },
      { top: 1, left: 6, bottom: 1, right: 7 },
      { top: 1, left: 8, bottom: 1, right: 9 },
    ];
    const l = recognizeSheet(sheetFromRows('PL', values, { merges }));
    expect(cols(l)).toEqual([
      'A stt',
      'B name',
      'C unit',
      'D year 2026 plan',
      'E year 2027 plan',
      'F year 2026 actual',
      'G year 2027 actual',
    ]);
    // Known for what they are (ratios the add-in computes): no role, and no doubt about the sheet.
    expect(l.reasons.join(' ')).not.toMatch(/Chưa rõ vai trò/);
    expect(l.confidence).toBeGreaterThanOrEqual(0.85);
  });

  it('confidence is in [0,1] and the reasons are Vietnamese sentences', () => {
    const l = recognizeSheet(
      sheetFromRows('PL1', [
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 2026, 2027],
        [1, 'Thu nhập bình quân', 'Triệu đồng', 127, 130],
      ]),
    );
    expect(l.confidence).toBeGreaterThan(0.5);
    expect(l.confidence).toBeLessThanOrEqual(1);
    expect(l.reasons.join('\n')).toMatch(/Dòng tiêu đề: hàng 1/);
    expect(l.reasons.join('\n')).toMatch(/2 cột năm 2026–2027 \(kế hoạch\) ở D–E/);
  });
});
