import { figure } from '../messages';
import { buildTable, findingsOf, said, type RowSpec } from './test-table';

const COLS = ['stt', 'name', 'unit', 'planTotal', 2026, 2027, 'avgGrowth', 'ratioPrevious'] as const;
const run = (rows: RowSpec[]) => findingsOf('percent-out-of-range', buildTable({ columns: [...COLS], rows }));
const ind = (name: string, unit: string, cells: unknown[]): RowSpec => ({ kind: 'indicator', cells: ['1', name, unit, ...cells] as never });

describe('percent-out-of-range', () => {
  it.each<[string, RowSpec]>([
    ['shares within 0-100', ind('Tỷ lệ trường đạt chuẩn', '%', ['68% trở lên', 67, 100, null, null])],
    ['a ratio to the previous period (173,76)', ind('Tổng giá trị sản phẩm', 'Tỷ đồng', [281427, 44477, 49689, 12.3, 173.76])],
    ['a growth rate above 100 in the growth column', ind('Tỷ lệ hộ dùng Internet', '%', [90, 80, 90, 120, 250])],
    ['a growth row', { kind: 'growth', cells: ['', 'Tốc độ tăng', '%', null, 140, -5, null, null] }],
    ['a rate named as growth', ind('Thu ngân sách tăng bình quân', '%', [null, 115, 120, null, null])],
    ['percent of plan completed (110 % kế hoạch)', ind('Tuyển quân', '100% kế hoạch', [null, 110, 105, null, null])],
    ['completion of the assigned plan', ind('Hoàn thành chỉ tiêu tuyển quân được giao', '%', [null, 110, 100, null, null])],
    ['not a % unit', ind('Số DN (tăng so với hiện nay)', 'Lần', [null, 120, 140, null, null])],
  ])('silent: %s', (_n, row) => {
    expect(run([row])).toEqual([]);
  });

  it.each<[string, RowSpec, ReturnType<typeof said>[number]]>([
    ['a share above 100', ind('Tỷ lệ hộ dân sử dụng nước sạch', '%', [100, 100, 110, null, null]), ['F2', 'above', { column: { vi: 'Năm 2027', en: '2027' }, share: figure(110), value: 110 }]],
    ['a negative share', ind('Tỷ lệ hộ nghèo', '%', [null, -0.5, 0.2, null, null]), ['E2', 'below', { column: { vi: 'Năm 2026', en: '2026' }, share: figure(-0.5, 1), value: -0.5 }]],
    ['a target above 100', ind('Tỷ lệ người dân tham gia BHYT', '%', ['≥ 105%', 95, 96, null, null]), ['D2', 'above', { column: { vi: 'Kế hoạch 5 năm', en: '5-year plan' }, share: figure(105), value: 105 }]],
  ])('finds %s', (_n, row, expected) => {
    const f = run([row]);
    expect(f.map((x) => x.severity)).toEqual(['error']);
    expect(said(f)).toEqual([expected]);
  });

  it('reads a percentage-formatted 1,1 as 110 %', () => {
    const t = buildTable({ columns: [...COLS], rows: [{ ...ind('Tỷ lệ hộ dân sử dụng nước sạch', '%', [null, 0.95, 1.1, null, null]), formats: { 4: '0%', 5: '0%' } }] });
    expect(findingsOf('percent-out-of-range', t).map((x) => x.cell)).toEqual(['F2']);
  });
});

describe('percent-out-of-range under a growth indicator', () => {
  it('leaves the sector growths of a "tăng bình quân" indicator alone', () => {
    const t = buildTable({
      columns: [...COLS],
      rows: [
        { kind: 'indicator', cells: ['1', 'Tổng giá trị sản phẩm trên địa bàn tăng bình quân', '%', null, 19, 19, null, null] },
        { kind: 'component', parent: 0, cells: ['1.1', 'Công nghiệp – xây dựng', '%', null, 120, 18, null, null] },
      ],
    });
    expect(findingsOf('percent-out-of-range', t)).toEqual([]);
  });
});
