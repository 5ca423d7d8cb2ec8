/**
 * Every table of every sample workbook (seeds/*.xlsx), read through the .xlsx
 * reader and recognised, against its expected layout stated in full: kind,
 * header rows, column-number row, end of table, every column's role (with
 * year and series), and every row's kind, STT, parent and direction.
 *
 * Reviewed against the source documents (../shared/seeds) and the issue:
 * - rach-gia (seed 000): un-numbered rows under 5 and 7 are components of
 *   them; "Tốc độ tăng tổng giá trị sản phẩm" (row 13) is the growth of
 *   row 9 (14,20 / 11,72 / ... are its year-on-year growth); "Tốc độ tăng
 *   tổng thu ngân sách" (row 16) is the growth of the budget sub-row 15
 *   (1083,25 → 1191,57 is +10 %), not of indicator 2 which has no figures;
 *   "Trong đó: ..." (row 29) is of row 28; "Tỷ lệ giải quyết tin báo, tố giác
 *   tội phạm" is higher-is-better (solving crimes), "hộ nghèo" lower; the
 *   header repeated at 24-26 (page break in Word) is three "header" rows.
 * - kien-hai (seed 003): "2030 (mục tiêu)" is the 2030 plan year; 1.1-1.3 and
 *   the un-numbered rows are components; "Đạt/Duy trì" and "Ổn định ..." rows
 *   are qualitative.
 * - an-duong (seed 004): PL1 sections are "I. NHÓM ..." sentences, "Kế hoạch 5
 *   năm" spans "Đến năm 2030" and "Bình quân năm", "Giảm hàng năm" is down;
 *   PL2 is a task table; the staff list is not a phụ lục.
 * - thach-khoi (seed 001): sheet "Sheet1", "- ..." rows are components, "2026 -
 *   2027" (a completion period) and "Hàng năm" are qualitative, "Không còn tệ
 *   nạn ma tuý" is a state to reach (qualitative).
 * - theo-doi-2026-2027: KH/TH pairs under "Năm 2026" and "Năm 2027";
 *   "Mục tiêu 2030" beside them is the 2030 level, not a plan year.
 */
import { join } from 'path';
import { columnLetter, columnNumber } from '../src/core/a1';
import type { Direction, RowKind, SheetKind, SheetLayout, WorkbookLayout } from '../src/core/layout';
import { checkWorkbook, toReportFile } from '../src/core/pipeline';
import { recognizeWorkbook } from '../src/core/recognize';
import { ReportFileSchema } from '../src/core/report';
import type { WorkbookSnapshot } from '../src/core/snapshot';
import { readWorkbookFile } from '../src/cli/xlsx/read';

type RowSpec = [row: number, kind: RowKind, stt: string, parent: number | null, direction: Direction | null];

interface SheetSpec {
  file: string;
  sheet: string;
  kind: SheetKind;
  header: { firstRow: number; lastRow: number } | null;
  columnNumberRow?: number;
  lastRow?: number;
  /** "G year 2026 plan": column letter, role, then year and series for year columns. */
  columns: string[];
  rows: RowSpec[];
}

