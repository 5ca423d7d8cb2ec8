/**
 * Expand the command line's FILE arguments: files as given, folders to the
 * files inside them (recursively), globs through fast-glob. A folder keeps its
 * foreign files so that each gets its own clear error instead of vanishing.
 */
import fg from 'fast-glob';
import { statSync } from 'fs';
import { basename, join } from 'path';

const SKIP = /^(~\$|\.)/; // Excel lock files and hidden files are never ward workbooks

export function expandInputs(args: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
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
      for (const rel of inside) if (!SKIP.test(basename(rel))) add(join(arg, rel));
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
  return { files, missing };
}
