/**
 * Test helper: a sample workbook as a snapshot. ExcelJS does not load under
 * jsdom, so the CLI's reader runs in a child Node process.
 */
import { execFileSync } from 'child_process';
import { join } from 'path';
import type { WorkbookSnapshot } from '../../core/snapshot';

const ROOT = join(__dirname, '../../..');
const cache = new Map<string, string>();

export function seedSnapshot(name: string): WorkbookSnapshot {
  let json = cache.get(name);
  if (!json) {
    const script =
      "import { readWorkbookFile } from './src/cli/xlsx/read'; readWorkbookFile(process.argv[1]).then((w) => process.stdout.write(JSON.stringify(w)));";
    json = execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), '-e', script, join(ROOT, 'seeds', `${name}.xlsx`)],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    cache.set(name, json);
  }
  return JSON.parse(json) as WorkbookSnapshot;
}
