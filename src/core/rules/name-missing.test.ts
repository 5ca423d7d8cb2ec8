import { buildTable, findingsOf, said, type RowSpec } from './test-table';

const COLS = ['stt', 'name', 'unit', 2026, 2027] as const;
const run = (rows: RowSpec[]) => findingsOf('name-missing', buildTable({ columns: [...COLS], rows }));

describe('name-missing', () => {
  it.each<[string, RowSpec[]]>([
    ['named rows', [{ kind: 'indicator', cells: ['1', 'Tỷ lệ hộ nghèo', '%', 1, 0.8] }]],
    ['a blank row without values', [{ kind: 'indicator', cells: ['1', '', '', null, null] }]],
    ['a row with only dashes', [{ kind: 'component', cells: ['', '', '', '-', '-'] }]],
  ])('silent: %s', (_n, rows) => {
    expect(run(rows)).toEqual([]);
  });

  it.each<[string, RowSpec, ReturnType<typeof said>[number]]>([
    ['figures without a name', { kind: 'indicator', cells: ['12', '', '%', 100, 100] }, ['B2', 'missingWithStt', { row: 2, stt: '12' }]],
    ['a target without a name', { kind: 'component', cells: ['', '  ', '%', '≥ 90', null] }, ['B2', 'missing', { row: 2 }]],
  ])('finds %s', (_n, row, expected) => {
    const f = run([row]);
    expect(f.map((x) => x.severity)).toEqual(['error']);
    expect(said(f)).toEqual([expected]);
  });
});