const EXPECTED: SheetSpec[] = [
  {
    file: 'rach-gia.xlsx',
    sheet: 'Phụ lục',
    kind: 'indicators',
    header: { firstRow: 5, lastRow: 6 },
    columnNumberRow: 7,
    lastRow: 38,
    columns: [
      'A stt',
      'B name',
      'C unit',
      'D lead',
      'E partners',
      'F planTotal',
      'G year 2026 plan',
      'H year 2027 plan',
      'I year 2028 plan',
      'J year 2029 plan',
      'K year 2030 plan',
      'L avgGrowth',
      'M ratioPrevious',
    ],
    rows: [
      [8, 'section', 'I', null, null], // CHỈ TIÊU KINH TẾ
      [9, 'indicator', '1', null, 'up'], // Tổng giá trị sản phẩm trên địa bàn (Giá
      [10, 'component', '', 9, 'up'], // Khu vực I (Nông, Lâm, Thủy sản)
      [11, 'component', '', 9, 'up'], // Khu vực II (Công nghiệp, Xây dựng)
      [12, 'component', '', 9, 'up'], // Khu vực III (Thương mại, dịch vụ)
      [13, 'growth', '', 9, 'up'], // Tốc độ tăng tổng giá trị sản phẩm theo g
      [14, 'indicator', '2', null, 'up'], // Ngân sách Nhà nước
      [15, 'component', '', 14, 'up'], // Thu ngân sách Nhà nước trên địa bàn
      [16, 'growth', '', 15, 'up'], // Tốc độ tăng tổng thu ngân sách Nhà nước
      [17, 'indicator', '3', null, 'up'], // Tổng vốn đầu tư thực hiện trên địa bàn (
      [18, 'section', 'II', null, null], // CHỈ TIÊU XÃ HỘI
      [19, 'indicator', '4', null, 'up'], // Thu nhập bình quân đầu người
      [20, 'indicator', '5', null, 'up'], // Tỷ lệ trường học đạt chuẩn Quốc gia
      [21, 'component', '', 20, 'up'], // Tỷ lệ huy động trẻ 5 tuổi vào mẫu giáo
      [22, 'component', '', 20, 'up'], // Tỷ lệ huy động trẻ 6 đến 14 tuổi đến trư
      [23, 'indicator', '6', null, 'down'], // Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều
      [24, 'header', 'STT', null, null], // Chỉ tiêu
      [25, 'header', '', null, null], //
      [26, 'header', 'A', null, null], // B
      [27, 'indicator', '7', null, 'up'], // Giải quyết việc làm hàng năm
      [28, 'component', '', 27, 'up'], // Tỷ lệ lao động qua đào tạo
      [29, 'component', '', 28, 'up'], // Trong đó: Tỷ lệ lao động có bằng cấp chứ
      [30, 'indicator', '8', null, 'up'], // Tỷ lệ người dân tham gia bảo hiểm y tế s
      [31, 'indicator', '9', null, 'up'], // Tỷ lệ lao động trong độ tuổi tham gia bả
      [32, 'indicator', '10', null, 'up'], // Số nhà ở xã hội hoàn thành đến 2030
      [33, 'section', 'III', null, null], // CHỈ TIÊU MÔI TRƯỜNG
      [34, 'indicator', '11', null, 'up'], // Tỷ lệ dân số đô thị sử dụng nước sạch
      [35, 'indicator', '12', null, 'up'], // Tỷ lệ thu gom và xử lý chất thải rắn sin
      [36, 'section', 'IV', null, null], // QUỐC PHÒNG - AN NINH
      [37, 'indicator', '13', null, 'up'], // Công tác tuyển quân
      [38, 'indicator', '14', null, 'up'], // Tỷ lệ giải quyết tin báo, tố giác tội ph
    ],
  },
  {
    file: 'kien-hai.xlsx',
    sheet: 'Chỉ tiêu chủ yếu',
    kind: 'indicators',
    header: { firstRow: 5, lastRow: 5 },

    lastRow: 43,
    columns: [
      'B stt',
      'C name',
      'D unit',
      'E year 2026 plan',
      'F year 2027 plan',
      'G year 2028 plan',
      'H year 2029 plan',
      'I year 2030 plan',
      'J lead',
    ],
    rows: [
      [6, 'indicator', '1', null, 'up'], // Tổng giá trị sản phẩm trên địa bàn tăng
      [7, 'component', '1.1', 6, 'up'], // Công nghiệp – xây dựng
      [8, 'component', '1.2', 6, 'up'], // Thương mại – dịch vụ – logistics – du lị
      [9, 'component', '1.3', 6, 'up'], // Nông – lâm – thủy sản
      [10, 'indicator', '2', null, 'up'], // Thu ngân sách Nhà nước trên địa bàn tăng
      [11, 'indicator', '3', null, 'up'], // Giá trị sản phẩm trên 1 ha đất trồng trọ
      [12, 'indicator', '4', null, 'up'], // Vốn đầu tư ngân sách xã (cả giai đoạn)
      [13, 'component', '', 12, 'up'], // Tỷ lệ giải ngân vốn đầu tư công
      [14, 'indicator', '5', null, 'up'], // Số DN trên địa bàn (tăng so với hiện nay
      [15, 'component', '', 14, 'up'], // Cơ sở SXKD chuyển đổi thành DN mỗi năm
      [17, 'indicator', '6', null, 'up'], // DN có hoạt động đổi mới sáng tạo
      [18, 'indicator', '7', null, 'up'], // Thu nhập bình quân đầu người
      [19, 'indicator', '8', null, 'down'], // Tỷ lệ hộ nghèo (chuẩn đa chiều)
      [20, 'indicator', '9', null, 'up'], // Gia đình văn hóa đạt
      [21, 'component', '', 20, 'up'], // Thôn văn hóa đạt
      [22, 'indicator', '10', null, 'up'], // Trường học đạt chuẩn Quốc gia mức độ 1
      [23, 'component', '', 22, 'up'], // Trường đạt chuẩn mức độ 2 và kiểm định c
      [24, 'component', '', 22, 'up'], // Trường có nhà đa năng
      [25, 'component', '', 22, 'up'], // Cơ sở GD có phòng học thông minh
      [26, 'indicator', '11', null, 'up'], // Người dân tham gia BHYT
      [27, 'component', '', 26, 'up'], // Lao động tham gia BHXH
      [28, 'indicator', '12', null, 'up'], // Việc làm được giới thiệu, giải quyết
      [29, 'indicator', '13', null, 'up'], // Lao động qua đào tạo có chứng chỉ, bằng
      [30, 'indicator', '14', null, 'up'], // Hộ dân sử dụng nước sạch
      [31, 'indicator', '15', null, 'up'], // Chất thải rắn được thu gom, xử lý đúng q
      [32, 'component', '', 31, 'up'], // Hộ dân phân loại rác tại nguồn
      [34, 'indicator', '16', null, 'up'], // Trạm y tế đạt chuẩn Quốc gia
      [35, 'indicator', '17', null, 'up'], // Hoàn thành xây dựng chính quyền số cấp x
      [36, 'component', '', 35, 'up'], // Tổ chuyển đổi số cộng đồng tại các thôn
      [37, 'indicator', '18', null, 'up'], // Cơ quan sử dụng văn bản điện tử
      [38, 'component', '', 37, 'up'], // Dịch vụ công mức độ 3, 4 cung cấp đầy đủ
      [39, 'indicator', '19', null, 'up'], // Tỷ lệ giải quyết TTHC đúng hạn
      [40, 'component', '', 39, 'up'], // Hồ sơ trực tuyến
      [41, 'indicator', '20', null, 'qualitative'], // Xã đạt chuẩn “Chính quyền thân thiện”
      [42, 'indicator', '21', null, 'up'], // Tuyển chọn, gọi công dân nhập ngũ, nghĩa
      [43, 'indicator', '22', null, 'qualitative'], // Giữ vững an ninh chính trị, trật tự an t
    ],
  },
  {
    file: 'an-duong.xlsx',
    sheet: 'PL1',
    kind: 'indicators',
    header: { firstRow: 6, lastRow: 7 },

    lastRow: 31,
    columns: ['A stt', 'B name', 'C unit', 'D target2030', 'E annualAverage', 'F leader', 'G lead', 'H notes'],
    rows: [
      [8, 'section', 'I', null, null], // NHÓM CHỈ TIÊU VỀ KINH TẾ
      [9, 'indicator', '1', null, 'up'], // Tổng giá trị sản phẩm trên địa bàn
      [10, 'indicator', '2', null, 'up'], // Thu nhập bình quân đầu người
      [11, 'indicator', '3', null, 'up'], // Thu ngân sách nhà nước trên địa bàn
      [12, 'indicator', '4', null, 'up'], // Tỷ lệ giải ngân vốn đầu tư công phường
      [13, 'section', 'II', null, null], // NHÓM CHỈ TIÊU XÃ HỘI
      [14, 'indicator', '5', null, 'down'], // Hộ nghèo theo chuẩn nghèo đa chiều quốc
      [15, 'indicator', '6', null, 'up'], // Tỷ lệ người dân tham gia bảo hiểm y tế
      [16, 'indicator', '7', null, 'qualitative'], // Duy trì Trạm y tế đạt chuẩn quốc gia
      [17, 'indicator', '8', null, 'up'], // Trường công lập đạt chuẩn quốc gia mức đ
      [18, 'component', '', 17, 'up'], // Trường công lập đạt chuẩn quốc gia mức đ
      [20, 'indicator', '9', null, 'up'], // Tỷ lệ gia đình văn hóa
      [21, 'component', '', 20, 'up'], // Tỷ lệ Tở dân phố văn hóa
      [22, 'indicator', '10', null, 'qualitative'], // Phường đạt chuẩn đô thị văn minh
      [23, 'section', 'III', null, null], // NHÓM CHỈ TIÊU MÔI TRƯỜNG
      [24, 'indicator', '11', null, 'up'], // Tỷ lệ thu gom chất thải rắn sinh hoạt
      [25, 'indicator', '13', null, 'up'], // Tỷ lệ dân số được sử dụng nước sạch
      [26, 'section', 'IV', null, null], // NHÓM CHỈ TIÊU QUỐC PHÒNG - AN NINH
      [27, 'indicator', '13', null, 'up'], // Hoàn thành chỉ tiêu tuyển chọn và gọi cô
      [28, 'indicator', '14', null, 'up'], // Tỷ lệ điều tra, khám phá án chung. Trong
      [29, 'component', '', 28, 'up'], // + Án rất nghiêm trọng, đặc biệt nghiêm t
      [30, 'component', '', 28, 'up'], // + Tiếp nhận, giải quyết tin báo tội phạm
      [31, 'indicator', '15', null, 'qualitative'], // Xây dựng và duy trì phường không ma túy
    ],
  },
  {
    file: 'an-duong.xlsx',
    sheet: 'PL2',
    kind: 'tasks',
    header: { firstRow: 5, lastRow: 6 },

    lastRow: 59,
    columns: ['A stt', 'B name', 'C deadline', 'D lead', 'E partners', 'F output', 'G leader'],
    rows: [
      [7, 'section', 'I', null, null], // LĨNH VỰC KINH TẾ, NGÂN SÁCH VÀ ĐẦU TƯ CÔ
      [8, 'task', '1', null, null], // Triển khai thực hiện các mục tiêu, chỉ t
      [9, 'task', '2', null, null], // Thực hiện các giải pháp phát triển thươn
      [10, 'task', '3', null, null], // Thực hiện công tác quản lý thu - chi ngâ
      [11, 'task', '4', null, null], // Chống thất thu ngân sách và phát triển n
      [12, 'task', '5', null, null], // Triển khai kế hoạch đầu tư công trung hạ
      [13, 'task', '6', null, null], // Đẩy nhanh tiến độ giải ngân vốn đầu tư c
      [15, 'task', '7', null, null], // Quản lý, sử dụng hiệu quả tài sản công
      [16, 'task', '8', null, null], // Tăng cường quản lý giá, thị trường
      [17, 'task', '9', null, null], // Thúc đẩy phát triển kinh tế số trong hộ
      [18, 'section', 'II', null, null], // LĨNH VỰC QUY HOẠCH, ĐÔ THỊ, TÀI NGUYÊN V
      [19, 'task', '10', null, null], // Quản lý quy hoạch xây dựng trên địa bàn
      [20, 'task', '11', null, null], // Quản lý trật tự xây dựng đô thị
      [21, 'task', '12', null, null], // Quản lý, sử dụng đất theo quy hoạch
      [22, 'task', '13', null, null], // Thực hiện các giải pháp bảo đảm 100% dân
      [23, 'task', '14', null, null], // Tăng cường quản lý tài nguyên, bảo vệ mô
      [24, 'task', '15', null, null], // Triển khai phân loại rác thải tại nguồn
      [26, 'task', '16', null, null], // Quản lý hệ thống hạ tầng kỹ thuật đô thị
      [27, 'task', '17', null, null], // Xây dựng các tuyến phố văn minh đô thị
      [28, 'task', '18', null, null], // Tăng cường kiểm tra vệ sinh môi trường
      [29, 'task', '19', null, null], // Xây dựng mô hình khu dân cư xanh - sạch
      [30, 'section', 'III', null, null], // LĨNH VỰC VĂN HÓA, GIÁO DỤC, Y TẾ VÀ AN S
      [31, 'task', '20', null, null], // Phát triển phong trào văn hóa, văn nghệ
      [32, 'task', '21', null, null], // Phát triển phong trào thể dục thể thao
      [33, 'task', '22', null, null], // Quản lý hoạt động tôn giáo, tín ngưỡng
      [34, 'task', '23', null, null], // Nâng cao chất lượng giáo dục trên địa bà
      [35, 'task', '24', null, null], // Đầu tư cơ sở vật chất trường học
      [37, 'task', '25', null, null], // Nâng cao chất lượng chăm sóc sức khỏe Nh
      [38, 'task', '26', null, null], // Thực hiện chính sách người có công
      [39, 'task', '27', null, null], // Tăng cường công tác bảo vệ trẻ em
      [40, 'task', '28', null, null], // Thực hiện bình đẳng giới và công tác gia
      [41, 'task', '29', null, null], // Triển khai chương trình giảm nghèo bền v
      [42, 'section', 'IV', null, null], // LĨNH VỰC CHUYÊN ĐỀ SỐ, CẢI CÁCH HÀNH CHÍ
      [43, 'task', '30', null, null], // Triển khai chương trình chuyên đổi số củ
      [44, 'task', '31', null, null], // Phát triển chính quyền số
      [45, 'task', '32', null, null], // Nâng cao chất lượng giải quyết thủ tục h
      [46, 'task', '33', null, null], // Triển khai Đề án 06 của Chính phủ
      [47, 'task', '34', null, null], // Ứng dụng khoa học công nghệ trong quản l
      [49, 'task', '35', null, null], // Xây dựng và phát triển cơ sở dữ liệu số
      [50, 'section', 'V', null, null], // LĨNH VỰC QUỐC PHÒNG - AN NINH
      [51, 'task', '36', null, null], // Bảo đảm an ninh chính trị, trật tự an to
      [52, 'task', '37', null, null], // Triển khai công tác phòng chống tội phạm
      [53, 'task', '38', null, null], // Thực hiện nhiệm vụ quốc phòng, quân sự đ
      [54, 'task', '39', null, null], // Tuyển chọn và gọi công dân nhập ngũ hàng
      [55, 'task', '40', null, null], // Tăng cường công tác phòng cháy chữa cháy
      [56, 'task', '41', null, null], // Xây dựng phong trào "Tân dân bảo vệ an n
      [57, 'section', 'VI', null, null], // CÔNG TÁC TUYÊN TRUYỀN VÀ VẬN ĐỘNG NHÂN D
      [58, 'task', '42', null, null], // Tuyên truyền các nhiệm vụ phát triển kin
      [59, 'task', '43', null, null], // Tuyên truyền cải cách hành chính
    ],
  },
  {
    file: 'an-duong.xlsx',
    sheet: 'Danh sách cán bộ',
    kind: 'none',
    header: null,

    columns: [],
    rows: [],
  },
  {
    file: 'thach-khoi.xlsx',
    sheet: 'Sheet1',
    kind: 'indicators',
    header: { firstRow: 6, lastRow: 7 },

    lastRow: 34,
    columns: ['A stt', 'B name', 'C unit', 'D target2030', 'E annualAverage', 'F lead', 'G partners'],
    rows: [
      [8, 'indicator', '1', null, 'up'], // Thu ngân sách nhà nước trên địa bàn
      [9, 'indicator', '2', null, 'up'], // Tốc độ tăng trưởng GRDP
      [10, 'component', '', 9, 'up'], // - Công nghiệp – Xây dựng
      [11, 'component', '', 9, 'up'], // - Dịch vụ
      [12, 'component', '', 9, 'up'], // - Nông nghiệp, thuỷ sản
      [13, 'indicator', '3', null, 'up'], // Chi phát triển khoa học công nghệ, đổi m
      [14, 'indicator', '4', null, 'up'], // Số doanh nghiệp hoạt động trên địa bàn
      [15, 'component', '', 14, 'up'], // - Số cơ sở kinh doanh chuyển đổi sang do
      [16, 'indicator', '5', null, 'down'], // Tỷ lệ hộ nghèo
      [17, 'indicator', '6', null, 'up'], // Tỷ lệ gia đình văn hoá
      [18, 'indicator', '7', null, 'up'], // Tỷ lệ trường đạt chuẩn mức độ 2
      [19, 'component', '', 18, 'up'], // - Trang bị nhà lớp học đa năng
      [20, 'component', '', 18, 'up'], // - Trang bị phòng học thông minh
      [21, 'component', '', 18, 'up'], // - Tỷ lệ học sinh hoàn thành chương trình
      [22, 'indicator', '8', null, 'up'], // Tỷ lệ dân số tham gia bảo hiểm y tế
      [23, 'component', '', 22, 'up'], // Tỷ lệ lao động trong độ tuổi tham gia bả
      [24, 'indicator', '9', null, 'qualitative'], // Mở rộng diện tích và xây dựng trạm y tế;
      [25, 'component', '', 24, 'up'], // - Tỷ lệ tiêm chủng trẻ em
      [26, 'indicator', '10', null, 'up'], // Tỷ lệ thu gom chất thải rắn sinh hoạt
      [27, 'indicator', '11', null, 'up'], // Tỷ lệ giải quyết thủ tục hành chính đúng
      [28, 'component', '', 27, 'up'], // - Mức độ hài lòng của người dân, doanh n
      [29, 'component', '', 27, 'up'], // - Tỷ lệ hồ sơ trực tuyến
      [30, 'indicator', '12', null, 'qualitative'], // Xây dựng chính quyền thân thiện
      [31, 'indicator', '13', null, 'up'], // Chỉ tiêu gọi nhập ngũ
      [32, 'indicator', '14', null, 'up'], // Tỷ lệ khám phá tội phạm
      [33, 'component', '', 32, 'qualitative'], // - Phường không ma tuý
      [34, 'indicator', '15', null, 'up'], // Đăng ký và triển khai mô hình dân vận kh
    ],
  },
  {
    file: 'theo-doi-2026-2027.xlsx',
    sheet: 'Theo dõi 2026-2027',
    kind: 'indicators',
    header: { firstRow: 5, lastRow: 6 },

    lastRow: 42,
    columns: [
      'A stt',
      'B name',
      'C unit',
      'D year 2026 plan',
      'E year 2026 actual',
      'F year 2027 plan',
      'G year 2027 actual',
      'H target2030',
      'I lead',
    ],
    rows: [
      [7, 'indicator', '1', null, 'up'], // Tổng giá trị sản phẩm trên địa bàn tăng
      [8, 'component', '1.1', 7, 'up'], // Công nghiệp – xây dựng
      [9, 'component', '1.2', 7, 'up'], // Thương mại – dịch vụ – logistics – du lị
      [10, 'component', '1.3', 7, 'up'], // Nông – lâm – thủy sản
      [11, 'indicator', '2', null, 'up'], // Thu ngân sách Nhà nước trên địa bàn tăng
      [12, 'indicator', '3', null, 'up'], // Giá trị sản phẩm trên 1 ha đất trồng trọ
      [13, 'indicator', '4', null, 'up'], // Vốn đầu tư ngân sách xã (cả giai đoạn)
      [14, 'component', '', 13, 'up'], // Tỷ lệ giải ngân vốn đầu tư công
      [15, 'indicator', '5', null, 'up'], // Số DN trên địa bàn (tăng so với hiện nay
      [16, 'component', '', 15, 'up'], // Cơ sở SXKD chuyển đổi thành DN mỗi năm
      [17, 'indicator', '6', null, 'up'], // DN có hoạt động đổi mới sáng tạo
      [18, 'indicator', '7', null, 'up'], // Thu nhập bình quân đầu người
      [19, 'indicator', '8', null, 'down'], // Tỷ lệ hộ nghèo (chuẩn đa chiều)
      [20, 'indicator', '9', null, 'up'], // Gia đình văn hóa đạt
      [21, 'component', '', 20, 'up'], // Thôn văn hóa đạt
      [22, 'indicator', '10', null, 'up'], // Trường học đạt chuẩn Quốc gia mức độ 1
      [23, 'component', '', 22, 'up'], // Trường đạt chuẩn mức độ 2 và kiểm định c
      [24, 'component', '', 22, 'up'], // Trường có nhà đa năng
      [25, 'component', '', 22, 'up'], // Cơ sở GD có phòng học thông minh
      [26, 'indicator', '11', null, 'up'], // Người dân tham gia BHYT
      [27, 'component', '', 26, 'up'], // Lao động tham gia BHXH
      [28, 'indicator', '12', null, 'up'], // Việc làm được giới thiệu, giải quyết
      [29, 'indicator', '13', null, 'up'], // Lao động qua đào tạo có chứng chỉ, bằng
      [30, 'indicator', '14', null, 'up'], // Hộ dân sử dụng nước sạch
      [31, 'indicator', '15', null, 'up'], // Chất thải rắn được thu gom, xử lý đúng q
      [32, 'component', '', 31, 'up'], // Hộ dân phân loại rác tại nguồn
      [33, 'indicator', '16', null, 'up'], // Trạm y tế đạt chuẩn Quốc gia
      [34, 'indicator', '17', null, 'up'], // Hoàn thành xây dựng chính quyền số cấp x
      [35, 'component', '', 34, 'up'], // Tổ chuyển đổi số cộng đồng tại các thôn
      [36, 'indicator', '18', null, 'up'], // Cơ quan sử dụng văn bản điện tử
      [37, 'component', '', 36, 'up'], // Dịch vụ công mức độ 3, 4 cung cấp đầy đủ
      [38, 'indicator', '19', null, 'up'], // Tỷ lệ giải quyết TTHC đúng hạn
      [39, 'component', '', 38, 'up'], // Hồ sơ trực tuyến
      [40, 'indicator', '20', null, 'qualitative'], // Xã đạt chuẩn “Chính quyền thân thiện”
      [41, 'indicator', '21', null, 'up'], // Tuyển chọn, gọi công dân nhập ngũ, nghĩa
      [42, 'indicator', '22', null, 'qualitative'], // Giữ vững an ninh chính trị, trật tự an t
    ],
  },
];

