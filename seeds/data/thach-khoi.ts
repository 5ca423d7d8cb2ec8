/**
 * Seed 001: phường Thạch Khôi (Hải Phòng), appendix "THỰC HIỆN CÁC CHỈ TIÊU
 * CHỦ YẾU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI GIAI ĐOẠN 2026 - 2030".
 *
 * The PDF conversion (../shared/seeds/001_4ef0673978e76eea.txt lines 940-1430)
 * lost the table: cells come one wrapped fragment per line. The table was
 * rebuilt from the fragments' order and spacing (a double space marks an empty
 * cell, e.g. "%  ≥ 15" = unit %, "Đến năm 2030" blank, "Bình quân năm" ≥ 15),
 * checked against the plan's prose (section 2, lines 145-230): yearly targets
 * ("hằng năm", "bình quân") sit in "Bình quân năm", end-of-period ones ("đến năm
 * 2030") in "Đến năm 2030".
 *
 * Reading choices where the fragments allow more than one:
 * - row 7's "Đến năm 2030" cell reads "100 chuẩn mức độ 2" (fragments "% 100",
 *   "chuẩn", "mức độ 2");
 * - rows 9 and 12 have no unit and their "2026 - 2027" / "Hàng năm" go to
 *   "Đến năm 2030" (the double space before them is the blank unit);
 * - the stray "15" between row 14's fragments is a page number, dropped.
 * Kept as printed: "Tổ đân phố" (row 2), the BHXH row without STT or dash.
 */
import { fromSource } from './cells';
import type { PlacedRow, SeedDirection, SeedValue, SignatureBlock } from './types';

export const THACH_KHOI_FILE = 'thach-khoi.xlsx';
/** The office never renamed the sheet. */
export const THACH_KHOI_SHEET = 'Sheet1';

export const THACH_KHOI_TITLES = [
  'PHỤ LỤC',
  'THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI GIAI ĐOẠN 2026 - 2030',
  '(Kèm theo Kế hoạch số      /KH-UBND, ngày    tháng 03 năm 2026 của Ủy ban nhân dân phường Thạch Khôi)',
] as const;

/** A heading line between the titles and the table. */
export const THACH_KHOI_SUBTITLE = 'I. Các chỉ tiêu chủ yếu giai đoạn 2026-2030';

export const THACH_KHOI_HEADER = {
  stt: 'STT',
  name: 'Nội dung',
  unit: 'Đơn vị tính',
  plan: 'Kế hoạch 05 năm 2026 - 2030',
  target2030: 'Đến năm 2030',
  annualAverage: 'Bình quân năm',
  lead: 'Cơ quan chủ trì tham mưu',
  partners: 'Cơ quan phối hợp thực hiện',
} as const;

export interface ThachKhoiRow {
  kind: 'indicator' | 'component';
  stt: string;
  name: string;
  unit: string;
  target2030: SeedValue;
  annualAverage: SeedValue;
  decimals: [number, number];
  lead: string;
  partners: string;
  parentStt?: string;
  direction: SeedDirection;
  italic: boolean;
}

function r(
  stt: string,
  name: string,
  unit: string,
  target2030: string,
  annualAverage: string,
  lead: string,
  partners: string,
  extra: { parentStt?: string; direction?: SeedDirection } = {},
): ThachKhoiRow {
  const a = fromSource(target2030);
  const b = fromSource(annualAverage);
  const component = extra.parentStt !== undefined;
  return {
    kind: component ? 'component' : 'indicator',
    stt,
    name,
    unit,
    target2030: a.value,
    annualAverage: b.value,
    decimals: [a.decimals, b.decimals],
    lead,
    partners,
    parentStt: extra.parentStt,
    direction: extra.direction ?? 'up',
    italic: component,
  };
}

const KT = 'Phòng KTHTĐT';
const VH = 'Phòng VH-XH';
const TDP = 'Tổ dân phố';

