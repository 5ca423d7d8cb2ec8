import { figure } from '../messages';
import { buildTable, findingsOf, GRDP_COLUMNS, grdpRows, budgetRows, joinBlocks, said, withCell, type RowSpec } from './test-table';

const SECTORS = 'Khu vực I, Khu vực II, Khu vực III';

const t = (rows: RowSpec[]) => buildTable({ columns: GRDP_COLUMNS, rows });

describe('components-mismatch', () => {
  it('is silent on the seed 000 sectors, which add up in every year and in the total', () => {
    expect(findingsOf('components-mismatch', t(joinBlocks(grdpRows(), budgetRows())))).toEqual([]);
  });

  it.each<[string, number, number, number, ReturnType<typeof said>[number]]>([
    ['a sector year off by 10', 3, 4, 23668, ['E2', 'sum', { column: { vi: 'Năm 2026', en: '2026' }, names: SECTORS, total: figure(44477), sum: figure(44487), diff: figure(10) }]],
    ['the parent year off by 100', 0, 8, 69655, ['I2', 'sum', { column: { vi: 'Năm 2030', en: '2030' }, names: SECTORS, total: figure(69655), sum: figure(69555), diff: figure(100) }]],
    [
      'a sector total off by 5',
      1,
      3,
      18351,
      ['D2', 'sum', { column: { vi: 'Kế hoạch 5 năm', en: '5-year plan' }, names: SECTORS, total: figure(281427), sum: figure(281432), diff: figure(5) }],
    ],
  ])('finds %s', (_n, row, col, value, expected) => {
    const f = findingsOf('components-mismatch', t(withCell(grdpRows(), row, col, value)));
    expect(f.map((x) => x.severity)).toEqual(['error']);
    expect(said(f)).toEqual([expected]);
  });

  it('tolerates what rounding of four amounts explains (≤ 2 on whole billions)', () => {
    expect(findingsOf('components-mismatch', t(withCell(grdpRows(), 3, 4, 23660)))).toEqual([]);
  });

  it.each<[string, RowSpec[]]>([
    [
      'rates under a count are never summed',
      [
        { kind: 'indicator', cells: ['7', 'Giải quyết việc làm hàng năm', 'Người', 20000, 4000, 4000, 4000, 4000, 4000] },
        { kind: 'component', parent: 0, cells: ['', 'Tỷ lệ lao động qua đào tạo', '%', '75% trở lên', 75, 75, 75, 75, 75] },
        { kind: 'component', parent: 0, cells: ['', 'Tỷ lệ lao động có bằng cấp', '%', '47% trở lên', 44, 44, 45, 46, 47] },
      ],
    ],
    [
      'a sub-indicator in another flow unit is not summed',
      [
        { kind: 'indicator', cells: ['3', 'Tổng vốn đầu tư', 'Tỷ đồng', 70603, 13103, 13453, 14309, 14653, 15085] },
        { kind: 'component', parent: 0, cells: ['', 'Số dự án khởi công', 'Dự án', 50, 10, 10, 10, 10, 10] },
        { kind: 'component', parent: 0, cells: ['', 'Số công trình hoàn thành', 'Công trình', 40, 8, 8, 8, 8, 8] },
      ],
    ],
    [
      'a single component is not a split',
      [
        { kind: 'indicator', cells: ['3', 'Tổng vốn đầu tư', 'Tỷ đồng', 70603, 13103, 13453, 14309, 14653, 15085] },
        { kind: 'component', parent: 0, cells: ['', 'Vốn ngân sách', 'Tỷ đồng', 20000, 4000, 4000, 4000, 4000, 4000] },
      ],
    ],
    [
      '"trong đó" parts smaller than the parent',
      [
        { kind: 'indicator', cells: ['3', 'Tổng vốn đầu tư', 'Tỷ đồng', 70603, 13103, 13453, 14309, 14653, 15085] },
        { kind: 'component', parent: 0, cells: ['', 'Trong đó: vốn ngân sách', 'Tỷ đồng', 20000, 4000, 4000, 4000, 4000, 4000] },
        { kind: 'component', parent: 0, cells: ['', 'vốn doanh nghiệp', 'Tỷ đồng', 30000, 6000, 6000, 6000, 6000, 6000] },
      ],
    ],
  ])('silent: %s', (_n, rows) => {
    expect(findingsOf('components-mismatch', t(rows))).toEqual([]);
  });

  it('"trong đó" parts larger than the parent are reported', () => {
    const rows: RowSpec[] = [
      { kind: 'indicator', cells: ['3', 'Tổng vốn đầu tư', 'Tỷ đồng', 70603, 13103, 13453, 14309, 14653, 15085] },
      { kind: 'component', parent: 0, cells: ['', 'Trong đó: vốn ngân sách', 'Tỷ đồng', 80000, 16000, 16000, 16000, 16000, 16000] },
    ];
    const f = findingsOf('components-mismatch', t(rows));
    expect(f.map((x) => x.cell)).toEqual(['D2', 'E2', 'F2', 'G2', 'H2', 'I2']);
    expect(said(f)[1]).toEqual([
      'E2',
      'ofWhich',
      { column: { vi: 'Năm 2026', en: '2026' }, names: 'Trong đó: vốn ngân sách', total: figure(13103), sum: figure(16000), diff: figure(2897) },
    ]);
  });
});
