/**
 * Corrections and rule settings saved in the workbook by the task pane travel
 * with the file: the CLI's check honours them too.
 */
import { join } from 'path';
import { checkWorkbook } from '../src/core/pipeline';
import { readWorkbookFile } from '../src/cli/xlsx/read';

const SEEDS = join(__dirname, '..', 'seeds');

describe('settings stored in the workbook', () => {
  it('applies stored corrections (a sheet marked "not a phụ lục") and stored rule settings', async () => {
    const wb = await readWorkbookFile(join(SEEDS, 'an-duong.xlsx'));
    const plain = checkWorkbook(wb);
    expect(plain.layout.sheets.find((s) => s.name === 'PL2')!.kind).toBe('tasks');
    expect(plain.findings.some((f) => f.rule === 'stt-duplicate')).toBe(true);

    wb.settings = {
      overrides: { version: 1, sheets: [{ sheet: 'PL2', kind: 'none' }] },
      ruleSettings: { version: 1, rules: { 'stt-duplicate': 'off', 'stt-gap': 'error' } },
    };
    const corrected = checkWorkbook(wb);
    expect(corrected.layout.sheets.find((s) => s.name === 'PL2')!.kind).toBe('none');
    expect(corrected.findings.some((f) => f.rule === 'stt-duplicate')).toBe(false);
    expect(corrected.findings.find((f) => f.rule === 'stt-gap')!.severity).toBe('error');
  });

  it('ignores a corrupt or foreign stored value instead of failing', async () => {
    const wb = await readWorkbookFile(join(SEEDS, 'an-duong.xlsx'));
    wb.settings = { overrides: { sheets: 'nonsense' }, ruleSettings: 42 };
    const r = checkWorkbook(wb);
    expect(r.layout.sheets.find((s) => s.name === 'PL2')!.kind).toBe('tasks');
    expect(r.findings.some((f) => f.rule === 'stt-duplicate')).toBe(true);
  });
});
