/** The human-readable form of a check report, in Vietnamese or English (messages.ts). */
import { VERDICT_LABELS, VERDICTS } from '../core/evaluation';
import type { FillResult } from '../core/fill';
import type { Severity } from '../core/findings';
import type { ReportFile } from '../core/report';
import { indicatorVerdictCounts } from '../core/summary';
import { ruleTitle } from '../core/rules';
import { workbookStatus } from '../core/status';
import { cliText, type Language } from './messages';


/** One file's part of the human-readable check report, ending with a blank line; its totals come from the file's tally. */
export function formatFileReport(f: ReportFile, tally: FileTally, lang: Language = 'vi'): string {
  const tx = cliText(lang);
  const lines: string[] = [];
  lines.push(`# ${f.file}`);
  if (f.error) {
    lines.push(`  ${tx.report.unreadable(f.error)}`);
    lines.push('');
    return lines.join('\n');
  }
  // The same tally as the task pane's first screen.
  const status = new Map(workbookStatus(f).sheets.map((s) => [s.sheet, s]));
  for (const s of f.sheets) {
    const counts = s.rows.reduce<Record<string, number>>((acc, r) => ((acc[r.kind] = (acc[r.kind] ?? 0) + 1), acc), {});
    const rows = Object.entries(counts).map(([k, n]) => tx.rowKindCount(n, tx.rowKind[k as keyof typeof tx.rowKind] ?? k));
    const detail = s.kind === 'none' ? '' : ` · ${tx.report.header(s.header?.firstRow, s.header?.lastRow)} · ${rows.join(', ')}`;
    lines.push(`  ${tx.report.sheet(s.name, tx.sheetKind[s.kind], Math.round(s.confidence * 100))}${detail}`);
    const st = status.get(s.name);
    if (st) {
      const compared = VERDICTS.reduce((n, v) => n + st.verdicts[v], 0);
      lines.push(`    ${tx.report.status(st.findings.error, st.findings.warning, st.verdicts.missed, st.indicators.missed, compared)}`);
    }
  }
  for (const x of f.findings) {
    const title = ruleTitle(x.rule, lang);
    const message = lang === 'en' ? (x.messageEn ?? x.message) : x.message;
    lines.push(`  ${x.sheet}!${x.cell}  ${tx.severity[x.severity]}  ${title}: ${message}`);
  }
  const missed = f.evaluations.filter((x) => x.verdict === 'missed');
  // Row names by sheet and row, made only for a file with a missed target (most files of a batch have none).
  const names = missed.length ? new Map(f.sheets.flatMap((s) => s.rows.map((r) => [`${s.name}!${r.row}`, r.name] as const))) : undefined;
  for (const e of missed) {
    // The reason is the core's Vietnamese sentence; in English the cells say it.
    const reason = lang === 'vi' && e.reason ? ` (${e.reason})` : lang === 'en' ? ` (plan ${e.planCell}, actual ${e.actualCell})` : '';
    lines.push(`  ${e.sheet}!${e.actualCell}  ${tx.report.missed(VERDICT_LABELS.missed[lang], e.year, names?.get(`${e.sheet}!${e.row}`) ?? '')}${reason}`);
  }
  // Two counts, each saying what it counts: indicators by their latest year (as the summary sheet counts them), and indicator-years.
  const byIndicator = indicatorVerdictCounts(f.evaluations);
  const verdicts = f.evaluations.reduce<Record<string, number>>((acc, e) => ((acc[e.verdict] = (acc[e.verdict] ?? 0) + 1), acc), {});
  const counts = (c: Record<string, number>) => VERDICTS.filter((v) => c[v]).map((v) => `${VERDICT_LABELS[v][lang]} ${c[v]}`).join(', ');
  const { error, warning, info } = tally.findings;
  lines.push(`  ${tx.report.total(error, warning, info)}` + (f.evaluations.length ? tx.report.verdicts(counts(byIndicator), counts(verdicts)) : ''));
  lines.push('');
  return lines.join('\n');
}

/** The clause of a closing line for the non-spreadsheet files met in folders; empty when there were none. */
export function skippedNote(skipped: number, lang: Language = 'vi'): string {
  return skipped ? cliText(lang).report.skipped(skipped) : '';
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
export function formatBatchSummary(files: ReadonlyArray<FileTally>, skipped = 0, lang: Language = 'vi'): string {
  const unreadable = files.filter((f) => f.error);
  let sheets = 0;
  const sev = { error: 0, warning: 0, info: 0 };
  for (const f of files) {
    sheets += f.sheets;
    sev.error += f.findings.error;
    sev.warning += f.findings.warning;
    sev.info += f.findings.info;
  }
  const lines = [`${cliText(lang).report.batch(files.length, sheets, sev.error, sev.warning, sev.info, unreadable.length)}${skippedNote(skipped, lang)}.`];
  for (const f of unreadable) lines.push(`  ✗ ${f.file}: ${f.error}`);
  return lines.join('\n');
}

/** What `apply --fill` did: cells filled, converted, replaced, figures made numbers, and every typed figure it left alone with why. */
export function formatFillPreview(p: FillResult['preview'], lang: Language = 'vi'): string {
  const tx = cliText(lang).apply;
  const lines = [`  ${tx.fill(p.fill.length, p.convert.length, p.replace?.length ?? 0, p.numbers?.length ?? 0, p.leave.length)}`];
  // One line per reason (its figures dropped), naming the cells: a sheet can leave dozens alone.
  // The fill's reasons are "Vietnamese / English": the half of the language asked for.
  const byReason = new Map<string, string[]>();
  for (const c of p.leave) {
    const halves = (c.reason ?? '').split(' / ');
    const reason = (lang === 'en' ? (halves[1] ?? halves[0]) : halves[0]).replace(/\s*\([^)]*\)/g, '').replace(/\.$/, '');
    byReason.set(reason, [...(byReason.get(reason) ?? []), `${c.sheet}!${c.cell}`]);
  }
  for (const [reason, cells] of byReason) lines.push(`    ${tx.leaveReason(reason, cells)}`);
  return lines.join('\n') + '\n';
}
