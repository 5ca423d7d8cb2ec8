/**
 * `phuluc`: the core over .xlsx files.
 *   phuluc check FILE... [--format text|json]
 *   phuluc apply FILE --out OUT.xlsx [--fill] [--highlight] [--summary] [--all]
 * Exit codes: 0 no error findings, 1 error findings, 2 bad usage or unreadable input.
 * `apply` exits 0 and writes no file when there is nothing to do (no phụ lục recognised, or an empty plan).
 */
import { Command, CommanderError } from 'commander';
import { existsSync, mkdirSync } from 'fs';
import { basename, dirname, resolve } from 'path';
import { checkWorkbook, planActionsWithPreview } from '../core/pipeline';
import { runBatch } from './batch';
import { EXIT_OK, EXIT_USAGE, exitCodeFor, runCheck } from './check-command';
import { writeReportWorkbook } from './report-workbook';
import { expandInputs, NO_MATCH } from './inputs';
import { failedResult } from './read-file';
import { startProgress } from './progress';
import { formatFillPreview, skippedNote, tallyOf } from './text-report';
import { readWorkbookFile } from './xlsx/read';
import { applyPlanToFile, PlanApplyError, WriteError } from './xlsx/write';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** A progress bar and a closing summary on stderr only when a person is watching. */
  isTTY?: boolean;
}

const defaultIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: process.stderr.isTTY === true,
};

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let code = EXIT_OK;
  const program = new Command();
  program
    .name('phuluc')
    .description('Kiểm tra và hoàn thiện các phụ lục chỉ tiêu kế hoạch 2026-2030 (Phụ lục add-in, CLI)')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  program
    .command('check')
    .description('Nhận dạng và kiểm tra phụ lục trong các tệp, thư mục, mẫu glob / recognise and validate phụ lục sheets')
    .argument('<files...>', '.xlsx files, folders or globs')
    .option('--format <format>', 'text | json', 'text')
    .option('--workers <n>', 'worker threads (default: number of cores)')
    .option('--no-progress', 'no progress bar even on a terminal')
    .action(async (args: string[], opts: { format: string; workers?: string; progress: boolean }) => {
      if (opts.format !== 'text' && opts.format !== 'json') {
        io.err(`phuluc: --format phải là text hoặc json (got ${opts.format})\n`);
        code = EXIT_USAGE;
        return;
      }
      const inputs = expandInputs(args);
      const bar = opts.progress && io.isTTY ? startProgress(inputs.files.length) : undefined;
      const result = await runCheck(inputs, opts.format, {
        workers: opts.workers === undefined ? undefined : Math.max(0, Number(opts.workers) || 0),
        onProgress: (done, _total, file) => bar?.update(done, { file: basename(file) }),
      });
      bar?.stop();
      io.out(result.out);
      if (result.summary && io.isTTY) io.err(result.summary);
      code = result.code;
    });

  program
    .command('apply')
    .description('Ghi một bản sao có công thức, tô màu, bảng tổng hợp / write a copy with the add-in edits')
    .argument('<file>', 'source .xlsx (never modified)')
    .requiredOption('--out <out>', 'output .xlsx')
    .option('--fill', 'fill growth, average and total formulas')
    .option('--highlight', 'highlight missed targets with conditional formats')
    .option('--track', 'add "Thực hiện" and completion-ratio columns to plan-only sheets')
    .option('--summary', 'generate the "Tổng hợp" summary sheet')
    .option('--all', '--fill --highlight --summary')
    .option('--convert-equal', 'with --fill: turn typed figures that equal the formula into the formula')
    .option('--replace <cells>', 'with --fill: replace differing typed figures: "all" or a comma-separated list of Sheet!A1')
    .option('--date <date>', 'date printed on the summary (yyyy-mm-dd)', new Date().toISOString().slice(0, 10))
    .option('--unit <name>', 'issuing body printed on the summary when the title rows do not name it, e.g. "UBND phường An Dương"')
    .action(async (file: string, opts: { out: string; fill?: boolean; highlight?: boolean; track?: boolean; summary?: boolean; all?: boolean; date: string; unit?: string; convertEqual?: boolean; replace?: string }) => {
      if (resolve(file) === resolve(opts.out)) {
        io.err('phuluc: --out phải khác tệp nguồn; tệp nguồn không bao giờ bị ghi đè / --out must differ from the input\n');
        code = EXIT_USAGE;
        return;
      }
      let wb;
      try {
        wb = await readWorkbookFile(file);
      } catch (e) {
        io.err(`phuluc: ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
        code = EXIT_USAGE;
        return;
      }
      const check = checkWorkbook(wb);
      const actions = {
        fill: opts.fill || opts.all,
        highlight: opts.highlight || opts.all,
        track: opts.track,
        summary: opts.summary || opts.all,
        date: opts.date,
        unit: opts.unit,
        fillOptions: {
          convertEqual: opts.convertEqual,
          replace: opts.replace === undefined ? undefined : opts.replace === 'all' ? ('all' as const) : opts.replace.split(',').map((c) => c.trim()).filter(Boolean),
        },
      };
      if (!actions.fill && !actions.highlight && !actions.track && !actions.summary) {
        io.err('phuluc: chọn ít nhất một việc: --fill, --highlight, --track, --summary hoặc --all\n');
        code = EXIT_USAGE;
        return;
      }
      if (check.layout.sheets.every((l) => l.kind === 'none')) {
        io.out(`Không nhận dạng được phụ lục nào trong ${file}; không ghi tệp nào / no phụ lục recognised in ${file}; nothing written.\n`);
        code = EXIT_OK;
        return;
      }
      const { plan, fillPreview } = planActionsWithPreview(wb, check, actions);
      if (plan.ops.length === 0) {
        io.out(`Không có gì để thay đổi trong ${file}; không ghi tệp nào / nothing to change in ${file}; nothing written.\n`);
        if (fillPreview) io.out(formatFillPreview(fillPreview));
        code = EXIT_OK;
        return;
      }
      if (!existsSync(dirname(resolve(opts.out)))) mkdirSync(dirname(resolve(opts.out)), { recursive: true });
      let result;
      try {
        result = await applyPlanToFile(file, plan, opts.out);
      } catch (e) {
        if (!(e instanceof PlanApplyError || e instanceof WriteError)) throw e;
        io.err(`phuluc: ${file}: ${e.message}\n`);
        code = EXIT_USAGE;
        return;
      }
      io.out(`Đã ghi ${opts.out}: ${plan.ops.length} thao tác (${[actions.fill && 'fill', actions.highlight && 'highlight', actions.track && 'track', actions.summary && 'summary'].filter(Boolean).join(', ')}).\n`);
      if (fillPreview) io.out(formatFillPreview(fillPreview));
      for (const s of result.skipped) io.out(`  Bỏ qua ${s.op}: ${s.reason}\n`);
      for (const w of result.warnings) io.out(`  Lưu ý: ${w}\n`);
      // Writing the copy succeeded: the findings are `phuluc check`'s business, not a failure of apply.
      code = EXIT_OK;
    });

  program
    .command('report')
    .description('Một bảng tổng hợp cho nhiều tệp của các phường, xã / one report workbook over many ward files')
    .argument('<files...>', '.xlsx files, folders or globs (never modified)')
    .requiredOption('--out <out>', 'output .xlsx, e.g. tong-hop.xlsx')
    .option('--workers <n>', 'worker threads (default: number of cores)')
    .option('--date <date>', 'date printed on the report (yyyy-mm-dd)', new Date().toISOString().slice(0, 10))
    .option('--unit <name>', 'issuing body printed on the report, e.g. "UBND thành phố Rạch Giá"')
    .option('--no-progress', 'no progress bar even on a terminal')
    .action(async (args: string[], opts: { out: string; workers?: string; date: string; unit?: string; progress: boolean }) => {
      const { files, missing, skipped } = expandInputs(args);
      if (files.some((f) => resolve(f) === resolve(opts.out))) {
        io.err('phuluc: --out trùng một tệp nguồn; tệp nguồn không bao giờ bị ghi đè / --out must not be an input\n');
        code = EXIT_USAGE;
        return;
      }
      const bar = opts.progress && io.isTTY ? startProgress(files.length) : undefined;
      const summaries = await runBatch('summary', files, {
        workers: opts.workers === undefined ? undefined : Math.max(0, Number(opts.workers) || 0),
        onProgress: (done, _total, file) => bar?.update(done, { file: basename(file) }),
      });
      bar?.stop();
      for (const m of missing) summaries.push(failedResult('summary', m, NO_MATCH));
      if (!existsSync(dirname(resolve(opts.out)))) mkdirSync(dirname(resolve(opts.out)), { recursive: true });
      const stats = await writeReportWorkbook(summaries, opts.out, opts.date, { unit: opts.unit });
      io.out(`Đã ghi ${opts.out}: ${stats.files} tệp, ${stats.indicators} chỉ tiêu, ${stats.findings} dòng lỗi/cảnh báo; ${stats.unreadable} tệp không đọc được${skippedNote(skipped.length)}.\n`);
      for (const s of summaries) if (s.error) io.out(`  ✗ ${s.file}: ${s.error}\n`);
      code = exitCodeFor(summaries.map(tallyOf));
    });

  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    throw e;
  }
  return code;
}
