/**
 * Sheets that are not phụ lục must come out "none", whatever their name says:
 * a staff list, a meeting schedule, numbers only, an empty sheet, a huge sheet
 * of random text, a chart's data, a budget estimate.
 */
import { recognizeSheet, recognizeWorkbook } from '../src/core/recognize';
import { CellValue, sheetFromRows } from '../src/core/snapshot';

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Everyday words, header words among them: random text may say "chỉ tiêu" or "đơn vị tính" anywhere.
const WORDS = (
  'chỉ tiêu đơn vị tính kế hoạch thực hiện năm 2026 2030 tỷ lệ phường xã ủy ban nhân dân phòng kinh tế văn hóa xã hội ' +
  'nội dung nhiệm vụ cơ quan chủ trì phối hợp thời gian kết quả sản phẩm ghi chú bình quân tốc độ tăng trưởng so với ' +
  'người dân hộ nghèo lao động việc làm trường học trạm y tế nước sạch môi trường an ninh quốc phòng tuyển quân ' +
  'triển khai báo cáo tổng hợp đánh giá kiểm tra giám sát tuyên truyền vận động họp bàn thống nhất đề xuất'
).split(' ');

function randomText(rows: number, cols: number, seed: number): CellValue[][] {
  const next = rng(seed);
  const out: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c < cols; c++) {
      const n = 1 + Math.floor(next() * 12);
      const words: string[] = [];
      for (let k = 0; k < n; k++) words.push(WORDS[Math.floor(next() * WORDS.length)]);
      row.push(words.join(' '));
    }
    out.push(row);
  }
  return out;
}

