/**
 * The CLI in Vietnamese by default and in English with --lang en: help,
 * version, refused option values, the check report; and the language checks
 * of the vocabulary test applied to what it prints.
 */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../src/cli/main';
import { parseDate, parseWorkers, unreplaceable } from '../src/cli/options';
import { englishTermsIn, vietnameseIn } from './helpers/language';

const ROOT = join(__dirname, '..');
const SAMPLE = join(ROOT, 'seeds/theo-doi-2026-2027.xlsx');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; scripts: Record<string, string> };
let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'phuluc-cli-lang-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['node', 'phuluc', ...args], { out: (s) => (out += s), err: (s) => (err += s), isTTY: false });
  return { code, out, err };
}

/** The report without the workbook's own words (sheet, indicator and file names, quoted cell text, the core's reasons). */
function withoutData(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/^# .*/, '').replace(/Theo dõi 2026-2027/g, '').replace(/"[^"]*"/g, '""').replace(/\[[^\]]*\]/g, ''))
    .map((l) => l.replace(/(Missed|Không đạt) \d{4}: .*/, '$1'))
    .join('\n');
}

describe('option values', () => {
  it.each([
    ['2026-12-31', '2026-12-31'],
    ['2026-13-45', null],
    ['2026-02-30', null],
    ['31/12/2026', null],
  ])('date %s', (value, expected) => expect(parseDate(value)).toBe(expected));

  it.each([
    [undefined, undefined],
    ['4', 4],
    ['0', 0],
    ['-1', null],
    ['two', null],
    ['1.5', null],
  ])('workers %s', (value, expected) => expect(parseWorkers(value)).toBe(expected));

  it('names the --replace cells the fill would not replace', () => {
    const replaced = [{ sheet: 'Phụ lục 1', cell: 'G13' }];
    expect(unreplaceable(['G13', "'Phụ lục 1'!$G$13", 'Phụ lục 1!G13'], replaced)).toEqual([]);
    expect(unreplaceable(['Z99', 'Khác!G13'], replaced)).toEqual(['Z99', 'Khác!G13']);
  });
});

describe('phuluc in two languages', () => {
  it('--version prints the package version', async () => {
    const r = await run('--version');
    expect(r).toEqual({ code: 0, out: `${PACKAGE.version}\n`, err: '' });
  });

  it('help is Vietnamese by default and English with --lang en', async () => {
    const vi = await run('check', '--help');
    expect(vi.code).toBe(0);
    expect(vi.out).toContain('Cách dùng: phuluc check');
    expect(vi.out).toContain('(mặc định: "text")');
    // Command and option names, option values and file types are what one types: not translated.
    const typed = /--[a-z-]+|<[a-z]+>|phuluc (check|apply|report)|\b(text|json|glob|vi|en)\b|\.xlsx|CPU|terminal/g;
    expect(englishTermsIn(vi.out.replace(typed, ''))).toEqual([]);
    const top = await run('--help');
    expect(englishTermsIn(top.out.replace(typed, '').replace(/^\s+(check|apply|report|help) /gm, ''))).toEqual([]);
    const en = await run('check', '--help', '--lang', 'en');
    expect(en.out).toContain('Usage: phuluc check');
    expect(vietnameseIn(en.out)).toBe(false);
  });

  it.each([
    [['apply', SAMPLE, '--out', 'x.xlsx', '--all', '--date', '2026-13-45'], '--date phải là một ngày có thật dạng yyyy-mm-dd (đang là "2026-13-45")'],
    [['check', SAMPLE, '--workers', '-1'], '--workers phải là số nguyên từ 0 trở lên (đang là "-1")'],
    [['check', SAMPLE, '--lang', 'fr'], '--lang phải là vi hoặc en (đang là "fr")'],
    [['apply', SAMPLE, '--out', 'x.xlsx', '--fill', '--replace', 'Z99'], '--replace: không có giá trị nhập tay nào khác công thức để thay ở Z99'],
    [['apply', SAMPLE, '--out', 'x.xlsx', '--highlight', '--replace', 'all'], '--replace và --convert-equal chỉ dùng cùng --fill hoặc --all'],
  ])('refuses %j with a clear message and exit code 2', async (args, message) => {
    const r = await run(...args.map((a) => (a === 'x.xlsx' ? join(dir, a) : a)));
    expect(r).toEqual({ code: 2, out: '', err: `phuluc: ${message}\n` });
  });

  it('a bad value in English', async () => {
    const r = await run('check', SAMPLE, '--workers', 'two', '--lang', 'en');
    expect(r.err).toBe('phuluc: --workers must be a whole number, 0 or more (got "two")\n');
  });

  it('the report: Vietnamese names and rule titles, no English terms; in English, no Vietnamese but the workbook\'s words', async () => {
    const vi = await run('check', SAMPLE);
    expect(vi.code).toBe(1);
    expect(vi.out).toContain('· 22 chỉ tiêu, 14 chỉ tiêu thành phần');
    expect(vi.out).toContain('2 lỗi, 1 cảnh báo; 15 lượt không đạt mục tiêu (chỉ tiêu × năm) ở 15 chỉ tiêu, trên 72 lượt đối chiếu');
    expect(vi.out).not.toMatch(/value-unparseable|number-as-text/);
    expect(englishTermsIn(withoutData(vi.out))).toEqual([]);
    const en = await run('check', SAMPLE, '--lang', 'en');
    expect(en.code).toBe(1);
    expect(en.out).toContain('· 22 indicators, 14 components');
    expect(en.out).toContain('2 errors, 1 warning; 15 missed targets (indicator × year) in 15 indicators, of 72 comparisons');
    expect(vietnameseIn(withoutData(en.out))).toBe(false);
  });
});

describe('npm run demo', () => {
  it("ends with the check, so its exit code is the check's (1 on the sample's errors), after a successful apply", () => {
    const demo = PACKAGE.scripts.demo;
    const steps = demo.split('&&').map((s) => s.trim());
    expect(steps).toHaveLength(2);
    expect(steps[0]).toMatch(/^node bin\/phuluc\.js apply /);
    expect(steps[1]).toMatch(/^node bin\/phuluc\.js check [^;&|]+$/);
  });
});
