/**
 * Which folder may import which: one table, checked over every .ts/.tsx file.
 * Rows are path prefixes; the longest matching prefix wins; test files
 * (*.test.ts[x], .../testing/...) anywhere follow the `test` row. An import is allowed when it
 * lands in the file's own folder or in a folder the row lists, or names a
 * package the row lists. Adapters (src/excel, src/cli) never import each
 * other: what both need lives in src/core. See docs/architecture.md.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative, resolve, sep } from 'path';
import ts from 'typescript';

const ROOT = join(__dirname, '..');
const NODE = ['fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'url', 'util', 'stream', 'zlib', 'http', 'https', 'net', 'events', 'buffer', 'process'];
const ANY = '*';

interface Row { folders: string[]; packages: string[] | typeof ANY; node: boolean }
export const TABLE: Record<string, Row> = {
  'src/core': { folders: [], packages: ['zod'], node: false },
  'src/excel': { folders: ['src/core'], packages: [], node: false },
  'src/excel/sim': { folders: ['src/core', 'src/excel'], packages: [], node: false },
  'src/cli': { folders: ['src/core'], packages: ['exceljs', 'commander', 'cli-progress', 'fast-glob', 'tsx', 'jszip', '@xmldom/xmldom'], node: true },
  'src/taskpane': { folders: ['src/core', 'src/excel'], packages: ['react', 'react-dom', '@fluentui/react-components'], node: false },
  'src/commands': { folders: ['src/core', 'src/excel'], packages: [], node: false },
  'src/preview': { folders: ['src/core', 'src/excel', 'src/taskpane'], packages: ['react', 'react-dom'], node: false },
  'src/preview/server.ts': { folders: ['src/core', 'src/cli'], packages: [], node: true },
  bench: { folders: ['src/core', 'src/excel', 'src/cli'], packages: [], node: true },
  tools: { folders: [], packages: [], node: true },
  seeds: { folders: ['src/core'], packages: ['exceljs'], node: true },
  // The build configuration is tested too (test/manifest-production.test.ts checks the production manifest transform).
  test: { folders: ['src', 'seeds', 'bench', 'test', 'webpack.config.js'], packages: ANY, node: true },
};

/** Task-pane code outside services/ uses only the service, never the Excel adapter's insides. */
const TASKPANE_FORBIDDEN = ['src/excel/office-host', 'src/excel/read', 'src/excel/apply', 'src/excel/write-steps', 'src/excel/journal'];
const DIRECT_EXCEL = [/\bExcel\.run\s*\(/, /\bcontext\.workbook\b/, /\bOffice\.context\b/, /\bOffice\.onReady\b/, /\.workbook\.worksheets\b/];
const CORE_GLOBALS = [/\bExcel\.run\b/, /\bOffice\.(context|onReady)\b/, /\bdocument\.(getElementById|createElement|querySelector)/, /\bwindow\./, /\bprocess\.(env|argv|exit|stdout|cwd)/, /\brequire\(/];
const BROWSER_GLOBALS = /\bprocess\.|\bBuffer\b|__dirname/;

export interface SourceFile { path: string; text: string }

export function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

function rowOf(path: string): string | null {
  if (/\.test\.tsx?$/.test(path) || path.startsWith('test/') || path.includes('/testing/')) return 'test';
  let best: string | null = null;
  for (const k of Object.keys(TABLE)) if ((path === k || path.startsWith(k + '/')) && (!best || k.length > best.length)) best = k;
  return best;
}

const within = (p: string, dir: string) => p === dir || p.startsWith(dir + '/');

/** Every broken rule, as "file: import (why)". */
export function violations(files: SourceFile[]): string[] {
  const out: string[] = [];
  for (const f of files) {
    const key = rowOf(f.path);
    if (!key) continue;
    const row = TABLE[key];
    const home = key === 'test' ? 'test' : key;
    for (const spec of importsOf(f.text)) {
      const say = (why: string) => out.push(`${f.path}: ${spec} (${why})`);
      if (spec.startsWith('.')) {
        const target = relative(ROOT, resolve(ROOT, f.path, '..', spec)).split(sep).join('/');
        const ownFolder = rowOf(target + '.ts') === key || within(target, home.replace(/\/[^/]*\.ts$/, ''));
        if (!ownFolder && !row.folders.some((d) => within(target, d))) say(`${key} may not import ${target}`);
        if (key.startsWith('src/taskpane') && !f.path.includes('/services/') && TASKPANE_FORBIDDEN.includes(target)) say('task pane goes through the service');
        continue;
      }
      const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      if (spec.startsWith('node:') || NODE.includes(pkg)) {
        if (!row.node) say(`${key} runs without Node`);
      } else if (row.packages !== ANY && !row.packages.includes(pkg) && !(key.startsWith('src/taskpane') && pkg.startsWith('@fluentui/'))) say(`${key} may not use package ${pkg}`);
    }
    if (key === 'test') continue;
    const c = code(f.text);
    if (key === 'src/core') for (const re of CORE_GLOBALS) if (re.test(f.text)) out.push(`${f.path}: ${re.source} (src/core is pure)`);
    if (key.startsWith('src/excel/sim') && BROWSER_GLOBALS.test(c)) out.push(`${f.path}: Node global (the simulated host runs in the browser)`);
    if (key === 'src/taskpane' && !f.path.includes('/services/')) for (const re of DIRECT_EXCEL) if (re.test(c)) out.push(`${f.path}: ${re.source} (task pane goes through the service)`);
  }
  return out;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (name === 'node_modules') return [];
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

const files: SourceFile[] = ['src', 'bench', 'tools', 'seeds', 'test'].flatMap((d) => sources(join(ROOT, d))).map((p) => ({ path: relative(ROOT, p).split(sep).join('/'), text: readFileSync(p, 'utf8') }));

describe('the dependency table', () => {
  it('covers the tree', () => {
    expect(files.filter((f) => f.path.startsWith('src/core/')).length).toBeGreaterThan(5);
    expect(files.filter((f) => f.path.startsWith('src/excel/sim/')).length).toBeGreaterThanOrEqual(4);
    expect(files.filter((f) => !rowOf(f.path)).map((f) => f.path)).toEqual([]);
  });
  it('holds for every file', () => {
    expect(violations(files)).toEqual([]);
  });
});

describe('the checker itself', () => {
  it('fails on an adapter → adapter import, both ways', () => {
    expect(violations([{ path: 'src/excel/x.ts', text: "import { readWorkbookFile } from '../cli/xlsx/read';" }])).toEqual(['src/excel/x.ts: ../cli/xlsx/read (src/excel may not import src/cli/xlsx/read)']);
    expect(violations([{ path: 'src/cli/x.ts', text: "import { ExcelService } from '../excel/service';" }])).toHaveLength(1);
    expect(violations([{ path: 'src/excel/x.ts', text: "import { growSheet } from '../../bench/synthetic';" }])).toHaveLength(1);
  });
  it('keeps the core pure', () => {
    const bad = ["import x from 'fs';", "import 'node:path';", "import React from 'react';", "import ExcelJS from 'exceljs';", "import { y } from '../excel/read';", "const z = require('os');", 'window.alert(1);', 'await Excel.run(async () => 0);'];
    for (const text of bad) expect(violations([{ path: 'src/core/x.ts', text }]).length).toBeGreaterThan(0);
    expect(violations([{ path: 'src/core/x.ts', text: "import { z } from 'zod';\nimport { a } from './a1';" }])).toEqual([]);
  });
  it('keeps the task pane on the service and the simulated host browser-safe', () => {
    expect(violations([{ path: 'src/taskpane/components/X.tsx', text: 'await Excel.run(async (context) => context.workbook.worksheets);' }]).length).toBeGreaterThan(0);
    expect(violations([{ path: 'src/taskpane/components/X.tsx', text: "import { readSheets } from '../../excel/read';" }]).length).toBeGreaterThan(0);
    expect(violations([{ path: 'src/taskpane/components/X.tsx', text: '// never call Excel.run here\n/* context.workbook */ service.scan();' }])).toEqual([]);
    expect(violations([{ path: 'src/excel/sim/x.ts', text: "import { readFileSync } from 'fs';" }]).length).toBeGreaterThan(0);
    expect(violations([{ path: 'src/excel/sim/x.ts', text: 'const b = Buffer.from("x");' }]).length).toBeGreaterThan(0);
  });
});
