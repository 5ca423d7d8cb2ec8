import { workbookStatus } from './status';

const sheet = (name: string, kind: 'indicators' | 'tasks' | 'none' = 'indicators') => ({ name, kind });

describe('workbookStatus', () => {
  it('counts verdicts per indicator-year and per indicator, findings by severity, per phụ lục sheet', () => {
    const s = workbookStatus({
      sheets: [sheet('PL1'), sheet('Ghi chú', 'none'), sheet('PL2', 'tasks')],
      findings: [
        { sheet: 'PL1', severity: 'error' },
        { sheet: 'PL1', severity: 'warning' },
        { sheet: 'PL2', severity: 'warning' },
        // A finding on a sheet that is not a phụ lục is not one of the sheets' tallies.
        { sheet: 'Ghi chú', severity: 'error' },
      ],
      evaluations: [
        { sheet: 'PL1', row: 7, verdict: 'missed' },
        { sheet: 'PL1', row: 7, verdict: 'missed' },
        { sheet: 'PL1', row: 8, verdict: 'missed' },
        { sheet: 'PL1', row: 8, verdict: 'met' },
      ],
      fillable: [{ sheet: 'PL1' }, { sheet: 'PL1' }],
    });
    expect(s.sheets.map((x) => x.sheet)).toEqual(['PL1', 'PL2']);
    const pl1 = s.sheets[0];
    expect(pl1.findings).toEqual({ error: 1, warning: 1, info: 0 });
    expect(pl1.verdicts).toEqual({ exceeded: 0, met: 1, missed: 3, 'no-data': 0, unknown: 0 });
    expect(pl1.indicators).toEqual({ exceeded: 0, met: 1, missed: 2, 'no-data': 0, unknown: 0 });
    expect(pl1.fillable).toBe(2);
    expect(s.total.findings).toEqual({ error: 1, warning: 2, info: 0 });
    expect(s.next).toBe('fix-errors');
  });

  it.each([
    [{ sheets: [sheet('Ghi chú', 'none')], findings: [], evaluations: [] }, 'review-sheets'],
    [{ sheets: [sheet('PL2', 'tasks')], findings: [], evaluations: [] }, 'review-sheets'],
    [{ sheets: [sheet('PL1')], findings: [{ sheet: 'PL1', severity: 'warning' as const }], evaluations: [{ sheet: 'PL1', row: 3, verdict: 'missed' as const }] }, 'review-missed'],
    [{ sheets: [sheet('PL1')], findings: [], evaluations: [{ sheet: 'PL1', row: 3, verdict: 'met' as const }], fillable: [{ sheet: 'PL1' }] }, 'fill'],
    [{ sheets: [sheet('PL1')], findings: [{ sheet: 'PL1', severity: 'info' as const }], evaluations: [] }, 'summary'],
  ])('next step %#', (input, next) => {
    expect(workbookStatus(input).next).toBe(next);
  });
});
