import { buildTable, findingsOf, GRDP_COLUMNS, grdpRows, budgetRows, joinBlocks, withCell, type RowSpec } from './test-table';

const t = (rows: RowSpec[]) => buildTable({ columns: GRDP_COLUMNS, rows });

describe('components-mismatch', () => {
  it('is silent on the seed 000 sectors, which add up in every year and in the total', () => {
    expect(findingsOf('components-mismatch', t(joinBlocks(grdpRows(), budgetRows())))).toEqual([]);
  });

  it.each<[string, number, number, unknown, string, string]>([
    ['a sector year off by 10', 3, 4, 23668, 'E2', 'Năm 2026: chỉ tiêu ghi 44.477 nhưng tổng các thành phần (Khu vực I, Khu vực II, Khu vực III) là 44.487 (lệch 10)'],
    ['the parent year off by 100', 0, 8, 69655, 'I2', 'Năm 2030: chỉ tiêu ghi 69.655 nhưng tổng các thành phần'],
    ['a sector total off by 5', 1, 3, 18351, 'D2', 'Kế hoạch 5 năm: chỉ tiêu ghi 281.427 nhưng tổng các thành phần'],
  ])('finds %s', (_n, row, col, value, cell, message) => {
    const f = findingsOf('components-mismatch', t(withCell(grdpRows(), row, col, value as number)));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', cell });
    expect(f[0].message).toContain(message);
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
    expect(f[1].message).toBe('Năm 2026: các thành phần "trong đó" (Trong đó: vốn ngân sách) cộng lại 16.000, lớn hơn chỉ tiêu 13.103 (vượt 2.897)');
  });
});
