/**
 * Components talk to Excel only through ExcelService: no Excel.run,
 * context.workbook or Office.context outside src/taskpane/services/.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'services' ? [] : sources(p);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

const FORBIDDEN = [
  /\bExcel\.run\b/,
  /\bcontext\.workbook\b/,
  /\bOffice\.context\b/,
  /\bOffice\.onReady\b/,
  /from ['"][./]*excel\/office-host['"]/,
  /from ['"][./]*excel\/(read|apply|write-steps|journal)['"]/,
];

describe('task pane components use only the service', () => {
  const files = sources(__dirname);
  it('finds the components', () => {
    expect(files.map((f) => relative(__dirname, f))).toEqual(
      expect.arrayContaining(['components/App.tsx', 'components/CheckPanel.tsx', 'use-taskpane.ts']),
    );
  });
  it.each(files.map((f) => [relative(__dirname, f), f]))('%s', (_n, file) => {
    const src = readFileSync(file, 'utf8');
    expect(FORBIDDEN.filter((re) => re.test(src)).map((re) => re.source)).toEqual([]);
  });
  it('the check itself catches a direct call', () => {
    expect(FORBIDDEN.some((re) => re.test('await Excel.run(async (context) => context.workbook.worksheets)'))).toBe(true);
  });
});
