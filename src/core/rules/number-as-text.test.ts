import { figure } from '../messages';
import { parsePlan } from '../plan';
import { buildTable, findingsOf, said, type RowSpec } from './test-table';

const COLS = ['stt', 'name', 'unit', 'planTotal', 2026, 2027] as const;
const run = (rows: RowSpec[]) => findingsOf('number-as-text', buildTable({ columns: [...COLS], rows }));

describe('number-as-text', () => {
  it.each<[string, RowSpec]>([
    ['real numbers', { kind: 'indicator', cells: ['1', 'Thu ngân sách', 'Tỷ đồng', 2274.82, 1083.25, 1191.57] }],
    ['target expressions', { kind: 'indicator', cells: ['5', 'Tỷ lệ trường đạt chuẩn', '%', '68% trở lên', '≥ 67', 'dưới 1%'] }],
    ['percentages typed with their sign', { kind: 'indicator', cells: ['5', 'Tỷ lệ trường đạt chuẩn', '%', null, '67%', '68%'] }],
    ['qualitative words', { kind: 'indicator', cells: ['7', 'Trạm y tế đạt chuẩn', 'Chuẩn', 'Duy trì', 'Đạt', 'Duy trì'] }],
  ])('silent: %s', (_n, row) => {
    expect(run([row])).toEqual([]);
  });

  it('finds the seed 000 budget figures typed as text, each with a fix', () => {
    const f = run([{ kind: 'component', cells: ['', 'Thu ngân sách Nhà nước trên địa bàn', 'Tỷ đồng', 2274.82, '1083,25', '1191,57'] }]);
    expect(f.map((x) => [x.cell, x.severity, x.expected, x.actual])).toEqual([
      ['E2', 'warning', 1083.25, '1083,25'],
      ['F2', 'warning', 1191.57, '1191,57'],
    ]);
    expect(said(f)[0]).toEqual(['E2', 'asText', { shown: figure(1083.25, 2), text: '1083,25', value: 1083.25 }]);
    const fix = parsePlan(f[0].fix);
    expect(fix.ops).toEqual([
      { op: 'setValues', sheet: 'Phụ lục', address: 'E2', values: [[1083.25]] },
      { op: 'setNumberFormat', sheet: 'Phụ lục', range: 'E2', format: '#,##0.00' },
    ]);
  });

  it('reads whole counts with grouping ("1.766" houses is 1766)', () => {
    const f = run([{ kind: 'indicator', cells: ['10', 'Số nhà ở xã hội', 'Căn', '1.766', 350, 350] }]);
    expect(f.map((x) => [x.cell, x.expected])).toEqual([['D2', 1766]]);
    expect(parsePlan(f[0].fix).ops[1]).toMatchObject({ format: '#,##0' });
  });
});

describe('number-as-text and expressions', () => {
  it('leaves "= 15" and "Bằng 15" alone: they are targets written as expressions', () => {
    expect(run([{ kind: 'indicator', cells: ['1', 'Chỉ tiêu', '%', '= 15', 'Bằng 15', null] }])).toEqual([]);
  });
});
