import { buildTable, findingsOf, said, type RowSpec } from './test-table';

const COLS = ['stt', 'name', 'unit', 2026, 2027, 'notes'] as const;
const run = (rows: RowSpec[]) => findingsOf('error-value', buildTable({ columns: [...COLS], rows }));

describe('error-value', () => {
  it('is silent on a table without errors', () => {
    expect(run([{ kind: 'indicator', cells: ['1', 'Chỉ tiêu', '%', 90, 91, 'ghi chú'] }])).toEqual([]);
  });

  it.each([
    ['#REF!', { vi: 'công thức trỏ tới ô đã bị xoá', en: 'the formula points at a deleted cell' }],
    ['#DIV/0!', { vi: 'chia cho 0 hoặc ô trống', en: 'division by zero or by a blank cell' }],
    ['#VALUE!', { vi: 'công thức tính với chữ thay vì số', en: 'the formula computes with text instead of numbers' }],
    ['#N/A', { vi: 'không tìm thấy giá trị', en: 'a value was not found' }],
    ['#NAME?', { vi: 'tên hàm hoặc tên vùng sai', en: 'an unknown function or name' }],
  ])('finds %s in any column of the table', (code, explanation) => {
    const f = run([{ kind: 'indicator', cells: ['1', 'Chỉ tiêu', '%', 90, { error: code }, null] }]);
    expect(f.map((x) => [x.cell, x.severity, x.actual])).toEqual([['E2', 'error', code]]);
    expect(said(f)).toEqual([['E2', 'errorExplained', { code, explanation }]]);
  });

  it('shows an error it has no explanation for by its code alone', () => {
    const f = run([{ kind: 'indicator', cells: ['1', 'Chỉ tiêu', '%', 90, { error: '#SPILL!' }, null] }]);
    expect(said(f)).toEqual([['E2', 'error', { code: '#SPILL!' }]]);
  });

  it('names the formula and finds errors pasted as text', () => {
    const t = buildTable({
      columns: [...COLS],
      rows: [
        { kind: 'growth', cells: ['', 'Tốc độ tăng', '%', null, { error: '#DIV/0!' }, null], formulas: { 4: '=(E3/D3-1)*100' } },
        { kind: 'indicator', cells: ['1', 'Chỉ tiêu', '%', 90, 91, '#REF!'] },
      ],
    });
    const f = findingsOf('error-value', t);
    expect(said(f)).toEqual([
      ['E2', 'formulaErrorExplained', { code: '#DIV/0!', explanation: { vi: 'chia cho 0 hoặc ô trống', en: 'division by zero or by a blank cell' }, formula: '=(E3/D3-1)*100' }],
      ['F3', 'errorExplained', { code: '#REF!', explanation: { vi: 'công thức trỏ tới ô đã bị xoá', en: 'the formula points at a deleted cell' } }],
    ]);
  });
});
