/**
 * Seed 000: phường Rạch Giá (An Giang), Kế hoạch 45/KH-UBND, 27/02/2026.
 * Transcribed from ../shared/seeds/000_8f57a572b1afce4b.txt lines 160-200.
 *
 * Figures are as printed. The budget row's yearly figures were typed by hand
 * without thousands grouping ("1083,25"), so they are kept as text; every
 * other figure is a real number. Target texts ("68% trở lên", "dưới 1%") are
 * text. Source typos in the titles ("RẠCH GIẢ", "Rach Giả") are kept.
 */
import type { PlacedRow, SeedDirection, SeedValue, SignatureBlock } from './types';

export type { PlacedRow } from './types';

export const RACH_GIA_FILE = 'rach-gia.xlsx';
export const RACH_GIA_SHEET = 'Phụ lục';

export const RACH_GIA_YEARS = [2026, 2027, 2028, 2029, 2030] as const;

export const RACH_GIA_TITLES = [
  'PHỤ LỤC',
  'KẾ HOẠCH PHÂN CÔNG THỰC HIỆN MỘT SỐ CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI PHƯỜNG RẠCH GIẢ 5 NĂM 2026-2030',
  '(Kèm theo Kế hoạch số 45 /KH-UBND ngày 27 /02/2026 của UBND phường Rach Giả)',
] as const;

/** Header texts, first occurrence (page 1). Columns A..M. */
export const RACH_GIA_HEADER = {
  stt: 'STT',
  name: 'Chỉ tiêu',
  unit: 'Đơn vị tính',
  lead: 'Cơ quan chủ trì',
  partners: 'Cơ quan phối hợp',
  planTotal: 'Kế hoạch 5 năm giai đoạn 2026-2030',
  years: 'Chỉ tiêu Kế hoạch 5 năm giai đoạn 2026-2030',
  avgGrowth: 'Tốc độ tăng bình quân 5 năm 2026-2030 (%)',
  ratioPrevious: 'KH 5 năm giai đoạn 2026-2030 so với mức TH 2021-2025 (%)',
} as const;

/**
 * The header repeated on page 2: the last two columns swapped. Column L holds
 * the ratio header (worded "so với trước TH") in its top row, column M holds
 * the growth header in its bottom row only, as the source lays them out.
 */
export const RACH_GIA_REPEATED_HEADER = {
  colL: 'KH 5 năm giai đoạn 2026-2030 so với trước TH 2021-2025 (%)',
  colM: 'Tốc độ tăng bình quân 5 năm 2026-2030 (%)',
} as const;

/** The column-number row. The source prints "I" for 1 (a conversion slip); the workbook has 1. */
export const RACH_GIA_COLUMN_NUMBERS: SeedValue[] = ['A', 'B', 'C', 1, 2, 3, 4, 5, 6, 7, 8, 9, '10=2/1'];

export type RachGiaRowKind = 'section' | 'indicator' | 'component' | 'growth';

export interface RachGiaRow {
  kind: RachGiaRowKind;
  stt: string;
  name: string;
  unit: string;
  lead: string;
  partners: string;
  planTotal: SeedValue;
  /** 2026..2030. */
  years: [SeedValue, SeedValue, SeedValue, SeedValue, SeedValue];
  avgGrowth: SeedValue;
  ratioPrevious: SeedValue;
  /** Decimals shown for plan and year numbers (growth and ratio columns always show 2). */
  decimals: number;
  italic?: boolean;
  /** STT of the indicator this component or growth row belongs to. */
  parentStt?: string;
  direction?: SeedDirection;
}

const EMPTY5: RachGiaRow['years'] = [null, null, null, null, null];

function section(stt: string, name: string): RachGiaRow {
  return { kind: 'section', stt, name, unit: '', lead: '', partners: '', planTotal: null, years: EMPTY5, avgGrowth: null, ratioPrevious: null, decimals: 0 };
}

const KT = 'Phòng Kinh tế Hạ tầng và Đô thị';
const VHXH = 'Phòng Văn hoá Xã hội';
const ALL = 'Các phòng ban, ngành phường, các Khu phố';

