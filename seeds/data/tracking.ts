/**
 * theo-doi-2026-2027.xlsx: a tracking workbook (biểu theo dõi) with the actual
 * results (TH) beside the plan (KH) for 2026 and 2027, built on seed 003's
 * indicators (xã Kiến Hải). The actuals are invented but plausible; the plan
 * figures are seed 003's, except where noted (`planNote`) to cover the target
 * forms a verdict test needs.
 *
 * Expected verdicts, one per row and year (DOMAIN.md, "The standard verdict"):
 * - no actual (blank TH)                       → no-data (checked first)
 * - plan text the parser cannot read           → unknown
 * - plain number x, higher is better           → TH > x exceeded, TH = x met, TH < x missed
 * - plain number x, lower is better (hộ nghèo) → TH < x exceeded, TH = x met, TH > x missed
 * - "≥x" / "≥ x"                               → TH > x exceeded, TH = x met, TH < x missed
 * - range "a-b" (higher is better)             → a ≤ TH ≤ b met, TH > b exceeded, TH < a missed
 * - qualitative "Đạt"                          → TH "Đạt" met, TH "Chưa đạt" missed
 * An actual typed as text ("96,5") is read as the vi-VN number it shows.
 */
import { KIEN_HAI_ROWS, type KienHaiRow } from './kien-hai';
import type { PlacedRow, SeedDirection, SeedValue } from './types';

export const TRACKING_FILE = 'theo-doi-2026-2027.xlsx';
export const TRACKING_SHEET = 'Theo dõi 2026-2027';
export const TRACKING_YEARS = [2026, 2027] as const;
export type TrackingYear = (typeof TRACKING_YEARS)[number];

export type ExpectedVerdict = 'exceeded' | 'met' | 'missed' | 'no-data' | 'unknown';

export const TRACKING_TITLES = [
  'BIỂU THEO DÕI KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU',
  'NĂM 2026 - 2027 (KẾ HOẠCH GIAI ĐOẠN 2026 - 2030)',
  '(Số liệu ước thực hiện; đơn vị lập biểu: Văn phòng HĐND và UBND xã Kiến Hải)',
] as const;

export const TRACKING_HEADER = {
  stt: 'STT',
  name: 'Chỉ tiêu chủ yếu',
  unit: 'Đơn vị tính',
  year: (y: number) => `Năm ${y}`,
  plan: 'KH',
  actual: 'TH',
  target2030: 'Mục tiêu 2030',
  assigned: 'Đơn vị tham mưu, thực hiện',
} as const;

export interface TrackingRow {
  kind: 'indicator' | 'component';
  stt: string;
  name: string;
  unit: string;
  direction: SeedDirection;
  plan: Record<TrackingYear, SeedValue>;
  /** Decimals the plan figures are shown with (seed 003's, as printed). */
  planDecimals: Record<TrackingYear, number>;
  actual: Record<TrackingYear, SeedValue>;
  verdict: Record<TrackingYear, ExpectedVerdict>;
  target2030: SeedValue;
  target2030Decimals: number;
  assigned: string;
  italic: boolean;
  /** Why the plan differs from seed 003, when it does. */
  planNote?: string;
}

function source(name: string): KienHaiRow {
  const hit = KIEN_HAI_ROWS.find((r) => r.data.name === name);
  if (!hit) throw new Error(`seed 003 has no indicator "${name}"`);
  return hit.data;
}

type Pair<T> = [T, T];

function t(
  name: string,
  actual: Pair<SeedValue>,
  verdict: Pair<ExpectedVerdict>,
  override: { plan?: Pair<SeedValue>; planNote?: string; unit?: string } = {},
): TrackingRow {
  const s = source(name);
  const plan = override.plan ?? [s.years[0], s.years[1]];
  return {
    kind: s.kind,
    stt: s.stt,
    name: s.name,
    unit: override.unit ?? s.unit,
    direction: s.direction,
    plan: { 2026: plan[0], 2027: plan[1] },
    planDecimals: { 2026: s.decimals[0], 2027: s.decimals[1] },
    actual: { 2026: actual[0], 2027: actual[1] },
    verdict: { 2026: verdict[0], 2027: verdict[1] },
    target2030: s.years[4],
    target2030Decimals: s.decimals[4],
    assigned: s.assigned,
    italic: s.italic,
    planNote: override.planNote,
  };
}