export const THACH_KHOI_BODY: ThachKhoiRow[] = [
  r('1', 'Thu ngân sách nhà nước trên địa bàn', '%', '', '≥ 15', KT, TDP),
  r('2', 'Tốc độ tăng trưởng GRDP', '%', '15', '≥ 14', KT, 'Tổ đân phố'),
  r('', '- Công nghiệp – Xây dựng', '%', '', '≥ 15,2', '', '', { parentStt: '2' }),
  r('', '- Dịch vụ', '%', '', '≥ 10,9', '', '', { parentStt: '2' }),
  r('', '- Nông nghiệp, thuỷ sản', '%', '', '2', '', '', { parentStt: '2' }),
  r('3', 'Chi phát triển khoa học công nghệ, đổi mới sáng tạo, chuyển đổi số', '%', '≥ 60 tổng chi ngân sách', '≥ 3', VH, KT),
  r('4', 'Số doanh nghiệp hoạt động trên địa bàn', 'DN', '≥ 490', '45', KT, 'Các phòng, đơn vị thuộc phường; Tổ dân phố'),
  r('', '- Số cơ sở kinh doanh chuyển đổi sang doanh nghiệp', 'Cơ sở kinh doanh', '50 - 100', '10 - 20', '', '', { parentStt: '4' }),
  r('5', 'Tỷ lệ hộ nghèo', '%', '0', '', KT, 'MTTQ và các đoàn thể', { direction: 'down' }),
  r('6', 'Tỷ lệ gia đình văn hoá', '%', '', '≥ 95 gia đình, 100 tổ dân phố', VH, 'MTTQ, các đoàn thể; Tổ dân phố'),
  r('7', 'Tỷ lệ trường đạt chuẩn mức độ 2', '%', '100 chuẩn mức độ 2', '', VH, 'Các Cơ sở giáo dục'),
  r('', '- Trang bị nhà lớp học đa năng', 'Lớp', '≥ 01 lớp/cấp', '', '', '', { parentStt: '7' }),
  r('', '- Trang bị phòng học thông minh', '%', '100/ cơ sở giáo dục, trang bị ít nhất 01 phòng', '', '', '', { parentStt: '7' }),
  r('', '- Tỷ lệ học sinh hoàn thành chương trình học', '%', '100', '', '', '', { parentStt: '7' }),
  r('8', 'Tỷ lệ dân số tham gia bảo hiểm y tế', '%', '≥ 97,45', '', VH, 'Tổ dân phố; cơ quan, đơn vị thuộc phường'),
  r('', 'Tỷ lệ lao động trong độ tuổi tham gia bảo hiểm xã hội', '%', '≥61,03%', '', '', ''),
  r('9', 'Mở rộng diện tích và xây dựng trạm y tế; Hoàn thiện tiêu chí thành lập Trung tâm y tế phường', '', '2026 - 2027', '', VH, 'Phòng KTHTĐT; Trạm Y tế', {
    direction: 'qualitative',
  }),
  r('', '- Tỷ lệ tiêm chủng trẻ em', '%', '100', '', 'Trạm Y tế', '', { parentStt: '9' }),
  r('10', 'Tỷ lệ thu gom chất thải rắn sinh hoạt', '%', '100', '98', KT, TDP),
  r('11', 'Tỷ lệ giải quyết thủ tục hành chính đúng hạn và trước hạn', '%', '≥ 98', '', 'TTPVHCC', 'Các phòng chuyên môn thuộc UBND phường'),
  r('', '- Mức độ hài lòng của người dân, doanh nghiệp', '%', '≥ 95', '', '', '', { parentStt: '11' }),
  r('', '- Tỷ lệ hồ sơ trực tuyến', '%', '100', '100', '', '', { parentStt: '11' }),
  r('12', 'Xây dựng chính quyền thân thiện', '', 'Hàng năm', '', VH, 'Các cơ quan chuyên môn, đơn vị thuộc phường', { direction: 'qualitative' }),
  r('13', 'Chỉ tiêu gọi nhập ngũ', '%', '100', '100', 'BCH Quân sự', 'CAP; Tổ dân phố'),
  r('14', 'Tỷ lệ khám phá tội phạm', '%', '≥ 75; ≥ 90 % với tội phạm rất nghiêm trọng và đặc biệt nghiêm trọng', '', 'CA Phường', 'BCHQS, Tổ dân phố; MTTQ và các đoàn thể'),
  r('', '- Phường không ma tuý', '', 'Không còn tệ nạn ma tuý', '', '', '', { parentStt: '14', direction: 'qualitative' }),
  r('15', 'Đăng ký và triển khai mô hình dân vận khéo', '%', '100', '100% phòng, ban, đơn vị đăng ký mô hình dân vận khéo', 'Các phòng, ban, đơn vị thuộc UBND phường', 'MTTQ và các đoàn thể'),
];

export const THACH_KHOI_GEOMETRY = {
  titleRows: [1, 2, 3],
  subtitleRow: 5,
  header: { firstRow: 6, lastRow: 7 },
  firstBodyRow: 8,
  lastRow: 7 + THACH_KHOI_BODY.length,
  columns: { stt: 1, name: 2, unit: 3, target2030: 4, annualAverage: 5, lead: 6, partners: 7 },
} as const;

export const THACH_KHOI_ROWS: PlacedRow<ThachKhoiRow>[] = THACH_KHOI_BODY.map((data, i) => ({
  row: THACH_KHOI_GEOMETRY.firstBodyRow + i,
  data,
}));

export const THACH_KHOI_SIGNATURE: SignatureBlock = {
  recipients: [
    'UBND thành phố;',
    'Sở Tài chính;',
    'BTV Đảng ủy, TT HĐND phường;',
    'Chủ tịch, các PCT UBND phường;',
    'Các cơ quan chuyên môn;',
    'Trung tâm Phục vụ Hành chính công;',
    'Trung tâm Dịch vụ sự nghiệp công;',
    'Công an phường;',
    'BCH Quân sự;',
    'Lưu: VT, VP (B.Hương).',
  ],
  titleLines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
  name: 'Tăng Văn Quản',
};