/** Page 1 of the table (before the repeated header). */
export const RACH_GIA_PAGE1: RachGiaRow[] = [
  section('I', 'CHỈ TIÊU KINH TẾ'),
  {
    kind: 'indicator', stt: '1', name: 'Tổng giá trị sản phẩm trên địa bàn (Giá so sánh 2010)', unit: 'Tỷ đồng',
    lead: KT, partners: 'Thống kê Cơ sở, Thuế Cơ sở, Ban QLDA phường, Trung tâm Dịch vụ tổng hợp',
    planTotal: 281427, years: [44477, 49689, 55557, 62149, 69555], avgGrowth: 12.3, ratioPrevious: 173.76, decimals: 0, direction: 'up',
  },
  {
    kind: 'component', stt: '', name: 'Khu vực I (Nông, Lâm, Thủy sản)', unit: 'Tỷ đồng', lead: '', partners: '',
    planTotal: 18346, years: [3898, 3780, 3620, 3556, 3492], avgGrowth: -2.52, ratioPrevious: 93.59, decimals: 0, italic: true, parentStt: '1', direction: 'up',
  },
  {
    kind: 'component', stt: '', name: 'Khu vực II (Công nghiệp, Xây dựng)', unit: 'Tỷ đồng', lead: '', partners: '',
    planTotal: 104615, years: [16921, 18347, 20517, 22994, 25836], avgGrowth: 11.6, ratioPrevious: 176.88, decimals: 0, italic: true, parentStt: '1', direction: 'up',
  },
  {
    kind: 'component', stt: '', name: 'Khu vực III (Thương mại, dịch vụ)', unit: 'Tỷ đồng', lead: '', partners: '',
    planTotal: 158466, years: [23658, 27562, 31420, 35599, 40227], avgGrowth: 14.94, ratioPrevious: 190.42, decimals: 0, italic: true, parentStt: '1', direction: 'up',
  },
  {
    kind: 'growth', stt: '', name: 'Tốc độ tăng tổng giá trị sản phẩm theo giá so sánh', unit: '%', lead: '', partners: '',
    planTotal: null, years: [14.2, 11.72, 11.81, 11.87, 11.92], avgGrowth: null, ratioPrevious: null, decimals: 2, italic: true, parentStt: '1', direction: 'up',
  },
  {
    kind: 'indicator', stt: '2', name: 'Ngân sách Nhà nước', unit: '', lead: KT, partners: 'Thuế Cơ sở, Thuế tâm Dịch vụ tổng hợp',
    planTotal: null, years: EMPTY5, avgGrowth: null, ratioPrevious: null, decimals: 0, direction: 'up',
  },
  {
    kind: 'component', stt: '', name: 'Thu ngân sách Nhà nước trên địa bàn', unit: 'Tỷ đồng', lead: '', partners: '',
    planTotal: 6620.54, years: ['1083,25', '1191,57', '1310,73', '1441,80', '1593,19'], avgGrowth: 11.47, ratioPrevious: 250.76, decimals: 2, italic: true, parentStt: '2', direction: 'up',
  },
  {
    kind: 'growth', stt: '', name: 'Tốc độ tăng tổng thu ngân sách Nhà nước', unit: '%', lead: '', partners: '',
    planTotal: null, years: [17, 10, 10, 10, 10.5], avgGrowth: null, ratioPrevious: null, decimals: 2, italic: true, parentStt: '2', direction: 'up',
  },
  {
    kind: 'indicator', stt: '3', name: 'Tổng vốn đầu tư thực hiện trên địa bàn (theo giá hiện hành)', unit: 'Tỷ đồng',
    lead: KT, partners: 'Thống kê Cơ sở, Thuế Cơ sở, Ban QLDA phường',
    planTotal: 70603, years: [13103, 13453, 14309, 14653, 15085], avgGrowth: null, ratioPrevious: 126.98, decimals: 0, direction: 'up',
  },
  section('II', 'CHỈ TIÊU XÃ HỘI'),
  {
    kind: 'indicator', stt: '4', name: 'Thu nhập bình quân đầu người', unit: 'Triệu đồng', lead: KT, partners: 'Thống kê Cơ sở',
    planTotal: null, years: [127, 130, 135, 140, 143.33], avgGrowth: 5.33, ratioPrevious: null, decimals: 2, direction: 'up',
  },
  {
    kind: 'indicator', stt: '5', name: 'Tỷ lệ trường học đạt chuẩn Quốc gia', unit: '%', lead: VHXH, partners: 'Các Trường học trên địa bàn',
    planTotal: '68% trở lên', years: [67, 68, 69, 69, 70], avgGrowth: null, ratioPrevious: null, decimals: 2, direction: 'up',
  },
  {
    kind: 'indicator', stt: '', name: 'Tỷ lệ huy động trẻ 5 tuổi vào mẫu giáo', unit: '%', lead: '', partners: '',
    planTotal: '99% trở lên', years: [99, 99, 99, 99, 99], avgGrowth: null, ratioPrevious: null, decimals: 2, direction: 'up',
  },
  {
    kind: 'indicator', stt: '', name: 'Tỷ lệ huy động trẻ 6 đến 14 tuổi đến trường', unit: '%', lead: '', partners: '',
    planTotal: '99% trở lên', years: [99, 99, 99, 99, 99], avgGrowth: null, ratioPrevious: null, decimals: 2, direction: 'up',
  },
  {
    kind: 'indicator', stt: '6', name: 'Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều', unit: '%', lead: VHXH, partners: ALL,
    planTotal: 'dưới 1%', years: ['dưới 1%', 'dưới 1%', 'dưới 1%', 'dưới 1%', 'dưới 1%'], avgGrowth: null, ratioPrevious: null, decimals: 2, direction: 'down',
  },
];

