import { buildTable, findingsOf, type RowSpec } from './test-table';

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

  it.each<[string, RowSpec, string]>([
    ['figures without a name', { kind: 'indicator', cells: ['12', '', '%', 100, 100] }, 'Dòng 2 (STT 12) có số liệu nhưng chưa có tên chỉ tiêu'],
    ['a target without a name', { kind: 'component', cells: ['', '  ', '%', '≥ 90', null] }, 'Dòng 2 có số liệu nhưng chưa có tên chỉ tiêu'],
  ])('finds %s', (_n, row, message) => {
    const f = run([row]);
    expect(f.map((x) => [x.cell, x.severity, x.message])).toEqual([['B2', 'error', message]]);
  });
});
