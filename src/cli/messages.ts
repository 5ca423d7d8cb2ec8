/**
 * What `phuluc` says, Vietnamese by default and English with `--lang en`:
 * help, usage errors and the text report. The names of states (sheet kinds,
 * row kinds, severities, verdicts) come from the core's vocabulary.
 */
import { names, type Language } from '../core/vocabulary';

export type { Language };

/** "1 error", "2 errors". */
const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const vi = {
  sheetKind: names('sheetKind', 'vi'),
  rowKind: names('rowKind', 'vi'),
  severity: names('severity', 'vi'),
  rowKindCount: (count: number, kind: string) => `${count} ${kind.toLowerCase()}`,
  help: {
    program: 'Kiểm tra và hoàn thiện các phụ lục chỉ tiêu kế hoạch 2026-2030 trong tệp Excel (.xlsx)',
    version: 'in số phiên bản',
    helpOption: 'hiện hướng dẫn',
    helpCommand: 'hiện hướng dẫn cho một lệnh',
    lang: 'ngôn ngữ: vi hoặc en',
    check: 'Nhận dạng và kiểm tra phụ lục trong các tệp, thư mục hoặc mẫu glob',
    files: 'tệp .xlsx, thư mục hoặc mẫu glob',
    format: 'định dạng kết quả: text hoặc json',
    workers: 'số luồng xử lý song song; 0: chạy trên luồng chính (mặc định: số lõi CPU)',
    noProgress: 'không hiện thanh tiến độ, kể cả trên terminal',
    apply: 'Ghi một bản sao có công thức, tô màu, cột theo dõi, trang Tổng hợp',
    applyFile: 'tệp .xlsx nguồn (không bao giờ bị sửa)',
    out: 'tệp .xlsx kết quả',
    fill: 'điền công thức tốc độ tăng, bình quân, tổng',
    highlight: 'tô màu các ô thực hiện theo kết quả đối chiếu mục tiêu',
    track: 'thêm cột "Thực hiện" và tỷ lệ hoàn thành vào trang chỉ có kế hoạch',
    summary: 'tạo trang "Tổng hợp"',
    all: 'cả --fill, --highlight và --summary',
    convertEqual: 'với --fill: đổi số gõ tay bằng đúng kết quả thành công thức',
    replace: 'với --fill: thay số gõ tay khác kết quả: "all" hoặc danh sách ô Trang!A1 cách nhau bởi dấu phẩy',
    date: 'ngày in trên trang (yyyy-mm-dd)',
    unit: 'cơ quan ban hành in ở đầu bảng tổng hợp khi các dòng tiêu đề không ghi, ví dụ "UBND phường An Dương"',
    reportUnit: 'cơ quan ban hành in ở đầu báo cáo, ví dụ "UBND thành phố Rạch Giá"',
    report: 'Một bảng tổng hợp cho nhiều tệp của các phường, xã',
    reportFiles: 'tệp .xlsx, thư mục hoặc mẫu glob (không bao giờ bị sửa)',
    reportOut: 'tệp .xlsx kết quả, ví dụ tong-hop.xlsx',
    /** Commander's usage lines and argument names, which it would print in English. */
    programUsage: '[tùy chọn] [lệnh]',
    filesArg: 'tệp...',
    fileArg: 'tệp',
    commandUsage: (args: string) => `[tùy chọn] <${args}>`,
  },
  usage: {
    format: (got: string) => `--format phải là text hoặc json (đang là "${got}")`,
    lang: (got: string) => `--lang phải là vi hoặc en (đang là "${got}")`,
    workers: (got: string) => `--workers phải là số nguyên từ 0 trở lên (đang là "${got}")`,
    date: (got: string) => `--date phải là một ngày có thật dạng yyyy-mm-dd (đang là "${got}")`,
    replace: (cells: string[]) => `--replace: không có giá trị nhập tay nào khác công thức để thay ở ${cells.join(', ')}`,
    replaceNeedsFill: '--replace và --convert-equal chỉ dùng cùng --fill hoặc --all',
    sameOut: '--out phải khác tệp nguồn; tệp nguồn không bao giờ bị ghi đè',
    outIsInput: '--out trùng một tệp nguồn; tệp nguồn không bao giờ bị ghi đè',
    noAction: 'chọn ít nhất một việc: --fill, --highlight, --track, --summary hoặc --all',
  },
  report: {
    unreadable: (error: string) => `Không đọc được: ${error}`,
    sheet: (name: string, kind: string, confidence: number) => `[${name}] ${kind} (độ tin cậy ${confidence}%)`,
    header: (first?: number, last?: number) => `tiêu đề dòng ${first}-${last}`,
    status: (errors: number, warnings: number, missed: number, missedIndicators: number, compared: number) =>
      `${errors} lỗi, ${warnings} cảnh báo` +
      (compared ? `; ${missed} lượt không đạt mục tiêu (chỉ tiêu × năm) ở ${missedIndicators} chỉ tiêu, trên ${compared} lượt đối chiếu` : ''),
    missed: (verdict: string, year: number, name: string) => `${verdict} ${year}: ${name}`,
    total: (e: number, w: number, i: number) => `Tổng: ${e} lỗi, ${w} cảnh báo, ${i} thông tin`,
    verdicts: (indicators: string, years: string) => `; đối chiếu mục tiêu: ${indicators} chỉ tiêu (theo năm gần nhất có số liệu); theo từng năm: ${years} lượt chỉ tiêu-năm`,
    batch: (files: number, sheets: number, e: number, w: number, i: number, unreadable: number) =>
      `Tổng kết: ${files} tệp, ${sheets} phụ lục; ${e} lỗi, ${w} cảnh báo, ${i} thông tin; ${unreadable} tệp không đọc được`,
    skipped: (count: number) => `; bỏ qua ${count} tệp không phải bảng tính trong thư mục`,
  },
  apply: {
    written: (out: string, ops: number, what: string[]) => `Đã ghi ${out}: ${ops} thao tác (${what.join(', ')}).`,
    noAppendix: (file: string) => `Không nhận dạng được phụ lục nào trong ${file}; không ghi tệp nào.`,
    nothingToChange: (file: string) => `Không có gì để thay đổi trong ${file}; không ghi tệp nào.`,
    action: { fill: 'điền công thức', highlight: 'tô màu', track: 'cột theo dõi', summary: 'trang Tổng hợp' },
    skippedOp: (op: string, reason: string) => `Bỏ qua ${op}: ${reason}`,
    note: (w: string) => `Lưu ý: ${w}`,
    fill: (fill: number, convert: number, replace: number, numbers: number, leave: number) =>
      `Công thức: điền ${fill} ô trống, chuyển ${convert} ô cùng giá trị, thay ${replace} ô theo yêu cầu, đổi ${numbers} số dạng chữ thành số; giữ nguyên ${leave} ô.`,
    leaveReason: (reason: string, cells: string[]) => `- ${reason} (${cells.length} ô): ${cells.join(', ')}`,
  },
  reportWritten: (out: string, files: number, indicators: number, findings: number, unreadable: number) =>
    `Đã ghi ${out}: ${files} tệp, ${indicators} chỉ tiêu, ${findings} dòng lỗi/cảnh báo; ${unreadable} tệp không đọc được`,
};

