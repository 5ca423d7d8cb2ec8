/**
 * Layering of the Excel side:
 *  - src/core never imports from src/excel (the adapter depends on the core, not the reverse);
 *  - React components under src/taskpane never call the Excel API directly
 *    (Excel.run, context.workbook, Office.context): they go through the
 *    service (src/excel/service.ts) or src/taskpane/services/;
 *  - the SIMULATED host runs in the browser: no Node modules under src/excel/sim.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join, relative, resolve, sep } from 'path';

const ROOT = join(__dirname, '..');

function sources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

function imports(src: string): string[] {
  const out: string[] = [];
  const re = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src))) out.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  return out;
}

/** Does `spec`, imported from `file`, land inside `dir`? */
function resolvesInto(file: string, spec: string, dir: string): boolean {
  if (!spec.startsWith('.')) return false;
  const target = resolve(file, '..', spec);
  return target === dir || target.startsWith(dir + sep);
}

const DIRECT_EXCEL = [/\bExcel\.run\s*\(/, /\bcontext\.workbook\b/, /\bOffice\.context\b/, /\.workbook\.worksheets\b/];

function directExcelCalls(src: string): string[] {
  // Comments may mention the API; code may not.
  const code = src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  return DIRECT_EXCEL.filter((re) => re.test(code)).map((re) => re.source);
}

const NODE_MODULES = /^(node:|fs$|fs\/|path$|os$|child_process$|crypto$|zlib$|stream$|util$|worker_threads$|exceljs)/;

describe('src/core does not depend on src/excel', () => {
  const files = sources(join(ROOT, 'src/core'));
  const excel = join(ROOT, 'src/excel');
  it('has core files to check', () => expect(files.length).toBeGreaterThan(5));
  it.each(files.map((f) => [relative(ROOT, f), f]))('%s', (_n, file) => {
    const bad = imports(readFileSync(file, 'utf8')).filter((s) => resolvesInto(file, s, excel) || /(^|\/)src\/excel(\/|$)/.test(s));
    expect(bad).toEqual([]);
  });
});

describe('the task pane reaches Excel only through services', () => {
  const files = sources(join(ROOT, 'src/taskpane')).filter((f) => !relative(join(ROOT, 'src/taskpane'), f).split(sep).includes('services'));
  it.each(files.length ? files.map((f) => [relative(ROOT, f), f]) : [['(no task pane components yet)', '']])('%s', (_n, file) => {
    if (!file) return expect(sources(join(ROOT, 'src/taskpane'))).toEqual([]);
    const src = readFileSync(file, 'utf8');
    expect(directExcelCalls(src)).toEqual([]);
    expect(imports(src).filter((s) => /office-js/.test(s))).toEqual([]);
  });
});

describe('the SIMULATED host is browser-safe', () => {
  const files = sources(join(ROOT, 'src/excel/sim'));
  it('has simulation files', () => expect(files.length).toBeGreaterThanOrEqual(4));
  it.each(files.map((f) => [relative(ROOT, f), f]))('%s imports no Node module and no .xlsx library', (_n, file) => {
    const src = readFileSync(file, 'utf8');
    expect(imports(src).filter((s) => NODE_MODULES.test(s))).toEqual([]);
    expect(/\bprocess\.|\bBuffer\b|__dirname/.test(src.replace(/\/\*[\s\S]*?\*\//g, ''))).toBe(false);
  });
});

describe('the checks themselves', () => {
  it('catch direct Excel calls and ignore them in comments', () => {
    expect(directExcelCalls('await Excel.run(async (ctx) => ctx.sync());')).toEqual(['\\bExcel\\.run\\s*\\(']);
    expect(directExcelCalls('const ws = context.workbook.worksheets;')).toHaveLength(2);
    expect(directExcelCalls('if (Office.context.displayLanguage) {}')).toEqual(['\\bOffice\\.context\\b']);
    expect(directExcelCalls('// never call Excel.run here\n/* context.workbook */ service.scan();')).toEqual([]);
  });
  it('resolve relative imports into a directory', () => {
    const core = join(ROOT, 'src/core/pipeline.ts');
    expect(resolvesInto(core, '../excel/service', join(ROOT, 'src/excel'))).toBe(true);
    expect(resolvesInto(core, './fill', join(ROOT, 'src/excel'))).toBe(false);
    expect(imports("import { x } from '../excel/read';\nconst y = require('fs');")).toEqual(['../excel/read', 'fs']);
  });
});
