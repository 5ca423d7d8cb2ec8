/**
 * Seed 004: phường An Dương (Hải Phòng), Kế hoạch 86/KH-UBND, March 2026.
 * Transcribed from ../shared/seeds/004_939047ee962851a9.txt lines 418-523:
 * phụ lục 1 (indicators: "Đến năm 2030" and "Bình quân năm") and phụ lục II
 * (the task table, no figures). Cells are written as printed.
 *
 * Real slips kept: phụ lục 1's STT runs 11, 13, 13, 14 (12 missing, 13 twice);
 * "Tở dân phố" (for "Tổ"); the two appendices are dated 15 and 25 March.
 */
import { fromSource } from './cells';
import type { PlacedRow, SeedDirection, SeedValue, SignatureBlock } from './types';

export const AN_DUONG_FILE = 'an-duong.xlsx';
export const AN_DUONG_SHEETS = { indicators: 'PL1', tasks: 'PL2', staff: 'Danh sách cán bộ' } as const;

// ---------------------------------------------------------------- phụ lục 1

export const AN_DUONG_PL1_TITLES = [
  'PHỤ LỤC 1',
  'CÁC CHỈ TIÊU CHỦ YẾU THEO NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ PHƯỜNG',
  'LẦN THỨ 1, NHIỆM KỲ 2025 - 2030',
  '(Kèm theo Kế hoạch số 86/KH-UBND, ngày 15 tháng 3 năm 2026 của Ủy ban nhân dân phường An Dương)',
] as const;

export const AN_DUONG_PL1_HEADER = {
  stt: 'STT',
  name: 'Các chỉ tiêu chủ yếu',
  unit: 'Đơn vị tính',
  plan: 'Kế hoạch 5 năm 2026 - 2030',
  target2030: 'Đến năm 2030',
  annualAverage: 'Bình quân năm',
  leader: 'Lãnh đạo UBND phường chỉ đạo',
  lead: 'Đơn vị tham mưu thực hiện',
  notes: 'Ghi chú',
} as const;

export interface AnDuongIndicatorRow {
  kind: 'section' | 'indicator' | 'component';
  /** "I".."IV" for sections (the cell reads "I. NHÓM ..."), "1".."15" as printed, "" for sub-rows. */
  stt: string;
  name: string;
  unit: string;
  target2030: SeedValue;
  annualAverage: SeedValue;
  /** Decimals as printed for [target2030, annualAverage]. */
  decimals: [number, number];
  leader: string;
  lead: string;
  notes: string;
  parentStt?: string;
  direction?: SeedDirection;
  italic: boolean;
}

function section(stt: string, name: string): AnDuongIndicatorRow {
  return { kind: 'section', stt, name, unit: '', target2030: null, annualAverage: null, decimals: [0, 0], leader: '', lead: '', notes: '', italic: false };
}

/** The section row's single cell, as typed: "I. NHÓM CHỈ TIÊU VỀ KINH TẾ". */
export function sectionText(row: AnDuongIndicatorRow): string {
  return `${row.stt}. ${row.name}`;
}

function ind(
  stt: string,
  name: string,
  unit: string,
  target2030: string,
  annualAverage: string,
  leader: string,
  lead: string,
  extra: { kind?: 'indicator' | 'component'; parentStt?: string; direction?: SeedDirection } = {},
): AnDuongIndicatorRow {
  const a = fromSource(target2030);
  const b = fromSource(annualAverage);
  return {
    kind: extra.kind ?? 'indicator',
    stt,
    name,
    unit,
    target2030: a.value,
    annualAverage: b.value,
    decimals: [a.decimals, b.decimals],
    leader,
    lead,
    notes: '',
    parentStt: extra.parentStt,
    direction: extra.direction ?? 'up',
    italic: extra.kind === 'component',
  };
}

const PCT_KT = 'Phó Chủ tịch UBND phường phụ trách kinh tế';
const PCT_VX = 'Phó Chủ tịch UBND phường phụ trách văn xã';
const CT = 'Chủ tịch UBND phường';
const P_KT = 'Phòng Kinh tế, Hạ tầng và Đô thị';
const P_VH = 'Phòng Văn hóa - xã hội';

