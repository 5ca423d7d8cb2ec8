/**
 * Seed 003: xã Kiến Hải (Hải Phòng), "BẢNG TỔNG HỢP CÁC CHỈ TIÊU KINH TẾ - XÃ
 * HỘI CHỦ YẾU", transcribed from ../shared/seeds/003_a518db296c098624.txt
 * lines 288-332. Cells are written as printed and converted by fromSource.
 *
 * Real slip kept: the last row (22) has its target sentence "Ổn định Không có
 * “điểm nóng”" in the unit column as well as in every year.
 * The two blank lines inside the source table (after rows 5 and 15) are kept as
 * blank spacer rows.
 */
import { fromSource } from './cells';
import type { PlacedRow, SeedDirection, SeedValue, SignatureBlock } from './types';

export const KIEN_HAI_FILE = 'kien-hai.xlsx';
export const KIEN_HAI_SHEET = 'Chỉ tiêu chủ yếu';

export const KIEN_HAI_TITLES = [
  'BẢNG TỔNG HỢP',
  'CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU',
  '(Kèm theo Kế hoạch số: /KH-UBND ngày tháng 5 năm 2026 của UBND xã Kiến Hải)',
] as const;

/** One header row; the years 2026..2029 are numbers, the last year is text. */
export const KIEN_HAI_HEADER: SeedValue[] = [
  'STT',
  'Chỉ tiêu chủ yếu',
  'Đơn vị tính',
  2026,
  2027,
  2028,
  2029,
  '2030 (mục tiêu)',
  'Phân công đơn vị tham mưu, thực hiện',
];

export type KienHaiRowKind = 'indicator' | 'component';

export interface KienHaiRow {
  kind: KienHaiRowKind;
  stt: string;
  name: string;
  unit: string;
  /** 2026, 2027, 2028, 2029, 2030 (mục tiêu). */
  years: SeedValue[];
  /** Decimals as printed, per year cell. */
  decimals: number[];
  assigned: string;
  parentStt?: string;
  direction: SeedDirection;
  /** The numbered sub-rows 1.1..1.3 are set in italics; the source carries no formatting, this is the office's habit. */
  italic: boolean;
}

function r(
  stt: string,
  name: string,
  unit: string,
  years: [string, string, string, string, string],
  assigned: string,
  extra: { kind?: KienHaiRowKind; parentStt?: string; direction?: SeedDirection } = {},
): KienHaiRow {
  const cells = years.map(fromSource);
  return {
    kind: extra.kind ?? 'indicator',
    stt,
    name,
    unit,
    years: cells.map((c) => c.value),
    decimals: cells.map((c) => c.decimals),
    assigned,
    parentStt: extra.parentStt,
    direction: extra.direction ?? 'up',
    italic: extra.kind === 'component',
  };
}

const KT = 'Phòng Kinh tế';
const VH = 'Phòng VH-XH';
const HCC = 'Trung tâm Phục vụ HCC';
const sub = (parentStt: string) => ({ kind: 'component' as const, parentStt });
const ON_DINH = 'Ổn định Không có “điểm nóng”';

