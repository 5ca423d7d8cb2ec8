import { figure } from '../messages';
import { buildTable, findingsOf, said, type ColumnSpec, type RowSpec } from './test-table';

const YEARLY: ColumnSpec[] = ['stt', 'name', 'unit', 'planTotal', 2026, 2027, 2028, 2029, 2030];
const LEVEL: ColumnSpec[] = ['stt', 'name', 'unit', 'target2030', 2026, 2027, 2028, 2029, 2030];
const ind = (name: string, unit: string, cells: unknown[], direction?: 'up' | 'down'): RowSpec => ({ kind: 'indicator', cells: ['1', name, unit, ...cells] as never, direction });
const run = (rows: RowSpec[], columns = YEARLY) => findingsOf('target-path', buildTable({ columns, rows }));

describe('target-path', () => {
  it.each<[string, RowSpec, ColumnSpec[] | null]>([
    ['seed 000 schools: 68% trở lên reached by 70', ind('Tỷ lệ trường học đạt chuẩn Quốc gia', '%', ['68% trở lên', 67, 68, 69, 69, 70]), null],
    ['99% trở lên held at 99', ind('Tỷ lệ huy động trẻ 5 tuổi', '%', ['99% trở lên', 99, 99, 99, 99, 99]), null],
    ['27% trở lên reached by 27,20', ind('Tỷ lệ tham gia BHXH', '%', ['27% trở lên', 26.2, 26.5, 26.8, 27, 27.2]), null],
    ['dưới 1% in every year (targets, not figures)', ind('Tỷ lệ hộ nghèo', '%', ['dưới 1%', 'dưới 1%', 'dưới 1%', 'dưới 1%', 'dưới 1%', 'dưới 1%'], 'down'), null],
    ['a flow total is a sum, not a goal', ind('Số nhà ở xã hội hoàn thành', 'Căn', [1766, 350, 350, 350, 350, 366]), null],
    ['a level total equal to the sum of the years is a sum', ind('Số hộ được hỗ trợ', 'Hộ gia đình', [50, 10, 10, 10, 10, 10]), null],
    ['100 held at 100', ind('Tỷ lệ dân số dùng nước sạch', '%', [100, 100, 100, 100, 100, 100]), null],
    ['a lower-is-better level reached', ind('Tỷ lệ hộ nghèo', '%', [0.5, 1, 0.8, 0.7, 0.6, 0.5], 'down'), LEVEL],
    ['a range reached', ind('Thu nhập bình quân', 'Triệu đồng/người/năm', ['170-200', 85, 105, 130, 155, 175]), LEVEL],
    ['"Giảm hàng năm" with falling years', ind('Tỷ lệ hộ nghèo', '%', ['Giảm hàng năm', 1, 0.8, 0.5, 0.2, 0], 'down'), LEVEL],
    ['rounding: 67,95 shown as 68,0 meets 68', { ...ind('Tỷ lệ trường đạt chuẩn', '%', ['68% trở lên', 60, 62, 64, 66, 67.96]), formats: { 8: '0.0' } }, null],
  ])('silent: %s', (_n, row, columns) => {
    expect(run([row], columns ?? YEARLY)).toEqual([]);
  });

  const SCHOOLS = 'Tỷ lệ trường đạt chuẩn';
  it.each<[string, RowSpec, ColumnSpec[], ReturnType<typeof said>[number]]>([
    ['2030 below "68% trở lên"', ind(SCHOOLS, '%', ['68% trở lên', 64, 65, 66, 66, 67]), YEARLY, ['I2', 'goalMissed', { name: SCHOOLS, goal: '68% trở lên', year: 2030, last: figure(67) }]],
    ['reached, then dropped', ind(SCHOOLS, '%', ['68% trở lên', 66, 68, 69, 69, 67]), YEARLY, ['I2', 'goalDropped', { name: SCHOOLS, goal: '68% trở lên', year: 2030, last: figure(67) }]],
    [
      'a lower-is-better goal missed',
      ind('Tỷ lệ hộ nghèo', '%', ['dưới 1%', 2, 1.8, 1.5, 1.2, 1.1], 'down'),
      LEVEL,
      ['I2', 'goalMissed', { name: 'Tỷ lệ hộ nghèo', goal: 'dưới 1%', year: 2030, last: figure(1.1, 1) }],
    ],
    ['a plain level not reached', ind('Tỷ lệ giải ngân', '%', [100, 80, 85, 90, 95, 95]), YEARLY, ['I2', 'goalMissed', { name: 'Tỷ lệ giải ngân', goal: '100', year: 2030, last: figure(95) }]],
    [
      '"Giảm hàng năm" with a rise',
      ind('Tỷ lệ hộ nghèo', '%', ['Giảm hàng năm', 1, 0.8, 0.9, 0.5, 0.3], 'down'),
      LEVEL,
      ['G2', 'risesAgainstGoal', { name: 'Tỷ lệ hộ nghèo', goal: 'Giảm hàng năm', year: 2028, value: figure(0.9, 1), previousYear: 2027, previous: figure(0.8, 1) }],
    ],
    [
      '"Tăng hàng năm" with a fall',
      ind('Số hộ dùng nước sạch', 'Hộ gia đình', ['Tăng hàng năm', 100, 120, 110, 130, 140]),
      LEVEL,
      ['G2', 'fallsAgainstGoal', { name: 'Số hộ dùng nước sạch', goal: 'Tăng hàng năm', year: 2028, value: figure(110), previousYear: 2027, previous: figure(120) }],
    ],
  ])('finds %s', (_n, row, columns, expected) => {
    const f = run([row], columns);
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    expect(said(f)).toEqual([expected]);
  });

  it('waits for a path that ends before the goal year (a 2026-2027 tracking sheet)', () => {
    const columns: ColumnSpec[] = ['stt', 'name', 'unit', 2026, 2027, { role: 'target2030', header: '2030 (mục tiêu)' }];
    const t = buildTable({ columns, rows: [{ kind: 'indicator', cells: ['5', 'Trường có nhà đa năng', '%', 60, 75, 100] }] });
    expect(findingsOf('target-path', t)).toEqual([]);
  });
});
