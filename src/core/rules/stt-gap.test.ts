import { buildTable, findingsOf, said, type RowSpec } from './test-table';

const COLS = ['stt', 'name', 'unit', 'target2030'] as const;
const ind = (stt: string): RowSpec => ({ kind: 'indicator', cells: [stt, 'Chỉ tiêu', '%', 100] });
const sec = (stt: string): RowSpec => ({ kind: 'section', cells: [stt, 'NHÓM CHỈ TIÊU', null, null] });
const comp = (stt: string): RowSpec => ({ kind: 'component', cells: [stt, 'Thành phần', '%', 100] });
const run = (rows: RowSpec[]) => findingsOf('stt-gap', buildTable({ columns: [...COLS], rows }));

describe('stt-gap', () => {
  it.each<[string, RowSpec[]]>([
    ['a clean run across sections', [sec('I'), ind('1'), ind('2'), sec('II'), ind('3')]],
    ['restarting in every section', [sec('I'), ind('1'), sec('II'), ind('1'), ind('2')]],
    ['sub-numbers', [ind('1'), comp('1.1'), comp('1.2'), ind('2'), comp('2.1')]],
    ['letters, with or without đ', [ind('1'), comp('a'), comp('b'), comp('c'), comp('d'), comp('e')]],
    ['numeric STT cells', [ind('1'), ind('2'), ind('3')]],
    ['a table continued from another sheet', [sec('III'), ind('11'), ind('12')]],
  ])('silent: %s', (_n, rows) => {
    expect(run(rows)).toEqual([]);
  });

  it('finds seed 004 PL1: 11 then 13 (12 missing); the second 13 is a duplicate, not a gap', () => {
    const f = run([sec('II'), ind('10'), sec('III'), ind('11'), ind('13'), sec('IV'), ind('13'), ind('14')]);
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    expect(said(f)).toEqual([['A6', 'gap', { stt: '13', previous: '11', missing: '12' }]]);
    expect(f[0]).toMatchObject({ expected: '12', actual: '13' });
  });

  it.each<[string, RowSpec[], ReturnType<typeof said>]>([
    ['two missing', [ind('1'), ind('4')], [['A3', 'gap', { stt: '4', previous: '1', missing: '2-3' }]]],
    [
      'a jump, then backwards',
      [ind('1'), ind('2'), ind('5'), ind('3')],
      [
        ['A4', 'gap', { stt: '5', previous: '2', missing: '3-4' }],
        ['A5', 'backwards', { stt: '3', previous: '5', expected: '6' }],
      ],
    ],
    ['sub-number skipped', [ind('1'), comp('1.1'), comp('1.3')], [['A4', 'gap', { stt: '1.3', previous: '1.1', missing: '1.2' }]]],
    ['sub-numbers starting at 2', [ind('1'), comp('1.2')], [['A3', 'gapAtStart', { stt: '1.2', missing: '1.1' }]]],
    ['sections skip', [sec('I'), ind('1'), sec('III'), ind('2')], [['A4', 'gap', { stt: 'III', previous: 'I', missing: 'II' }]]],
    ['a sub-number 0 goes backwards from nothing', [ind('1'), comp('1.0')], [['A3', 'backwardsAtStart', { stt: '1.0', expected: '1.1' }]]],
  ])('finds %s', (_n, rows, expected) => {
    expect(said(run(rows))).toEqual(expected);
  });
});