/** Page 2 of the table (after the repeated header). */
export const RACH_GIA_PAGE2: RachGiaRow[] = [
  {
    kind: 'indicator', stt: '7', name: 'Giải quyết việc làm hàng năm', unit: 'Người', lead: VHXH, partners: ALL,
    planTotal: 20000, years: [4000, 4000, 4000, 4000, 4000], avgGrowth: null, ratioPrevious: null, decimals: 0, direction: 'up',
  },
  {
    kind: 'indicator', stt: '', name: 'Tỷ lệ lao động qua đào tạo', unit: '%', lead: '', partners: '',
    planTotal: '75% trở lên', years: [75, 75, 75, 75, 75], avgGrowth: null, ratioPrevious: null, decimals: 2, direction: 'up',
  },
  {
    kind: 'component', stt: '', name: 'Trong đó: Tỷ lệ lao động có bằng cấp chứng chỉ', unit: '%', lead: '', partners: '',
    planTotal: '47% trở lên', years: [44, 44, 45, 46, 47], avgGrowth: null, ratioPrevious: null, decimals: 2, direction: 'up',
  },
  {
    kind: 'indicator', stt: '8', name: 'Tỷ lệ người dân tham gia bảo hiểm y tế so với dân số', unit: '%', lead: 'Trạm Y tế phường', partners: ALL,
    planTotal: '95% trở lên', years: ['95% trở lên', '95% trở lên', '95% trở lên', '95% trở lên', '95% trở lên'], avgGrowth: null, ratioPrevious: null, decimals: 2, direction: 'up',
  },
  {
    kind: 'indicator', stt: '9', name: 'Tỷ lệ lao động trong độ tuổi tham gia bảo hiểm xã hội đến năm 2030', unit: '%', lead: 'BHXH', partners: ALL,
    planTotal: '27% trở lên', years: [26.2, 26.5, 26.8, 27, 27.2], avgGrowth: null, ratioPrevious: null, decimals: 2, direction: 'up',
  },
  {
    kind: 'indicator', stt: '10', name: 'Số nhà ở xã hội hoàn thành đến 2030', unit: 'Căn', lead: KT, partners: 'Các phòng ban, ngành phường',
    planTotal: 1766, years: [350, 350, 350, 350, 366], avgGrowth: null, ratioPrevious: null, decimals: 0, direction: 'up',
  },
  section('III', 'CHỈ TIÊU MÔI TRƯỜNG'),
  {
    kind: 'indicator', stt: '11', name: 'Tỷ lệ dân số đô thị sử dụng nước sạch', unit: '%', lead: KT,
    partners: 'Cty cấp nước, Ban QLDA phường, Trung tâm Dịch vụ tổng hợp',
    planTotal: 100, years: [100, 100, 100, 100, 100], avgGrowth: null, ratioPrevious: null, decimals: 2, direction: 'up',
  },
  {
    kind: 'indicator', stt: '12', name: 'Tỷ lệ thu gom và xử lý chất thải rắn sinh hoạt đô thị bảo đảm tiêu chuẩn, quy chuẩn', unit: '%', lead: '', partners: '',
    planTotal: 100, years: [100, 100, 100, 100, 100], avgGrowth: null, ratioPrevious: null, decimals: 2, direction: 'up',
  },
  section('IV', 'QUỐC PHÒNG - AN NINH'),
  {
    kind: 'indicator', stt: '13', name: 'Công tác tuyển quân', unit: '%', lead: 'Ban CHQS phường', partners: ALL,
    planTotal: 100, years: [100, 100, 100, 100, 100], avgGrowth: null, ratioPrevious: null, decimals: 1, direction: 'up',
  },
  {
    kind: 'indicator', stt: '14', name: 'Tỷ lệ giải quyết tin báo, tố giác tội phạm', unit: '%', lead: 'Công an phường', partners: ALL,
    planTotal: '90% trở lên', years: [90.5, 90.5, 90.7, 91, 91.2], avgGrowth: null, ratioPrevious: null, decimals: 2, direction: 'up',
  },
];

