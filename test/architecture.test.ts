/**
 * The core is pure: no Office.js, DOM, React, Node APIs or .xlsx library, and
 * no reaching into the adapters. This test reads every core source file.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';

const ROOT = join(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'url', 'util', 'stream', 'zlib', 'http', 'https', 'net', 'events', 'buffer', 'process'];
const FORBIDDEN_MODULES = [/^react(-dom)?(\/|$)/, /^@fluentui\//, /^@microsoft\/office-js/, /^exceljs/, /^node:/, new RegExp(`^(${NODE_BUILTINS.join('|')})$`)];
const FORBIDDEN_GLOBALS = [/\bExcel\.run\b/, /\bOffice\.(context|onReady)\b/, /\bdocument\.(getElementById|createElement|querySelector)/, /\bwindow\./, /\bprocess\.(env|argv|exit|stdout|cwd)/, /\brequire\(/];

function imports(src: string): string[] {
  const out: string[] = [];
  const re = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src))) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

describe('src/core is pure', () => {
  const files = sources(join(ROOT, 'src/core'));

  it('has sources to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s imports nothing outside the core', (_name, file) => {
    const src = readFileSync(file, 'utf8');
    for (const spec of imports(src)) {
      expect(FORBIDDEN_MODULES.some((re) => re.test(spec)) ? spec : null).toBeNull();
      if (spec.startsWith('.')) {
        const target = relative(join(ROOT, 'src/core'), join(file, '..', spec));
        expect(target.startsWith('..') ? spec : null).toBeNull();
      }
    }
    for (const re of FORBIDDEN_GLOBALS) expect(re.test(src) ? re.source : null).toBeNull();
  });

  it('catches a forbidden import (the check itself works)', () => {
    expect(imports(`import x from 'fs';\nimport { y } from "../excel/read";`)).toEqual(['fs', '../excel/read']);
  });
});