const SEEDS = join(__dirname, '..', 'seeds');
const FILES = [...new Set(EXPECTED.map((e) => e.file))];
const snapshots = new Map<string, WorkbookSnapshot>();
const layouts = new Map<string, WorkbookLayout>();

beforeAll(async () => {
  for (const f of FILES) {
    const wb = await readWorkbookFile(join(SEEDS, f));
    snapshots.set(f, wb);
    layouts.set(f, recognizeWorkbook(wb));
  }
});

function columnsOf(l: SheetLayout): string[] {
  return l.columns.map((c) =>
    [columnLetter(c.col), c.role, ...(c.year !== undefined ? [c.year] : []), ...(c.series ? [c.series] : [])].join(' '),
  );
}

function rowsOf(l: SheetLayout): RowSpec[] {
  return l.rows.map((r) => [r.row, r.kind, r.stt, r.parent ?? null, r.direction ?? null]);
}

function layoutOf(spec: SheetSpec): SheetLayout {
  const l = layouts.get(spec.file)?.sheets.find((s) => s.name === spec.sheet);
  if (!l) throw new Error(`${spec.file} has no sheet ${spec.sheet}`);
  return l;
}

describe.each(EXPECTED.map((e) => [`${e.file} / ${e.sheet}`, e] as const))('%s', (_title, spec) => {
  it('has the expected kind, header, column-number row and end of table', () => {
    const l = layoutOf(spec);
    expect({ kind: l.kind, header: l.header, columnNumberRow: l.columnNumberRow, lastRow: l.lastRow }).toEqual({
      kind: spec.kind,
      header: spec.header,
      columnNumberRow: spec.columnNumberRow,
      lastRow: spec.lastRow,
    });
  });

  it('reads every column', () => {
    expect(columnsOf(layoutOf(spec))).toEqual(spec.columns);
  });

  it('reads every row', () => {
    expect(rowsOf(layoutOf(spec))).toEqual(spec.rows);
  });

  it('says how sure it is and why', () => {
    const l = layoutOf(spec);
    expect(l.reasons.length).toBeGreaterThan(0);
    expect(l.confidence).toBeGreaterThanOrEqual(spec.kind === 'none' ? 0.5 : 0.8);
    expect(l.confidence).toBeLessThanOrEqual(1);
  });

  it('names rows, units and sections from the sheet', () => {
    const l = layoutOf(spec);
    const wb = snapshots.get(spec.file)!;
    const sheet = wb.sheets.find((s) => s.name === spec.sheet)!;
    const cell = (row: number, col: number) => {
      const v = sheet.values[row - sheet.origin.row]?.[col - sheet.origin.col];
      return v === null || v === undefined ? '' : String(v).trim();
    };
    const nameCol = l.columns.find((c) => c.role === 'name')?.col;
    const unitCol = l.columns.find((c) => c.role === 'unit')?.col;
    let section: number | undefined;
    for (const r of l.rows) {
      if (r.kind === 'section') {
        section = r.row;
        continue;
      }
      if (r.kind === 'header') continue;
      expect(r.section).toBe(section);
      if (nameCol !== undefined) expect(r.name).toBe(cell(r.row, nameCol));
      if (unitCol !== undefined) expect(r.unit).toBe(cell(r.row, unitCol));
    }
  });
});