/** Body top to bottom; 'spacer' is the blank row where the source table broke across pages. */
export const AN_DUONG_PL1_BODY: (AnDuongIndicatorRow | 'spacer')[] = [
  section('I', 'NHÓM CHỈ TIÊU VỀ KINH TẾ'),
  ind('1', 'Tổng giá trị sản phẩm trên địa bàn', '%', '', '14 - 15', PCT_KT, P_KT),
  ind('2', 'Thu nhập bình quân đầu người', '%', '', '10 - 12', PCT_KT, P_KT),
  ind('3', 'Thu ngân sách nhà nước trên địa bàn', '%', '', '10', CT, P_KT),
  ind('4', 'Tỷ lệ giải ngân vốn đầu tư công phường', '%', 'Tối thiểu 99,5', 'Tối thiểu 99,5', CT, P_KT),
  section('II', 'NHÓM CHỈ TIÊU XÃ HỘI'),
  ind('5', 'Hộ nghèo theo chuẩn nghèo đa chiều quốc gia', '%', '', 'Giảm hàng năm', PCT_VX, P_VH, { direction: 'down' }),
  ind('6', 'Tỷ lệ người dân tham gia bảo hiểm y tế', '%', '', 'Trên 97,5', PCT_VX, P_VH),
  ind('7', 'Duy trì Trạm y tế đạt chuẩn quốc gia', 'Chuẩn', '', 'Duy trì', PCT_VX, P_VH, { direction: 'qualitative' }),
  ind('8', 'Trường công lập đạt chuẩn quốc gia mức độ 1', '%', '', '100', PCT_VX, P_VH),
  ind('', 'Trường công lập đạt chuẩn quốc gia mức độ 2', '%', '', '76', '', ''),
  'spacer',
  ind('9', 'Tỷ lệ gia đình văn hóa', '%', '', 'Trên 90', PCT_VX, P_VH),
  ind('', 'Tỷ lệ Tở dân phố văn hóa', '%', '', 'Trên 85', '', ''),
  ind('10', 'Phường đạt chuẩn đô thị văn minh', 'Danh hiệu', '', 'Đạt', CT, P_VH, { direction: 'qualitative' }),
  section('III', 'NHÓM CHỈ TIÊU MÔI TRƯỜNG'),
  ind('11', 'Tỷ lệ thu gom chất thải rắn sinh hoạt', '%', '100', '100', PCT_KT, P_KT),
  ind('13', 'Tỷ lệ dân số được sử dụng nước sạch', '%', '100', '100', PCT_KT, P_KT),
  section('IV', 'NHÓM CHỈ TIÊU QUỐC PHÒNG - AN NINH'),
  ind('13', 'Hoàn thành chỉ tiêu tuyển chọn và gọi công dân nhập ngũ', '%', '100', '100', CT, 'BCH Quân sự phường'),
  ind('14', 'Tỷ lệ điều tra, khám phá án chung. Trong đó:', '%', '75% trở lên', '75% trở lên', PCT_VX, 'Công an phường'),
  ind('', '+ Án rất nghiêm trọng, đặc biệt nghiêm trọng được khám phá', '%', '95% trở lên', '95% trở lên', '', '', { kind: 'component', parentStt: '14' }),
  ind('', '+ Tiếp nhận, giải quyết tin báo tội phạm', '%', '90% trở lên', '90% trở lên', '', '', { kind: 'component', parentStt: '14' }),
  ind('15', 'Xây dựng và duy trì phường không ma túy', 'Mô hình', 'Duy trì', 'Duy trì', CT, 'Công an phường', { direction: 'qualitative' }),
];

export const AN_DUONG_PL1_GEOMETRY = {
  titleRows: [1, 2, 3, 4],
  header: { firstRow: 6, lastRow: 7 },
  firstBodyRow: 8,
  lastRow: 7 + AN_DUONG_PL1_BODY.length,
  spacerRows: AN_DUONG_PL1_BODY.flatMap((b, i) => (b === 'spacer' ? [8 + i] : [])),
  columns: { stt: 1, name: 2, unit: 3, target2030: 4, annualAverage: 5, leader: 6, lead: 7, notes: 8 },
} as const;

export const AN_DUONG_PL1_ROWS: PlacedRow<AnDuongIndicatorRow>[] = AN_DUONG_PL1_BODY.flatMap((b, i) =>
  b === 'spacer' ? [] : [{ row: AN_DUONG_PL1_GEOMETRY.firstBodyRow + i, data: b }],
);

