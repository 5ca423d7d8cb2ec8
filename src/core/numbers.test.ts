import { cellNumber, formatViNumber, parseViNumber, type ParseNumberOptions } from './numbers';

type Case = [text: string, value: number, decimals: number, percent?: boolean, options?: ParseNumberOptions];

const accepted: Case[] = [
  ['6.620,54', 6620.54, 2],
  ['1.766', 1766, 0],
  ['1083,25', 1083.25, 2],
  ['97,5', 97.5, 1],
  ['-2,52', -2.52, 2],
  ['\u22122,52', -2.52, 2],
  ['14,20', 14.2, 2],
  ['100,0', 100, 1],
  ['68%', 68, 0, true],
  ['68 %', 68, 0, true],
  ['61,03%', 61.03, 2, true],
  [' 1.500 ', 1500, 0],
  ['\u00a01.500\u00a0', 1500, 0],
  ['+5', 5, 0],
  ['0', 0, 0],
  ['-0', 0, 0],
  ['-0,00', 0, 2],
  ['281.427', 281427, 0],
  ['20.000', 20000, 0],
  ['1.234.567', 1234567, 0],
  ['1.234.567,891', 1234567.891, 3],
  ['0,50', 0.5, 2],
  ['0,001', 0.001, 3],
  // English thousands grouping: two commas cannot be vi-VN decimal marks.
  ['1,234,567', 1234567, 0],
  // Spaces as thousands separators (French/ISO style, also seen in pasted text).
  ['1 234 567', 1234567, 0],
  ['1 500,25', 1500.25, 2],
  // A lone dot that cannot be grouping is a decimal point.
  ['97.5', 97.5, 1],
  ['0.766', 0.766, 3],
  ['1083.250', 1083.25, 3],
  ['12.3456', 12.3456, 4],
  // Context decides a lone dot before 3 digits.
  ['1.766', 1766, 0, false, { integerUnit: true }],
  ['1.766', 1.766, 3, false, { percentUnit: true }],
  ['1.766', 1766, 0, false, { percentUnit: true, integerUnit: true }],
  ['97.5', 97.5, 1, false, { percentUnit: true }],
  ['97.5', 97.5, 1, false, { integerUnit: true }],
  ['12.500%', 12.5, 3, true],
  ['1.234.567', 1234567, 0, false, { percentUnit: true }],
  // A single comma is always the vi-VN decimal mark, whatever the unit.
  ['1,766', 1.766, 3, false, { integerUnit: true }],
  ['007', 7, 0],
];

const rejected: string[] = [
  '',
  '   ',
  '%',
  '-',
  '+',
  'abc',
  '12a',
  '1e5',
  'Infinity',
  'NaN',
  '1,2,3',
  '1,5,5',
  '1,234.56',
  '1.234,56,7',
  '6.62,54',
  '1.23.456',
  '12.34.567',
  '1..5',
  ',5',
  '.5',
  '5,',
  '5.',
  '1.000.',
  '1 2',
  '1  234',
  '1 234.567',
  '1 .234',
  '--5',
  '5-',
  '5%%',
  '%5',
  '14 - 15',
  '2026 - 2027',
  '100/ cơ sở giáo dục',
  'Đạt',
  '≥ 15',
  '0x10',
  '１５',
  '9'.repeat(600) + '0',
  '9'.repeat(320),
];

describe('parseViNumber', () => {
  test.each(accepted)('%s → %d (decimals %d)', (text, value, decimals, percent = false, options = {}) => {
    expect(parseViNumber(text, options)).toEqual({ value, decimals, percent });
  });

  test.each(rejected.map((t) => [t]))('rejects %j', (text) => {
    expect(parseViNumber(text)).toBeNull();
  });

  test('never returns a signed zero', () => {
    expect(Object.is(parseViNumber('-0,0')!.value, 0)).toBe(true);
  });

  test('non-string input is rejected, not thrown on', () => {
    expect(parseViNumber(undefined as unknown as string)).toBeNull();
    expect(parseViNumber(42 as unknown as string)).toBeNull();
  });
});

describe('formatViNumber', () => {
  test.each<[number, number, string]>([
    [6620.54, 2, '6.620,54'],
    [-2.52, 2, '-2,52'],
    [281427, 0, '281.427'],
    [0.5, 2, '0,50'],
    [1766, 0, '1.766'],
    [1234567.891, 3, '1.234.567,891'],
    [999.999, 2, '1.000,00'],
    [0, 0, '0'],
    [-0, 2, '0,00'],
    [-0.001, 2, '0,00'],
    [12.3, 0, '12'],
    [100, 1, '100,0'],
    [1e21, 0, '1.000.000.000.000.000.000.000'],
    [-1e21, 1, '-1.000.000.000.000.000.000.000,0'],
    [5, -3, '5'],
    [5, 2.9, '5,00'],
  ])('%d with %d decimals → %s', (value, decimals, expected) => {
    expect(formatViNumber(value, decimals)).toBe(expected);
  });

  test('defaults to 0 decimals', () => {
    expect(formatViNumber(20000)).toBe('20.000');
  });

  test('non-finite values are shown as JS does, not thrown on', () => {
    expect(formatViNumber(NaN, 2)).toBe('NaN');
    expect(formatViNumber(Infinity)).toBe('Infinity');
  });

  test('seed figures parse back to themselves', () => {
    for (const [v, d] of [[44477, 0], [6620.54, 2], [14.2, 2], [-2.52, 2], [11.47, 2], [1083.25, 2]] as const) {
      expect(parseViNumber(formatViNumber(v, d))).toEqual({ value: v, decimals: d, percent: false });
    }
  });
});

describe('cellNumber', () => {
  test('numbers pass through, text is parsed, anything else is null', () => {
    expect(cellNumber(97.5)).toBe(97.5);
    expect(cellNumber(0)).toBe(0);
    expect(cellNumber('6.620,54')).toBe(6620.54);
    expect(cellNumber('68%')).toBe(68);
    expect(cellNumber('1.766', { integerUnit: true })).toBe(1766);
    expect(cellNumber('1.766', { percentUnit: true })).toBe(1.766);
    expect(cellNumber('Đạt')).toBeNull();
    expect(cellNumber('')).toBeNull();
    expect(cellNumber(null)).toBeNull();
    expect(cellNumber(true)).toBeNull();
    expect(cellNumber({ error: '#DIV/0!' })).toBeNull();
    expect(cellNumber(NaN)).toBeNull();
  });
});
