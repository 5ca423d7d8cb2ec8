/** The human-readable form of a check report. */
import { VERDICT_LABELS, VERDICTS } from '../core/evaluation';
import type { FillResult } from '../core/fill';
import type { Severity } from '../core/findings';
import type { ReportFile } from '../core/report';
import { indicatorVerdictCounts } from '../core/summary';

const KIND_VI: Record<string, string> = { indicators: 'phụ lục chỉ tiêu', tasks: 'phụ lục nhiệm vụ', none: 'không phải phụ lục' };
const SEVERITY_VI: Record<string, string> = { error: 'LỖI', warning: 'cảnh báo', info: 'thông tin' };

/** One file's part of the human-readable check report, ending with a blank line; its totals come from the file's tally. */
export function formatFileReport(f: ReportFile, tally: FileTally): string {
  const lines: string[] = [];
  lines.push(`# ${f.file}`);
  if (f.error) {
    lines.push(`  Không đọc được: ${f.error}`);
    lines.push('');
    return lines.join('\n');
  }
  for (const s of f.sheets) {
    const counts = s.rows.reduce<Record<string, number>>((acc, r) => ((acc[r.kind] = (acc[r.kind] ?? 0) + 1), acc), {});
    const detail = s.kind === 'none' ? '' : ` · tiêu đề dòng ${s.header?.firstRow}-${s.header?.lastRow} · ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ')}`;
    lines.push(`  [${s.name}] ${KIND_VI[s.kind]} (độ tin cậy ${Math.round(s.confidence * 100)}%)${detail}`);
  }
  for (const x of f.findings) lines.push(`  ${x.sheet}!${x.cell}  ${SEVERITY_VI[x.severity]}  ${x.rule}: ${x.message}`);
  const missed = f.evaluations.filter((x) => x.verdict === 'missed');
  // Row names by sheet and row, made only for a file with a missed target (most files of a batch have none).
  const names = missed.length ? new Map(f.sheets.flatMap((s) => s.rows.map((r) => [`${s.name}!${r.row}`, r.name] as const))) : undefined;
  for (const e of missed) {
    lines.push(`  ${e.sheet}!${e.actualCell}  ${VERDICT_LABELS.missed.vi} ${e.year}: ${names?.get(`${e.sheet}!${e.row}`) ?? ''}${e.reason ? ` (${e.reason})` : ''}`);
  }
  // Two counts, each saying what it counts: indicators by their latest year (as the summary sheet counts them), and indicator-years.
  const byIndicator = indicatorVerdictCounts(f.evaluations);
  const verdicts = f.evaluations.reduce<Record<string, number>>((acc, e) => ((acc[e.verdict] = (acc[e.verdict] ?? 0) + 1), acc), {});
  const indicatorText = VERDICTS.filter((v) => byIndicator[v]).map((v) => `${VERDICT_LABELS[v].vi} ${byIndicator[v]}`).join(', ');
  const yearText = VERDICTS.filter((v) => verdicts[v]).map((v) => `${VERDICT_LABELS[v].vi} ${verdicts[v]}`).join(', ');
  const verdictText = `${indicatorText} chỉ tiêu (theo năm gần nhất có số liệu); theo từng năm: ${yearText} lượt chỉ tiêu-năm`;
  const { error, warning, info } = tally.findings;
  lines.push(`  Tổng: ${error} lỗi, ${warning} cảnh báo, ${info} thông tin` + (f.evaluations.length ? `; đối chiếu mục tiêu: ${verdictText}` : ''));
  lines.push('');
  return lines.join('\n');
}

/** The clause of a closing line for the non-spreadsheet files met in folders; empty when there were none. */
export function skippedNote(skipped: number): string {
  return skipped ? `; bỏ qua ${skipped} tệp không phải bảng tính trong thư mục` : '';
}

/** What the closing summary and the exit code need of a checked file: kept when its report is not. */
export interface FileTally {
  file: string;
  error?: string;
  /** Sheets recognised as phụ lục. */
  sheets: number;
  findings: Record<Severity, number>;
}

export function tallyOf(f: { file: string; error?: string; sheets?: ReadonlyArray<{ kind: string }>; findings: ReadonlyArray<{ severity: Severity }> }): FileTally {
  const findings = { error: 0, warning: 0, info: 0 };
  for (const x of f.findings) findings[x.severity]++;
  let sheets = 0;
  for (const s of f.sheets ?? []) if (s.kind !== 'none') sheets++;
  return { file: f.file, error: f.error, sheets, findings };
}

/** The closing lines of a batch: files, sheets, findings by severity, unreadable files. */
export function formatBatchSummary(files: ReadonlyArray<FileTally>, skipped = 0): string {
  const unreadable = files.filter((f) => f.error);
  let sheets = 0;
  const sev = { error: 0, warning: 0, info: 0 };
  for (const f of files) {
    sheets += f.sheets;
    sev.error += f.findings.error;
    sev.warning += f.findings.warning;
    sev.info += f.findings.info;
  }
  const lines = [
    `Tổng kết: ${files.length} tệp, ${sheets} phụ lục; ${sev.error} lỗi, ${sev.warning} cảnh báo, ${sev.info} thông tin; ${unreadable.length} tệp không đọc được${skippedNote(skipped)}.`,
  ];
  for (const f of unreadable) lines.push(`  ✗ ${f.file}: ${f.error}`);
  return lines.join('\n');
}

/** What `apply --fill` did: cells filled, converted, replaced, figures made numbers, and every typed figure it left alone with why. */
export function formatFillPreview(p: FillResult['preview']): string {
  const lines = [
    `  Công thức: điền ${p.fill.length} ô trống, chuyển ${p.convert.length} ô cùng giá trị, thay ${p.replace?.length ?? 0} ô theo yêu cầu, đổi ${p.numbers?.length ?? 0} số dạng chữ thành số; giữ nguyên ${p.leave.length} ô.`,
  ];
  // One line per reason (its figures dropped), naming the cells: a sheet can leave dozens alone.
  const byReason = new Map<string, string[]>();
  for (const c of p.leave) {
    const reason = (c.reason ?? '').split(' / ')[0].replace(/\s*\([^)]*\)/g, '');
    byReason.set(reason, [...(byReason.get(reason) ?? []), `${c.sheet}!${c.cell}`]);
  }
  for (const [reason, cells] of byReason) lines.push(`    - ${reason.replace(/\.$/, "")} (${cells.length} ô): ${cells.join(", ")}`);
  return lines.join('\n') + '\n';
}