// ---------------------------------------------------------------- phụ lục II

export const AN_DUONG_PL2_TITLES = [
  'PHỤ LỤC II',
  'CÁC NHIỆM VỤ TRỌNG TÂM GIAI ĐOẠN 2026 - 2030',
  '(Kèm theo Kế hoạch số 86/KH-UBND, ngày 25 tháng 3 năm 2026 của Ủy ban nhân dân phường An Dương)',
] as const;

export const AN_DUONG_PL2_HEADER = {
  stt: 'STT',
  task: 'Nhiệm vụ',
  deadline: 'Thời gian thực hiện/hoàn thành',
  assignment: 'Phân công thực hiện',
  lead: 'Cơ quan chủ trì',
  partners: 'Cơ quan phối hợp',
  output: 'Kết quả/sản phẩm',
  leader: 'Lãnh đạo UBND phường chỉ đạo',
} as const;

export interface AnDuongTaskRow {
  kind: 'section' | 'task';
  stt: string;
  task: string;
  deadline: string;
  lead: string;
  partners: string;
  output: string;
  leader: string;
}

function tsec(stt: string, name: string): AnDuongTaskRow {
  return { kind: 'section', stt, task: name, deadline: '', lead: '', partners: '', output: '', leader: '' };
}

const Y = '2026 - 2030';
const KT2 = 'Phòng Kinh tế, Hạ tầng và Đô thị';
const VH2 = 'Phòng Văn hóa - Xã hội';
const LQ = 'Các đơn vị liên quan';
const KQ = 'Báo cáo kết quả thực hiện';
const PKT = 'Phó Chủ tịch UBND phường phụ trách kinh tế';
const PKT2 = 'Phó Chủ tịch UBND phường, phụ trách kinh tế';
const PVX = 'Phó Chủ tịch UBND phường phụ trách văn xã';

function t(stt: number, task: string, lead: string, partners: string, output: string, leader: string): AnDuongTaskRow {
  return { kind: 'task', stt: String(stt), task, deadline: Y, lead, partners, output, leader };
}