/** Sheet geometry: where everything lands in rach-gia.xlsx (1-based, as Excel shows). */
export const RACH_GIA_GEOMETRY = {
  titleRows: [1, 2, 3],
  header: { firstRow: 5, lastRow: 6 },
  columnNumberRow: 7,
  firstBodyRow: 8,
  /** Repeated header (two rows) and its column-number row. */
  repeatedHeader: { firstRow: 8 + RACH_GIA_PAGE1.length, lastRow: 9 + RACH_GIA_PAGE1.length },
  repeatedColumnNumberRow: 10 + RACH_GIA_PAGE1.length,
  lastRow: 10 + RACH_GIA_PAGE1.length + RACH_GIA_PAGE2.length,
  /** Columns A..M: stt, name, unit, lead, partners, planTotal, 2026..2030, avgGrowth (page 1 order), ratioPrevious. */
  columns: { stt: 1, name: 2, unit: 3, lead: 4, partners: 5, planTotal: 6, firstYear: 7, avgGrowth: 12, ratioPrevious: 13 },
} as const;

/** Every body row with its sheet row number (the repeated header rows are skipped). */
export const RACH_GIA_ROWS: PlacedRow<RachGiaRow>[] = [
  ...RACH_GIA_PAGE1.map((data, i) => ({ row: RACH_GIA_GEOMETRY.firstBodyRow + i, data })),
  ...RACH_GIA_PAGE2.map((data, i) => ({ row: RACH_GIA_GEOMETRY.repeatedColumnNumberRow + 1 + i, data })),
];

export const RACH_GIA_SIGNATURE: SignatureBlock = {
  recipients: [
    'VP UBND tỉnh;',
    'Sở Tài chính;',
    'TT. Đảng ủy phường;',
    'TT. HĐND phường;',
    'CT và các PCT UBND phường;',
    'Các phòng, ban, ngành phường;',
    'Ban lãnh đạo các khu phố;',
    'LĐVP, CVNC;',
    'Lưu: VT.',
  ],
  titleLines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
  name: 'Bùi Trung Thực',
};
