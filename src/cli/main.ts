/**
 * `phuluc`: the core over .xlsx files.
 *   phuluc check FILE... [--format text|json]
 *   phuluc apply FILE --out OUT.xlsx [--fill] [--highlight] [--summary] [--all]
 *   phuluc report FILE... --out OUT.xlsx
 * Vietnamese unless `--lang en`. Exit codes: 0 no error findings, 1 error
 * findings, 2 bad usage or unreadable input.
 * `apply` exits 0 and writes no file when there is nothing to do (no phụ lục recognised, or an empty plan).
 */
import { Command, CommanderError, Help, type Option } from 'commander';
import { existsSync, mkdirSync, readFileSync } from 'fs';
import { basename, dirname, join, resolve } from 'path';
import { checkWorkbook, planActionsWithPreview } from '../core/pipeline';
import { runBatch } from './batch';
import { EXIT_OK, EXIT_USAGE, exitCodeFor, runCheck } from './check-command';
import { writeReportWorkbook } from './report-workbook';
import { expandInputs, NO_MATCH } from './inputs';
import { failedResult } from './read-file';
import { startProgress } from './progress';
import { cliText, type Language } from './messages';
import { parseDate, parseLang, parseWorkers, unreplaceable, translateCommanderError, translateHelpTitle } from './options';
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

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string }).version;
}