export const AN_DUONG_PL2_BODY: (AnDuongTaskRow | 'spacer')[] = [
  tsec('I', 'LĨNH VỰC KINH TẾ, NGÂN SÁCH VÀ ĐẦU TƯ CÔNG'),
  t(1, 'Triển khai thực hiện các mục tiêu, chỉ tiêu phát triển kinh tế - xã hội giai đoạn 2026 - 2030 theo Nghị quyết Đại hội Đảng bộ phường', 'Văn phòng UBND và UBND', 'Các cơ quan, đơn vị liên quan', 'Báo cáo tổng hợp kết quả thực hiện hằng năm', CT),
  t(2, 'Thực hiện các giải pháp phát triển thương mại, dịch vụ, nâng cao tổng giá trị sản phẩm trên địa bàn', KT2, 'Các cơ quan, đơn vị liên quan', 'Báo cáo phát triển kinh tế hằng năm', PKT),
  t(3, 'Thực hiện công tác quản lý thu - chi ngân sách nhà nước', KT2, 'Các đơn vị', 'Báo cáo thu - chi ngân sách hằng năm', PKT),
  t(4, 'Chống thất thu ngân sách và phát triển nguồn thu', KT2, 'Chi cục Thuế', 'Báo cáo kết quả', CT),
  t(5, 'Triển khai kế hoạch đầu tư công trung hạn và hàng năm', 'BQL Dự án phường', KT2, 'Báo cáo tiến độ giải ngân đầu tư công', CT),
  t(6, 'Đẩy nhanh tiến độ giải ngân vốn đầu tư công', 'BQL Dự án phường', 'Các đơn vị', 'Báo cáo giải ngân', CT),
  'spacer',
  t(7, 'Quản lý, sử dụng hiệu quả tài sản công', KT2, 'Văn phòng HĐND và UBND', 'Báo cáo tổng hợp', PKT),
  t(8, 'Tăng cường quản lý giá, thị trường', KT2, 'Các đơn vị', 'Báo cáo kiểm tra', PKT),
  t(9, 'Thúc đẩy phát triển kinh tế số trong hộ kinh doanh', VH2, KT2, 'Báo cáo kết quả', PKT2),
  tsec('II', 'LĨNH VỰC QUY HOẠCH, ĐÔ THỊ, TÀI NGUYÊN VÀ MÔI TRƯỜNG'),
  t(10, 'Quản lý quy hoạch xây dựng trên địa bàn', KT2, LQ, 'Báo cáo công tác quản lý', PKT2),
  t(11, 'Quản lý trật tự xây dựng đô thị', KT2, 'Các cơ quan liên quan', 'Báo cáo kiểm tra', PKT2),
  t(12, 'Quản lý, sử dụng đất theo quy hoạch', KT2, LQ, 'Báo cáo đất đai', PKT2),
  t(13, 'Thực hiện các giải pháp bảo đảm 100% dân số được sử dụng nước sạch', KT2, LQ, KQ, PKT2),
  t(14, 'Tăng cường quản lý tài nguyên, bảo vệ môi trường', KT2, LQ, KQ, PKT2),
  t(15, 'Triển khai phân loại rác thải tại nguồn', KT2, 'Tổ dân phố', KQ, PKT2),
  'spacer',
  t(16, 'Quản lý hệ thống hạ tầng kỹ thuật đô thị', KT2, LQ, KQ, PKT),
  t(17, 'Xây dựng các tuyến phố văn minh đô thị', KT2, VH2, KQ, PKT),
  t(18, 'Tăng cường kiểm tra vệ sinh môi trường', KT2, LQ, 'Báo cáo kiểm tra', PKT),
  t(19, 'Xây dựng mô hình khu dân cư xanh - sạch - đẹp', VH2, 'Các Tổ dân phố', KQ, PKT),
  tsec('III', 'LĨNH VỰC VĂN HÓA, GIÁO DỤC, Y TẾ VÀ AN SINH XÃ HỘI'),
  t(20, 'Phát triển phong trào văn hóa, văn nghệ quần chúng', VH2, 'Trung tâm DV Sự nghiệp công', 'Báo cáo kết quả', PVX),
  t(21, 'Phát triển phong trào thể dục thể thao', VH2, 'Các Tổ dân phố', 'Báo cáo kết quả', PVX),
  t(22, 'Quản lý hoạt động tôn giáo, tín ngưỡng', VH2, 'Công an phường; các Tổ dân phố', 'Báo cáo kết quả', PVX),
  t(23, 'Nâng cao chất lượng giáo dục trên địa bàn', VH2, 'Các trường học', KQ, PVX),
  t(24, 'Đầu tư cơ sở vật chất trường học', KT2, 'Phòng VH- XH; BQL Dự án phường', 'Báo cáo tiến độ', CT),
  'spacer',
  t(25, 'Nâng cao chất lượng chăm sóc sức khỏe Nhân dân, duy trì Trạm y tế đạt chuẩn quốc gia', VH2, 'Trạm Y tế phường', KQ, PVX),
  t(26, 'Thực hiện chính sách người có công', VH2, LQ, KQ, PVX),
  t(27, 'Tăng cường công tác bảo vệ trẻ em', VH2, LQ, KQ, PVX),
  t(28, 'Thực hiện bình đẳng giới và công tác gia đình', VH2, LQ, KQ, PVX),
  t(29, 'Triển khai chương trình giảm nghèo bền vững', KT2, 'Phòng Văn hóa - Xã hội; Các đơn vị', KQ, PVX),
  tsec('IV', 'LĨNH VỰC CHUYÊN ĐỀ SỐ, CẢI CÁCH HÀNH CHÍNH'),
  t(30, 'Triển khai chương trình chuyên đổi số của phường', VH2, 'Văn phòng HĐND và UBND', 'Báo cáo chuyển đổi số hàng năm', CT),
  t(31, 'Phát triển chính quyền số', VH2, 'Văn phòng HĐND và UBND', KQ, CT),
  t(32, 'Nâng cao chất lượng giải quyết thủ tục hành chính', VH2, LQ, 'Báo cáo CCHC', CT),
  t(33, 'Triển khai Đề án 06 của Chính phủ', 'Công an phường', LQ, KQ, CT),
  t(34, 'Ứng dụng khoa học công nghệ trong quản lý', VH2, LQ, KQ, PVX),
  'spacer',
  t(35, 'Xây dựng và phát triển cơ sở dữ liệu số của phường', 'Văn phòng HĐND và UBND', 'Công an phường', KQ, CT),
  tsec('V', 'LĨNH VỰC QUỐC PHÒNG - AN NINH'),
  t(36, 'Bảo đảm an ninh chính trị, trật tự an toàn xã hội trên địa bàn', 'Công an phường', 'BCH Quân sự phường; các đơn vị', KQ, CT),
  t(37, 'Triển khai công tác phòng chống tội phạm và tệ nạn xã hội', 'Công an phường', LQ, KQ, PVX),
  t(38, 'Thực hiện nhiệm vụ quốc phòng, quân sự địa phương', 'Ban CHQS phường', 'Công an phường', KQ, CT),
  t(39, 'Tuyển chọn và gọi công dân nhập ngũ hàng năm', 'Ban CHQS phường', LQ, KQ, CT),
  t(40, 'Tăng cường công tác phòng cháy chữa cháy', 'Công an phường', LQ, KQ, PVX),
  t(41, 'Xây dựng phong trào "Tân dân bảo vệ an ninh tổ quốc"', 'Công an phường', 'Tổ dân phố', KQ, PVX),
  tsec('VI', 'CÔNG TÁC TUYÊN TRUYỀN VÀ VẬN ĐỘNG NHÂN DÂN'),
  t(42, 'Tuyên truyền các nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh của phường', 'Trung tâm Dịch vụ sự nghiệp công', 'Phòng Văn hóa - Xã hội; các TDP', 'Kế hoạch tuyên truyền', PVX),
  t(43, 'Tuyên truyền cải cách hành chính', VH2, LQ, KQ, PVX),
];