export type CliText = typeof vi;

const en: CliText = {
  sheetKind: names('sheetKind', 'en'),
  rowKind: names('rowKind', 'en'),
  severity: names('severity', 'en'),
  rowKindCount: (count: number, kind: string) => n(count, kind.toLowerCase(), `${kind.toLowerCase()}s`),
  help: {
    program: 'Check and complete the 2026-2030 plan indicator appendices in Excel files (.xlsx)',
    version: 'print the version number',
    helpOption: 'show help',
    helpCommand: 'show help for a command',
    lang: 'language: vi or en',
    check: 'Recognise and check the appendices in files, folders or glob patterns',
    files: '.xlsx files, folders or glob patterns',
    format: 'output format: text or json',
    workers: 'parallel worker threads; 0: run on the main thread (default: number of CPU cores)',
    noProgress: 'no progress bar, even on a terminal',
    apply: 'Write a copy with formulas, colours, tracking columns and the summary sheet',
    applyFile: 'source .xlsx (never modified)',
    out: 'output .xlsx',
    fill: 'fill growth, average and total formulas',
    highlight: 'colour the actual cells by their verdict against the target',
    track: 'add actual and completion-ratio columns to plan-only sheets',
    summary: 'create the summary sheet',
    all: '--fill, --highlight and --summary together',
    convertEqual: 'with --fill: turn typed figures equal to the result into the formula',
    replace: 'with --fill: replace typed figures that differ: "all" or a comma-separated list of Sheet!A1 cells',
    date: 'date printed on the sheet (yyyy-mm-dd)',
    unit: 'issuing body printed at the top of the summary when the title rows do not name it, e.g. "UBND phường An Dương"',
    reportUnit: 'issuing body printed at the top of the report, e.g. "UBND thành phố Rạch Giá"',
    report: 'One summary workbook over many ward and commune files',
    reportFiles: '.xlsx files, folders or glob patterns (never modified)',
    reportOut: 'output .xlsx, e.g. summary.xlsx',
    programUsage: '[options] [command]',
    filesArg: 'files...',
    fileArg: 'file',
    commandUsage: (args: string) => `[options] <${args}>`,
  },
  usage: {
    format: (got: string) => `--format must be text or json (got "${got}")`,
    lang: (got: string) => `--lang must be vi or en (got "${got}")`,
    workers: (got: string) => `--workers must be a whole number, 0 or more (got "${got}")`,
    date: (got: string) => `--date must be a real date as yyyy-mm-dd (got "${got}")`,
    replace: (cells: string[]) => `--replace: no typed figure that differs from its formula at ${cells.join(', ')}`,
    replaceNeedsFill: '--replace and --convert-equal only work with --fill or --all',
    sameOut: '--out must differ from the source file; the source is never overwritten',
    outIsInput: '--out is one of the source files; sources are never overwritten',
    noAction: 'choose at least one action: --fill, --highlight, --track, --summary or --all',
  },
  report: {
    unreadable: (error: string) => `Could not read: ${error}`,
    sheet: (name: string, kind: string, confidence: number) => `[${name}] ${kind} (${confidence}% confidence)`,
    header: (first?: number, last?: number) => `header rows ${first}-${last}`,
    status: (errors: number, warnings: number, missed: number, missedIndicators: number, compared: number) =>
      `${n(errors, 'error', 'errors')}, ${n(warnings, 'warning', 'warnings')}` +
      (compared
        ? `; ${n(missed, 'missed target', 'missed targets')} (indicator × year) in ${n(missedIndicators, 'indicator', 'indicators')}, of ${n(compared, 'comparison', 'comparisons')}`
        : ''),
    missed: (verdict: string, year: number, name: string) => `${verdict} ${year}: ${name}`,
    total: (e: number, w: number, i: number) => `Total: ${n(e, 'error', 'errors')}, ${n(w, 'warning', 'warnings')}, ${i} info`,
    verdicts: (indicators: string, years: string) => `; targets: ${indicators} indicators (by their latest year with data); by year: ${years} indicator-years`,
    batch: (files: number, sheets: number, e: number, w: number, i: number, unreadable: number) =>
      `Summary: ${n(files, 'file', 'files')}, ${n(sheets, 'appendix', 'appendices')}; ${n(e, 'error', 'errors')}, ${n(w, 'warning', 'warnings')}, ${i} info; ${n(unreadable, 'unreadable file', 'unreadable files')}`,
    skipped: (count: number) => `; skipped ${n(count, 'file', 'files')} in folders that ${count === 1 ? 'is' : 'are'} not a spreadsheet`,
  },
  apply: {
    written: (out: string, ops: number, what: string[]) => `Wrote ${out}: ${n(ops, 'operation', 'operations')} (${what.join(', ')}).`,
    noAppendix: (file: string) => `No phụ lục recognised in ${file}; nothing written.`,
    nothingToChange: (file: string) => `Nothing to change in ${file}; nothing written.`,
    action: { fill: 'formulas', highlight: 'colours', track: 'tracking columns', summary: 'summary sheet' },
    skippedOp: (op: string, reason: string) => `Skipped ${op}: ${reason}`,
    note: (w: string) => `Note: ${w}`,
    fill: (fill: number, convert: number, replace: number, numbers: number, leave: number) =>
      `Formulas: ${n(fill, 'empty cell', 'empty cells')} filled, ${convert} converted (same value), ${replace} replaced as asked, ${n(numbers, 'text number', 'text numbers')} made numbers; ${n(leave, 'cell', 'cells')} left as is.`,
    leaveReason: (reason: string, cells: string[]) => `- ${reason} (${n(cells.length, 'cell', 'cells')}): ${cells.join(', ')}`,
  },
  reportWritten: (out: string, files: number, indicators: number, findings: number, unreadable: number) =>
    `Wrote ${out}: ${n(files, 'file', 'files')}, ${n(indicators, 'indicator', 'indicators')}, ${n(findings, 'error/warning line', 'error/warning lines')}; ${n(unreadable, 'unreadable file', 'unreadable files')}`,
};

export function cliText(lang: Language): CliText {
  return lang === 'en' ? en : vi;
}