/** The language asked for anywhere on the line, before Commander builds the help in it. */
function languageOf(argv: string[]): Language | string {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'vi';
  return argv[i].startsWith('--lang=') ? argv[i].slice('--lang='.length) : (argv[i + 1] ?? '');
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let code = EXIT_OK;
  const asked = languageOf(argv);
  const lang: Language = asked === 'en' ? 'en' : 'vi';
  const tx = cliText(lang);
  const usage = (message: string) => {
    io.err(`phuluc: ${message}\n`);
    code = EXIT_USAGE;
  };
  if (parseLang(asked) === null) {
    usage(tx.usage.lang(asked));
    return code;
  }
  const program = new Command();
  program
    .name('phuluc')
    .description(tx.help.program)
    .usage(tx.help.programUsage)
    .version(packageVersion(), '-V, --version', tx.help.version)
    .helpOption('-h, --help', tx.help.helpOption)
    .helpCommand(lang === 'vi' ? 'help [lệnh]' : 'help [command]', tx.help.helpCommand)
    .option('--lang <lang>', tx.help.lang, 'vi')
    .exitOverride()
    .configureHelp({
      styleTitle: (title: string) => translateHelpTitle(title, lang),
      subcommandTerm(this: Help, cmd: Command) {
        return translateHelpTitle(Help.prototype.subcommandTerm.call(this, cmd), lang);
      },
      optionDescription(this: Help, option: Option) {
        return translateHelpTitle(Help.prototype.optionDescription.call(this, option), lang);
      },
    })
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: (s, write) => write(translateCommanderError(s, lang)) });

  /** A command with its usage line, help option and argument in the chosen language (Commander's own are English). */
  const command = (name: string, description: string, arg: string, argDescription: string) =>
    program.command(name).description(description).usage(tx.help.commandUsage(arg)).helpOption('-h, --help', tx.help.helpOption).argument(`<${arg}>`, argDescription);

  command('check', tx.help.check, tx.help.filesArg, tx.help.files)
    .option('--format <format>', tx.help.format, 'text')
    .option('--workers <n>', tx.help.workers)
    .option('--no-progress', tx.help.noProgress)
    .action(async (args: string[], opts: { format: string; workers?: string; progress: boolean }) => {
      if (opts.format !== 'text' && opts.format !== 'json') return usage(tx.usage.format(opts.format));
      const workers = parseWorkers(opts.workers);
      if (workers === null) return usage(tx.usage.workers(String(opts.workers)));
      const inputs = expandInputs(args);
      const bar = opts.progress && io.isTTY ? startProgress(inputs.files.length) : undefined;
      const result = await runCheck(
        inputs,
        opts.format,
        { workers, onProgress: (done, _total, file) => bar?.update(done, { file: basename(file) }) },
        lang,
      );
      bar?.stop();
      io.out(result.out);
      if (result.summary && io.isTTY) io.err(result.summary);
      code = result.code;
    });

  command('apply', tx.help.apply, tx.help.fileArg, tx.help.applyFile)
    .requiredOption('--out <out>', tx.help.out)
    .option('--fill', tx.help.fill)
    .option('--highlight', tx.help.highlight)
    .option('--track', tx.help.track)
    .option('--summary', tx.help.summary)
    .option('--all', tx.help.all)
    .option('--convert-equal', tx.help.convertEqual)
    .option('--replace <cells>', tx.help.replace)
    .option('--date <date>', tx.help.date, new Date().toISOString().slice(0, 10))
    .option('--unit <name>', tx.help.unit)
    .action(async (file: string, opts: { out: string; fill?: boolean; highlight?: boolean; track?: boolean; summary?: boolean; all?: boolean; date: string; unit?: string; convertEqual?: boolean; replace?: string }) => {
      if (resolve(file) === resolve(opts.out)) return usage(tx.usage.sameOut);
      if (parseDate(opts.date) === null) return usage(tx.usage.date(opts.date));
      if ((opts.replace !== undefined || opts.convertEqual) && !opts.fill && !opts.all) return usage(tx.usage.replaceNeedsFill);
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
      if (!actions.fill && !actions.highlight && !actions.track && !actions.summary) return usage(tx.usage.noAction);
      if (check.layout.sheets.every((l) => l.kind === 'none')) {
        io.out(`${tx.apply.noAppendix(file)}\n`);
        code = EXIT_OK;
        return;
      }
      const { plan, fillPreview } = planActionsWithPreview(wb, check, actions);
      // A cell named in --replace that the fill would not replace is a typo or a figure already right: say so, write nothing.
      const notReplaced = Array.isArray(actions.fillOptions.replace) ? unreplaceable(actions.fillOptions.replace, fillPreview?.replace ?? []) : [];
      if (notReplaced.length > 0) return usage(tx.usage.replace(notReplaced));
      if (plan.ops.length === 0) {
        io.out(`${tx.apply.nothingToChange(file)}\n`);
        if (fillPreview) io.out(formatFillPreview(fillPreview, lang));
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
      const done = (['fill', 'highlight', 'track', 'summary'] as const).filter((a) => actions[a]).map((a) => tx.apply.action[a]);
      io.out(`${tx.apply.written(opts.out, plan.ops.length, done)}\n`);
      if (fillPreview) io.out(formatFillPreview(fillPreview, lang));
      for (const s of result.skipped) io.out(`  ${tx.apply.skippedOp(s.op, s.reason)}\n`);
      for (const w of result.warnings) io.out(`  ${tx.apply.note(w)}\n`);
      // Writing the copy succeeded: the findings are `phuluc check`'s business, not a failure of apply.
      code = EXIT_OK;
    });

  command('report', tx.help.report, tx.help.filesArg, tx.help.reportFiles)
    .requiredOption('--out <out>', tx.help.reportOut)
    .option('--workers <n>', tx.help.workers)
    .option('--date <date>', tx.help.date, new Date().toISOString().slice(0, 10))
    .option('--unit <name>', tx.help.reportUnit)
    .option('--no-progress', tx.help.noProgress)
    .action(async (args: string[], opts: { out: string; workers?: string; date: string; unit?: string; progress: boolean }) => {
      const workers = parseWorkers(opts.workers);
      if (workers === null) return usage(tx.usage.workers(String(opts.workers)));
      if (parseDate(opts.date) === null) return usage(tx.usage.date(opts.date));
      const { files, missing, skipped } = expandInputs(args);
      if (files.some((f) => resolve(f) === resolve(opts.out))) return usage(tx.usage.outIsInput);
      const bar = opts.progress && io.isTTY ? startProgress(files.length) : undefined;
      const summaries = await runBatch('summary', files, {
        workers,
        onProgress: (done, _total, file) => bar?.update(done, { file: basename(file) }),
      });
      bar?.stop();
      for (const m of missing) summaries.push(failedResult('summary', m, NO_MATCH));
      if (!existsSync(dirname(resolve(opts.out)))) mkdirSync(dirname(resolve(opts.out)), { recursive: true });
      const stats = await writeReportWorkbook(summaries, opts.out, opts.date, { unit: opts.unit });
      io.out(`${tx.reportWritten(opts.out, stats.files, stats.indicators, stats.findings, stats.unreadable)}${skippedNote(skipped.length, lang)}.\n`);
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
