/** The status tally and the verdict rows on the sample workbook, read by the CLI's reader. */
import { planFill } from '../src/core/fill';
import { checkWorkbook } from '../src/core/pipeline';
import { workbookStatus } from '../src/core/status';
import { verdictRows } from '../src/core/verdict-list';
import { seedSnapshot } from '../src/taskpane/testing/seed';

describe('the sample theo-doi-2026-2027', () => {
  it('on the sample: 2 errors, 1 warning, 15 missed indicator-years in 15 indicators, out of 72 compared', () => {
    const wb = seedSnapshot('theo-doi-2026-2027');
    const check = checkWorkbook(wb);
    const fill = planFill(wb, check.layout).preview.fill;
    const s = workbookStatus({ sheets: check.layout.sheets, findings: check.findings, evaluations: check.evaluations, fillable: fill });
    expect(s.sheets.map((x) => x.sheet)).toEqual(['Theo dõi 2026-2027']);
    expect(s.total.findings).toEqual({ error: 2, warning: 1, info: 0 });
    expect(s.total.verdicts).toEqual({ exceeded: 28, met: 18, missed: 15, 'no-data': 9, unknown: 2 });
    expect(s.total.indicators.missed).toBe(15);
    expect(s.total.fillable).toBe(fill.length);
    expect(s.next).toBe('fix-errors');
  });

  it('lists the sample\'s 15 missed targets by year with names, plan, actual and the target form', () => {
    const wb = seedSnapshot('theo-doi-2026-2027');
    const check = checkWorkbook(wb);
    const years = verdictRows(wb, check.layout, check.evaluations, 'missed');
    expect(years.map((y) => [y.year, y.rows.length])).toEqual([
      [2026, 8],
      [2027, 7],
    ]);
    const g7 = years[1].rows.find((r) => r.actualCell === 'G7')!;
    expect(g7).toMatchObject({ sheet: 'Theo dõi 2026-2027', row: 7, year: 2027, planCell: 'F7', actual: '18,6', verdict: 'missed' });
    expect(g7.name).not.toBe('');
    // Every row is one of the evaluations, none twice.
    const keys = years.flatMap((y) => y.rows.map((r) => `${r.sheet}!${r.actualCell}`));
    expect(new Set(keys).size).toBe(15);
    expect(keys.sort()).toEqual(check.evaluations.filter((e) => e.verdict === 'missed').map((e) => `${e.sheet}!${e.actualCell}`).sort());
  });

});
