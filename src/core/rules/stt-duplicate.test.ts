import { buildTable, findingsOf, said, type RowSpec } from './test-table';

const COLS = ['stt', 'name', 'unit', 'target2030'] as const;
const ind = (stt: string, name = 'Chỉ tiêu'): RowSpec => ({ kind: 'indicator', cells: [stt, name, '%', 100] });
const sec = (stt: string): RowSpec => ({ kind: 'section', cells: [stt, 'NHÓM CHỈ TIÊU', null, null] });
const comp = (stt: string): RowSpec => ({ kind: 'component', cells: [stt, 'Thành phần', '%', 100] });
const stts = (rows: RowSpec[]) => said(findingsOf('stt-duplicate', buildTable({ columns: [...COLS], rows })));

describe('stt-duplicate', () => {
  it.each<[string, RowSpec[]]>([
    ['a clean run across sections', [sec('I'), ind('1'), ind('2'), sec('II'), ind('3'), ind('4')]],
    ['numbering restarting in every section', [sec('I'), ind('1'), ind('2'), sec('II'), ind('1'), ind('2'), sec('III'), ind('1')]],
    ['sub-numbers under different parents', [ind('1'), comp('1.1'), comp('1.2'), ind('2'), comp('2.1'), comp('2.2')]],
    ['blank STT on sub-rows', [ind('1'), comp(''), comp(''), ind('2')]],
    ['trailing dots', [ind('1.'), ind('2.'), ind('3')]],
  ])('silent: %s', (_n, rows) => {
    expect(stts(rows)).toEqual([]);
  });

  it('finds seed 004 PL1: 11, 13, 13, 14', () => {
    const rows = [sec('III'), ind('11'), ind('13'), sec('IV'), ind('13'), ind('14')];
    expect(stts(rows)).toEqual([['A6', 'duplicate', { stt: '13', firstRow: 4 }]]);
  });

  it.each<[string, RowSpec[], string]>([
    ['duplicate sub-number', [ind('1'), comp('1.1'), comp('1.1')], 'A4'],
    ['duplicate section', [sec('I'), ind('1'), sec('I'), ind('2')], 'A4'],
    ['duplicate inside a restarting section', [sec('I'), ind('1'), ind('2'), sec('II'), ind('1'), ind('1')], 'A7'],
  ])('finds %s', (_n, rows, cell) => {
    const f = findingsOf('stt-duplicate', buildTable({ columns: [...COLS], rows }));
    expect(f.map((x) => x.cell)).toEqual([cell]);
    expect(f[0].severity).toBe('error');
  });
});

describe('stt-duplicate and numeric STT cells', () => {
  it('reads 1.1 after 1.9 in a number cell as 1.10, not as a second 1.1', () => {
    const rows: RowSpec[] = [ind('1'), ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ kind: 'component' as const, cells: [Number(`1.${n}`), 'Thành phần', '%', 100] })), { kind: 'component', cells: [1.1, 'Thành phần', '%', 100] }];
    expect(findingsOf('stt-duplicate', buildTable({ columns: [...COLS], rows }))).toEqual([]);
    expect(findingsOf('stt-gap', buildTable({ columns: [...COLS], rows }))).toEqual([]);
  });

  it('still finds 1.1 typed twice as text', () => {
    const rows: RowSpec[] = [ind('1'), comp('1.1'), comp('1.2'), comp('1.1')];
    expect(findingsOf('stt-duplicate', buildTable({ columns: [...COLS], rows })).map((f) => f.cell)).toEqual(['A5']);
  });
});
