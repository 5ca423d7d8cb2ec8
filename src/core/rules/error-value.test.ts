import { buildTable, findingsOf, type RowSpec } from './test-table';

const COLS = ['stt', 'name', 'unit', 2026, 2027, 'notes'] as const;
const run = (rows: RowSpec[]) => findingsOf('error-value', buildTable({ columns: [...COLS], rows }));

describe('error-value', () => {
  it('is silent on a table without errors', () => {
    expect(run([{ kind: 'indicator', cells: ['1', 'Chỉ tiêu', '%', 90, 91, 'ghi chú'] }])).toEqual([]);
  });

  it.each([
    ['#REF!', 'công thức trỏ tới ô đã bị xoá'],
    ['#DIV/0!', 'chia cho 0 hoặc ô trống'],
    ['#VALUE!', 'công thức tính với chữ thay vì số'],
    ['#N/A', 'không tìm thấy giá trị'],
    ['#NAME?', 'tên hàm hoặc tên vùng sai'],
  ])('finds %s in any column of the table', (code, why) => {
    const f = run([{ kind: 'indicator', cells: ['1', 'Chỉ tiêu', '%', 90, { error: code }, null] }]);
    expect(f.map((x) => [x.cell, x.severity, x.actual])).toEqual([['E2', 'error', code]]);
    expect(f[0].message).toBe(`Ô hiện lỗi ${code} (${why})`);
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
    expect(f.map((x) => x.cell)).toEqual(['E2', 'F3']);
    expect(f[0].message).toBe('Ô hiện lỗi #DIV/0! (chia cho 0 hoặc ô trống); công thức: =(E3/D3-1)*100');
  });
});