describe('every sheet of every sample workbook is covered', () => {
  it.each(FILES)('%s', (f) => {
    const names = layouts.get(f)!.sheets.map((s) => s.name);
    expect(names).toEqual(EXPECTED.filter((e) => e.file === f).map((e) => e.sheet));
  });
});

describe('the JSON report carries the layouts', () => {
  it.each(FILES)('%s validates against the report schema and shows the recognised sheets', (f) => {
    const wb = snapshots.get(f)!;
    const file = toReportFile(f, checkWorkbook(wb));
    expect(() => ReportFileSchema.parse(file)).not.toThrow();
    for (const s of file.sheets) {
      const spec = EXPECTED.find((e) => e.file === f && e.sheet === s.name)!;
      expect(s.kind).toBe(spec.kind);
      expect(
        s.columns.map((c) => [c.column, c.role, ...(c.year !== undefined ? [c.year] : []), ...(c.series ? [c.series] : [])].join(' ')),
      ).toEqual(spec.columns);
      expect(s.rows.map((r) => r.row)).toEqual(spec.rows.map((r) => r[0]));
    }
  });
});

describe('the expectations themselves', () => {
  it('use real columns and rows in order', () => {
    for (const e of EXPECTED) {
      const cols = e.columns.map((c) => columnNumber(c.split(' ')[0]));
      expect([...cols].sort((a, b) => a - b)).toEqual(cols);
      const rows = e.rows.map((r) => r[0]);
      expect([...rows].sort((a, b) => a - b)).toEqual(rows);
      for (const [row, kind, , parent] of e.rows) {
        if (parent !== null) {
          expect(['component', 'growth']).toContain(kind);
          expect(parent).toBeLessThan(row);
        }
      }
    }
  });
});