/** Table body top to bottom; 'spacer' is a blank row inside the table. */
export const KIEN_HAI_BODY: (KienHaiRow | 'spacer')[] = [
  r('1', 'Tổng giá trị sản phẩm trên địa bàn tăng bình quân', '%', ['19', '19', '19', '19', '≥19%'], KT),
  r('1.1', 'Công nghiệp – xây dựng', '%', ['18', '18', '18', '18', '≥18%'], KT, sub('1')),
  r('1.2', 'Thương mại – dịch vụ – logistics – du lịch', '%', ['24', '24', '24', '24', '≥24%'], KT, sub('1')),
  r('1.3', 'Nông – lâm – thủy sản', '%', ['4,5', '4,5', '4,5', '4,5', '≥4,5%'], KT, sub('1')),
  r('2', 'Thu ngân sách Nhà nước trên địa bàn tăng bình quân', '%', ['15', '16', '16', '17', '15-17%'], KT),
  r('3', 'Giá trị sản phẩm trên 1 ha đất trồng trọt, nuôi trồng thủy sản', 'Triệu đồng/ha', ['180', '200', '220', '235', '250'], KT),
  r('4', 'Vốn đầu tư ngân sách xã (cả giai đoạn)', 'Tỷ đồng', ['210', '213', '213', '214', 'Tổng 1.064'], 'Phòng Kinh tế, Ban QLDA'),
  r('', 'Tỷ lệ giải ngân vốn đầu tư công', '%', ['≥90', '≥90', '≥90', '≥90', '≥90'], 'Phòng Kinh tế, Ban QLDA'),
  r('5', 'Số DN trên địa bàn (tăng so với hiện nay)', 'Lần', ['1,2', '1,4', '1,6', '1,8', '2,0'], KT),
  r('', 'Cơ sở SXKD chuyển đổi thành DN mỗi năm', 'Cơ sở', ['20', '20', '20', '20', '20'], KT),
  'spacer',
  r('6', 'DN có hoạt động đổi mới sáng tạo', '%', ['20', '30', '40', '45', '50'], KT),
  r('7', 'Thu nhập bình quân đầu người', 'Triệu đồng/người/năm', ['85', '105', '130', '155', '170-200'], KT),
  r('8', 'Tỷ lệ hộ nghèo (chuẩn đa chiều)', '%', ['1,0', '0,8', '0,5', '0,2', '0'], KT, { direction: 'down' }),
  r('9', 'Gia đình văn hóa đạt', '%', ['97', '97', '98', '98', '≥98'], VH),
  r('', 'Thôn văn hóa đạt', '%', ['90', '90', '90', '90', '≥90'], VH),
  r('10', 'Trường học đạt chuẩn Quốc gia mức độ 1', '%', ['100', '100', '100', '100', '100'], VH),
  r('', 'Trường đạt chuẩn mức độ 2 và kiểm định cấp độ 3', '%', ['40', '50', '60', '70', '≥80'], VH),
  r('', 'Trường có nhà đa năng', '%', ['60', '75', '85', '95', '100'], VH),
  r('', 'Cơ sở GD có phòng học thông minh', '%', ['50', '70', '85', '95', '100'], VH),
  r('11', 'Người dân tham gia BHYT', '%', ['96', '97', '97,5', '98', '>98'], VH),
  r('', 'Lao động tham gia BHXH', '%', ['55', '58', '60', '63', '66'], VH),
  r('12', 'Việc làm được giới thiệu, giải quyết', 'Lượt/năm', ['1.500', '1.700', '1.900', '2.100', '2.400'], VH),
  r('13', 'Lao động qua đào tạo có chứng chỉ, bằng cấp', '%', ['60', '63', '66', '68', '≥70'], VH),
  r('14', 'Hộ dân sử dụng nước sạch', '%', ['100', '100', '100', '100', '100'], 'Phòng Kinh tế, phòng VH - XH'),
  r('15', 'Chất thải rắn được thu gom, xử lý đúng quy định', '%', ['95', '97', '98', '99', '100'], KT),
  r('', 'Hộ dân phân loại rác tại nguồn', '%', ['80', '85', '90', '95', '100'], KT),
  'spacer',
  r('16', 'Trạm y tế đạt chuẩn Quốc gia', '%', ['100', '100', '100', '100', 'Duy trì'], VH),
  r('17', 'Hoàn thành xây dựng chính quyền số cấp xã', '%', ['50', '70', '85', '95', '100'], VH),
  r('', 'Tổ chuyển đổi số cộng đồng tại các thôn', '%', ['60', '80', '90', '95', '100'], VH),
  r('18', 'Cơ quan sử dụng văn bản điện tử', '%', ['90', '95', '100', '100', '100'], 'Văn phòng HĐND và UBND và các phòng, đơn vị chuyên môn'),
  r('', 'Dịch vụ công mức độ 3, 4 cung cấp đầy đủ', '%', ['70', '80', '85', '90', '>90'], HCC),
  r('19', 'Tỷ lệ giải quyết TTHC đúng hạn', '%', ['98', '99', '100', '100', '100'], HCC),
  r('', 'Hồ sơ trực tuyến', '%', ['70', '75', '80', '83', '85'], HCC),
  r('20', 'Xã đạt chuẩn “Chính quyền thân thiện”', '', ['', 'Đạt', 'Duy trì', 'Duy trì', 'Duy trì'], VH, { direction: 'qualitative' }),
  r('21', 'Tuyển chọn, gọi công dân nhập ngũ, nghĩa vụ CA', '100% kế hoạch', ['100', '100', '100', '100', '100'], 'Ban CHQS xã'),
  r('22', 'Giữ vững an ninh chính trị, trật tự an toàn xã hội', ON_DINH, [ON_DINH, ON_DINH, ON_DINH, ON_DINH, ON_DINH], 'Công an xã', {
    direction: 'qualitative',
  }),
];

/** Geometry: the table starts at column B (column A is blank). */
export const KIEN_HAI_GEOMETRY = {
  titleRows: [1, 2, 3],
  header: { firstRow: 5, lastRow: 5 },
  firstBodyRow: 6,
  lastRow: 5 + KIEN_HAI_BODY.length,
  spacerRows: KIEN_HAI_BODY.flatMap((b, i) => (b === 'spacer' ? [6 + i] : [])),
  columns: { stt: 2, name: 3, unit: 4, firstYear: 5, target2030: 9, assigned: 10 },
} as const;

export const KIEN_HAI_ROWS: PlacedRow<KienHaiRow>[] = KIEN_HAI_BODY.flatMap((b, i) =>
  b === 'spacer' ? [] : [{ row: KIEN_HAI_GEOMETRY.firstBodyRow + i, data: b }],
);

export const KIEN_HAI_SIGNATURE: SignatureBlock = {
  recipients: [
    'UBND thành phố (b/c);',
    'TT Đảng ủy, TT HĐND xã (b/c);',
    'Các Phòng, đơn vị thuộc UBND xã;',
    'Các đơn vị sự nghiệp công lập;',
    'Các thôn;',
    'Lưu: VT.',
  ],
  titleLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
  name: 'Nguyễn Văn Quyết',
};
