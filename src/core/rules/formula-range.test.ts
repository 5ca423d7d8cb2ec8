import { buildTable, findingsOf, GRDP_COLUMNS, grdpRows, said, type RowSpec } from './test-table';

/** GRDP block with live formulas where a fill would put them; rows 2..6, years in E..I. */
function withFormulas(over: Partial<Record<'total' | 'component' | 'growth' | 'avg', string>> = {}): RowSpec[] {
  const rows = grdpRows();
  rows[0] = { ...rows[0], formulas: { 3: over.total ?? '=SUM(E2:I2)', 4: over.component ?? '=SUM(E3:E5)', 9: over.avg ?? '=((I2/(E2/(1+E6/100)))^(1/5)-1)*100' } };
  rows[4] = { ...rows[4], formulas: { 5: over.growth ?? '=(F2/E2-1)*100', 6: '=(G2/F2-1)*100' } };
  return rows;
}
const run = (rows: RowSpec[]) => findingsOf('formula-range', buildTable({ columns: GRDP_COLUMNS, rows }));

describe('formula-range', () => {
  it('is silent on right formulas and on a sheet without formulas', () => {
    expect(run(withFormulas())).toEqual([]);
    expect(run(grdpRows())).toEqual([]);
  });

  const YEARS = 'E2, F2, G2, H2, I2';
  it.each<[string, Parameters<typeof withFormulas>[0], ReturnType<typeof said>[number]]>([
    ['a total omitting 2030', { total: '=SUM(E2:H2)' }, ['D2', 'totalRange', { formula: '=SUM(E2:H2)', difference: { vi: 'bỏ sót I2', en: 'omits I2' }, cells: YEARS }]],
    ['a total adding the growth column', { total: '=SUM(E2:J2)' }, ['D2', 'totalRange', { formula: '=SUM(E2:J2)', difference: { vi: 'thừa J2', en: 'adds J2' }, cells: YEARS }]],
    [
      'a total on the wrong row',
      { total: '=E3+F3+G3+H3+I3' },
      ['D2', 'totalRange', { formula: '=E3+F3+G3+H3+I3', difference: { vi: 'bỏ sót E2, F2, G2, H2, I2, thừa E3, F3, G3, H3, I3', en: 'omits E2, F2, G2, H2, I2, adds E3, F3, G3, H3, I3' }, cells: YEARS }],
    ],
    [
      'a components sum missing a sector',
      { component: '=SUM(E3:E4)' },
      ['E2', 'componentsRange', { formula: '=SUM(E3:E4)', difference: { vi: 'bỏ sót E5', en: 'omits E5' }, cells: 'E3, E4, E5', year: 2026 }],
    ],
    [
      'a growth formula against the wrong year',
      { growth: '=(F2/D2-1)*100' },
      ['F6', 'growthRange', { formula: '=(F2/D2-1)*100', difference: { vi: 'bỏ sót E2, thừa D2', en: 'omits E2, adds D2' }, cells: 'E2, F2', year: 2027 }],
    ],
    [
      'an average over the wrong number of years',
      { avg: '=((I2/(E2/(1+E6/100)))^(1/4)-1)*100' },
      ['J2', 'averageExponent', { formula: '=((I2/(E2/(1+E6/100)))^(1/4)-1)*100', root: 4, baseYear: 2025, lastYear: 2030, years: 5 }],
    ],
  ])('finds %s', (_n, over, expected) => {
    const f = run(withFormulas(over));
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    expect(said(f)).toEqual([expected]);
  });

  it('leaves formulas reading other sheets alone', () => {
    expect(run(withFormulas({ total: "=SUM('Năm 2026'!E2:I2)" }))).toEqual([]);
  });
});

describe('formula-range on the fill\'s own formulas', () => {
  it('accepts POWER(last/first, 1/n) over the years it reads, and catches a wrong root', () => {
    const ok = withFormulas({ avg: '=(POWER(I2/E2,1/4)-1)*100' });
    expect(run(ok)).toEqual([]);
    const f = run(withFormulas({ avg: '=(POWER(I2/E2,1/5)-1)*100' }));
    expect(f.map((x) => [x.cell, x.expected])).toEqual([['J2', '^(1/4)']]);
  });
});

describe('formula-range at scale', () => {
  it('accepts an average formula on every row of 2,000', () => {
    const rows: RowSpec[] = [];
    for (let i = 0; i < 400; i++) {
      for (const r of withFormulas()) rows.push({ ...r, ...(r.parent !== undefined ? { parent: r.parent + i * 5 } : {}) });
    }
    // Re-point every formula at its own block's rows.
    const shifted = rows.map((r, i) => {
      const block = Math.floor(i / 5);
      const move = (f: string) => f.replace(/([A-Z])(\d+)/g, (_m, c: string, n: string) => `${c}${Number(n) + block * 5}`);
      return r.formulas ? { ...r, formulas: Object.fromEntries(Object.entries(r.formulas).map(([k, f]) => [k, move(f)])) } : r;
    });
    // Speed is measured by `npm run bench`; here every row's own range must be accepted.
    expect(run(shifted)).toEqual([]);
  });
});