export const TRACKING_BODY: TrackingRow[] = [
  t('Tổng giá trị sản phẩm trên địa bàn tăng bình quân', [19.4, 18.6], ['exceeded', 'missed']),
  t('Công nghiệp – xây dựng', [18.2, 17.5], ['exceeded', 'missed']),
  t('Thương mại – dịch vụ – logistics – du lịch', [22.1, 24.3], ['missed', 'exceeded']),
  t('Nông – lâm – thủy sản', [4.5, 4.8], ['met', 'exceeded']),
  t('Thu ngân sách Nhà nước trên địa bàn tăng bình quân', [16.2, 18.5], ['met', 'exceeded'], {
    plan: ['15-17%', '15-17%'],
    planNote: 'the 5-year range target typed into each year',
  }),
  t('Giá trị sản phẩm trên 1 ha đất trồng trọt, nuôi trồng thủy sản', [180, 205], ['met', 'exceeded']),
  t('Vốn đầu tư ngân sách xã (cả giai đoạn)', [198, null], ['missed', 'no-data']),
  t('Tỷ lệ giải ngân vốn đầu tư công', [88, 92.5], ['missed', 'exceeded']),
  t('Số DN trên địa bàn (tăng so với hiện nay)', [1.2, 1.3], ['met', 'missed']),
  t('Cơ sở SXKD chuyển đổi thành DN mỗi năm', [23, 20], ['exceeded', 'met']),
  t('DN có hoạt động đổi mới sáng tạo', [21, null], ['exceeded', 'no-data']),
  t('Thu nhập bình quân đầu người', [86.4, 101.2], ['exceeded', 'missed']),
  t('Tỷ lệ hộ nghèo (chuẩn đa chiều)', [1.2, 0.7], ['missed', 'exceeded']),
  t('Gia đình văn hóa đạt', [97.3, 96.8], ['exceeded', 'missed']),
  t('Thôn văn hóa đạt', [90, null], ['met', 'no-data']),
  t('Trường học đạt chuẩn Quốc gia mức độ 1', [100, 100], ['met', 'met']),
  t('Trường đạt chuẩn mức độ 2 và kiểm định cấp độ 3', [40, 45], ['met', 'missed']),
  t('Trường có nhà đa năng', [65, null], ['exceeded', 'no-data']),
  t('Cơ sở GD có phòng học thông minh', [52, 70], ['exceeded', 'met']),
  // Hand-typed actual kept as text, as offices do.
  t('Người dân tham gia BHYT', ['96,5', 97.1], ['exceeded', 'exceeded']),
  t('Lao động tham gia BHXH', [53.8, 58.4], ['missed', 'exceeded']),
  t('Việc làm được giới thiệu, giải quyết', [1620, null], ['exceeded', 'no-data']),
  t('Lao động qua đào tạo có chứng chỉ, bằng cấp', [61.5, 62], ['exceeded', 'missed']),
  t('Hộ dân sử dụng nước sạch', [100, 100], ['met', 'met']),
  t('Chất thải rắn được thu gom, xử lý đúng quy định', [96, 97], ['exceeded', 'met']),
  t('Hộ dân phân loại rác tại nguồn', [78, null], ['missed', 'no-data']),
  t('Trạm y tế đạt chuẩn Quốc gia', [100, 100], ['met', 'met']),
  t('Hoàn thành xây dựng chính quyền số cấp xã', [55, 72], ['exceeded', 'exceeded']),
  t('Tổ chuyển đổi số cộng đồng tại các thôn', [60, 85], ['met', 'exceeded']),
  t('Cơ quan sử dụng văn bản điện tử', [95, 98], ['exceeded', 'exceeded']),
  t('Dịch vụ công mức độ 3, 4 cung cấp đầy đủ', [68, 82], ['missed', 'exceeded']),
  t('Tỷ lệ giải quyết TTHC đúng hạn', [99.2, 99], ['exceeded', 'met']),
  t('Hồ sơ trực tuyến', [72, null], ['exceeded', 'no-data']),
  t('Xã đạt chuẩn “Chính quyền thân thiện”', ['Chưa đạt', 'Đạt'], ['missed', 'met'], {
    plan: ['Đạt', 'Đạt'],
    planNote: 'seed 003 leaves 2026 blank; the office set "Đạt" for both years',
  }),
  t('Tuyển chọn, gọi công dân nhập ngũ, nghĩa vụ CA', [100, 100], ['unknown', 'unknown'], {
    plan: ['Theo kế hoạch của huyện', 'Theo kế hoạch của huyện'],
    planNote: 'a plan text no parser can read',
    unit: '%',
  }),
  t('Giữ vững an ninh chính trị, trật tự an toàn xã hội', [null, null], ['no-data', 'no-data'], {
    unit: '',
    planNote: 'seed 003 puts the target sentence in the unit cell; the tracking sheet leaves the unit blank',
  }),
];

export const TRACKING_GEOMETRY = {
  titleRows: [1, 2, 3],
  header: { firstRow: 5, lastRow: 6 },
  firstBodyRow: 7,
  lastRow: 6 + TRACKING_BODY.length,
  columns: {
    stt: 1,
    name: 2,
    unit: 3,
    plan: { 2026: 4, 2027: 6 } as Record<TrackingYear, number>,
    actual: { 2026: 5, 2027: 7 } as Record<TrackingYear, number>,
    target2030: 8,
    assigned: 9,
  },
} as const;

export const TRACKING_ROWS: PlacedRow<TrackingRow>[] = TRACKING_BODY.map((data, i) => ({ row: TRACKING_GEOMETRY.firstBodyRow + i, data }));

const LETTERS = 'ABCDEFGHI';

/** The expected evaluations, shaped like src/core/evaluation.ts Evaluation (without reasons). */
export const TRACKING_EVALUATIONS: { sheet: string; row: number; year: TrackingYear; planCell: string; actualCell: string; verdict: ExpectedVerdict }[] =
  TRACKING_ROWS.flatMap(({ row, data }) =>
    TRACKING_YEARS.map((year) => ({
      sheet: TRACKING_SHEET,
      row,
      year,
      planCell: `${LETTERS[TRACKING_GEOMETRY.columns.plan[year] - 1]}${row}`,
      actualCell: `${LETTERS[TRACKING_GEOMETRY.columns.actual[year] - 1]}${row}`,
      verdict: data.verdict[year],
    })),
  );