export const AN_DUONG_PL2_GEOMETRY = {
  titleRows: [1, 2, 3],
  header: { firstRow: 5, lastRow: 6 },
  firstBodyRow: 7,
  lastRow: 6 + AN_DUONG_PL2_BODY.length,
  spacerRows: AN_DUONG_PL2_BODY.flatMap((b, i) => (b === 'spacer' ? [7 + i] : [])),
  columns: { stt: 1, task: 2, deadline: 3, lead: 4, partners: 5, output: 6, leader: 7 },
} as const;

export const AN_DUONG_PL2_ROWS: PlacedRow<AnDuongTaskRow>[] = AN_DUONG_PL2_BODY.flatMap((b, i) =>
  b === 'spacer' ? [] : [{ row: AN_DUONG_PL2_GEOMETRY.firstBodyRow + i, data: b }],
);

// ---------------------------------------------------------------- unrelated sheet

/** A staff contact list kept in the same file: not a phụ lục. Names and numbers are invented. */
export const AN_DUONG_STAFF_HEADER = ['STT', 'Họ và tên', 'Chức vụ', 'Số điện thoại'] as const;
export const AN_DUONG_STAFF: { name: string; position: string; phone: string }[] = [
  { name: 'Nguyễn Văn An', position: 'Chủ tịch UBND phường', phone: '0225 3850 101' },
  { name: 'Trần Thị Bình', position: 'Phó Chủ tịch UBND phường', phone: '0225 3850 102' },
  { name: 'Lê Văn Cường', position: 'Phó Chủ tịch UBND phường', phone: '0225 3850 103' },
  { name: 'Phạm Thị Dung', position: 'Chánh Văn phòng HĐND và UBND', phone: '0225 3850 110' },
  { name: 'Hoàng Văn Em', position: 'Trưởng phòng Kinh tế, Hạ tầng và Đô thị', phone: '0225 3850 120' },
  { name: 'Vũ Thị Giang', position: 'Trưởng phòng Văn hóa - Xã hội', phone: '0225 3850 130' },
  { name: 'Đỗ Văn Hùng', position: 'Chuyên viên Tài chính - Kế hoạch', phone: '0225 3850 121' },
];

/** The source's signature lost its title lines in conversion; "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" is assumed. */
export const AN_DUONG_SIGNATURE: SignatureBlock = {
  recipients: [
    'UBND thành phố (để báo cáo);',
    'Thường trực Đảng ủy;',
    'Thường trực HĐND phường;',
    'CT, các PCT UBND phường;',
    'Ủy ban MTTQVN phường;',
    'Các cơ quan, đơn vị thuộc phường;',
    'Lưu: VT.',
  ],
  titleLines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
  name: 'Bùi Tiến Phong',
};
