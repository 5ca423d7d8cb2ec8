/**
 * Expand the command line's FILE arguments: files as given, globs through
 * fast-glob, folders to the spreadsheets inside them (recursively). A file
 * named explicitly or by a glob is always checked, so a foreign one gets its
 * own clear error; inside a folder only spreadsheet-like names are taken (a
 * PDF renamed .xlsx or an old .xls still gets its error) and the rest are
 * counted as skipped, so a README next to the ward files is not an error.
 */
import fg from 'fast-glob';
import { statSync } from 'fs';
import { basename, join } from 'path';

const SKIP = /^(~\$|\.)/; // Excel lock files and hidden files are never ward workbooks
const SPREADSHEET = /\.(xlsx|xlsm|xltx|xltm|xls|xlsb|ods)$/i;

/** The error entry of an argument that matched no file. */
export const NO_MATCH = 'không có tệp nào khớp / no file matches';

export interface ExpandedInputs {
  files: string[];
  /** Arguments that matched no file: each gets its own error entry. */
  missing: string[];
  /** Files in folders that are not spreadsheets, counted in the summary. */
  skipped: string[];
}

export function expandInputs(args: string[]): ExpandedInputs {
  const files: string[] = [];
  const missing: string[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  for (const arg of args) {
    let st;
    try {
      st = statSync(arg);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      const inside = fg.sync('**/*', { cwd: arg, onlyFiles: true, dot: false }).sort();
      for (const rel of inside) {
        if (SKIP.test(basename(rel))) continue;
        if (SPREADSHEET.test(rel)) add(join(arg, rel));
        else skipped.push(join(arg, rel));
      }
    } else if (st) {
      add(arg);
    } else if (fg.isDynamicPattern(arg)) {
      const matched = fg.sync(arg, { onlyFiles: true, dot: false }).sort();
      if (matched.length === 0) missing.push(arg);
      for (const m of matched) if (!SKIP.test(basename(m))) add(m);
    } else {
      // A missing file is still reported per file (the reader says it does not exist).
      add(arg);
    }
  }
  return { files, missing, skipped };
}