describe('sheets that are not phụ lục', () => {
  it('a staff list (STT | Họ và tên | Chức vụ | Số điện thoại), even when named PL3', () => {
    const rows: CellValue[][] = [
      ['DANH SÁCH CÁN BỘ, CÔNG CHỨC PHƯỜNG', null, null, null],
      [null, null, null, null],
      ['STT', 'Họ và tên', 'Chức vụ', 'Số điện thoại'],
      [1, 'Nguyễn Văn An', 'Chủ tịch UBND', '0912 345 678'],
      [2, 'Trần Thị Bình', 'Phó Chủ tịch UBND', '0987 654 321'],
      [3, 'Lê Văn Cường', 'Trưởng phòng Kinh tế', '0905 111 222'],
      [4, 'Phạm Thị Dung', 'Công chức Văn phòng', '0913 222 333'],
    ];
    const l = recognizeSheet(sheetFromRows('PL3', rows));
    expect(l.kind).toBe('none');
    expect(l.rows).toEqual([]);
    expect(l.reasons.length).toBeGreaterThan(0);
  });

  it('a staff list with a unit column ("Đơn vị công tác") is still not a phụ lục', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', 'Đơn vị', 'Chức vụ', 'Ghi chú'],
      [1, 'Nguyễn Văn An', 'Phòng Kinh tế', 'Trưởng phòng', null],
      [2, 'Trần Thị Bình', 'Văn phòng', 'Chuyên viên', null],
    ];
    expect(recognizeSheet(sheetFromRows('Cán bộ', rows)).kind).toBe('none');
  });

  it('a meeting schedule (Thứ/Ngày | Thời gian | Nội dung | Địa điểm | Chủ trì | Thành phần)', () => {
    const rows: CellValue[][] = [
      ['LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO UBND PHƯỜNG', null, null, null, null, null],
      ['(Từ ngày 02/3/2026 đến ngày 06/3/2026)', null, null, null, null, null],
      [null, null, null, null, null, null],
      ['Thứ/Ngày', 'Thời gian', 'Nội dung', 'Địa điểm', 'Chủ trì', 'Thành phần'],
      ['Thứ Hai 02/3', '7h30', 'Chào cờ đầu tuần', 'Hội trường UBND', 'Chủ tịch UBND', 'Toàn thể cán bộ'],
      [null, '14h00', 'Họp giao ban tuần', 'Phòng họp số 1', 'Chủ tịch UBND', 'Lãnh đạo các phòng'],
      ['Thứ Ba 03/3', '8h00', 'Kiểm tra công tác thu ngân sách', 'Phòng Kinh tế', 'Phó Chủ tịch', 'Phòng Kinh tế, Thuế cơ sở'],
      ['Thứ Tư 04/3', '8h00', 'Tiếp công dân định kỳ', 'Trụ sở tiếp dân', 'Chủ tịch UBND', 'Thanh tra, Tư pháp'],
    ];
    expect(recognizeSheet(sheetFromRows('Phụ lục lịch', rows)).kind).toBe('none');
  });

  it('a schedule without a place column (STT | Nội dung | Thời gian | Chủ trì | Thành phần tham dự)', () => {
    const rows: CellValue[][] = [
      ['STT', 'Nội dung', 'Thời gian', 'Chủ trì', 'Thành phần tham dự'],
      [1, 'Họp giao ban', '8h00 Thứ Hai', 'Chủ tịch', 'Lãnh đạo các phòng'],
      [2, 'Tiếp công dân', '14h00 Thứ Năm', 'Phó Chủ tịch', 'Thanh tra'],
    ];
    expect(recognizeSheet(sheetFromRows('Lịch', rows)).kind).toBe('none');
  });

  it('a schedule with nothing but Nội dung | Thời gian | Chủ trì, its times giving it away', () => {
    const rows: CellValue[][] = [
      ['STT', 'Nội dung', 'Thời gian', 'Chủ trì'],
      [1, 'Họp giao ban', '8h00 Thứ Hai', 'Chủ tịch'],
      [2, 'Tiếp công dân', '14h00 Thứ Năm', 'Phó Chủ tịch'],
      [3, 'Kiểm tra thu ngân sách', 'Sáng thứ Sáu', 'Phó Chủ tịch'],
    ];
    const l = recognizeSheet(sheetFromRows('Lịch', rows));
    expect(l.kind).toBe('none');
    expect(l.reasons[0]).toMatch(/lịch công tác/);
  });

  it('a sheet of numbers only', () => {
    const next = rng(7);
    const rows: CellValue[][] = [];
    for (let r = 0; r < 200; r++) rows.push(Array.from({ length: 12 }, (_, c) => (r === 0 ? 2020 + c : Math.round(next() * 100000) / 100)));
    expect(recognizeSheet(sheetFromRows('PL1', rows)).kind).toBe('none');
  });

  it('an empty sheet, even named "PL3"', () => {
    const l = recognizeSheet(sheetFromRows('PL3', []));
    expect(l).toMatchObject({ kind: 'none', header: null, columns: [], rows: [] });
    expect(l.confidence).toBeGreaterThan(0.9);
    expect(
      recognizeSheet(
        sheetFromRows('Sheet1', [
          [null, null],
          [null, '  '],
        ]),
      ).kind,
    ).toBe('none');
  });

  it('a huge sheet of random text (5,000 rows)', () => {
    const sheet = sheetFromRows('Sheet1', randomText(5000, 10, 42));
    const l = recognizeSheet(sheet);
    expect(l.kind).toBe('none');
  });

  it.each([1, 2, 3, 4, 5])('random text of header words (seed %i)', (seed) => {
    expect(recognizeSheet(sheetFromRows('Sheet1', randomText(60, 8, seed))).kind).toBe('none');
  });

  it("a chart's data (Chỉ tiêu | 2026 | 2027 | ... and nothing else)", () => {
    const rows: CellValue[][] = [
      ['Chỉ tiêu', 2026, 2027, 2028, 2029, 2030],
      ['GRDP', 44477, 49689, 55557, 62149, 69555],
      ['Thu ngân sách', 1083.25, 1191.57, 1310.73, 1441.8, 1593.19],
    ];
    expect(recognizeSheet(sheetFromRows('Dữ liệu biểu đồ', rows)).kind).toBe('none');
  });

  it('a budget estimate (Nội dung | Dự toán 2026 | Ước thực hiện 2025 | So sánh)', () => {
    const rows: CellValue[][] = [
      ['STT', 'Nội dung', 'Dự toán năm 2026', 'Ước thực hiện năm 2025', 'So sánh (%)'],
      ['A', 'TỔNG THU NGÂN SÁCH', 125000, 118000, 105.9],
      ['I', 'Thu nội địa', 98000, 92000, 106.5],
      [1, 'Thuế công thương nghiệp', 45000, 43000, 104.7],
    ];
    expect(recognizeSheet(sheetFromRows('Dự toán', rows)).kind).toBe('none');
  });

  it('sheets the add-in made itself are never phụ lục', () => {
    const rows: CellValue[][] = [
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 2026],
      [1, 'GRDP', 'Tỷ đồng', 44477],
    ];
    const l = recognizeSheet({ ...sheetFromRows('Tổng hợp', rows), addinMarker: 'summary' });
    expect(l.kind).toBe('none');
  });

  it('a workbook of negatives and one real table keeps them apart', () => {
    const table: CellValue[][] = [
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 2026, 2027],
      [1, 'Thu nhập bình quân đầu người', 'Triệu đồng', 127, 130],
    ];
    const l = recognizeWorkbook({
      sheets: [sheetFromRows('Sheet1', table), sheetFromRows('PL3', []), sheetFromRows('Sheet3', randomText(30, 5, 9))],
    });
    expect(l.sheets.map((s) => [s.name, s.kind])).toEqual([
      ['Sheet1', 'indicators'],
      ['PL3', 'none'],
      ['Sheet3', 'none'],
    ]);
  });
});
