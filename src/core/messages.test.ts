import { figure, formatEnNumber, renderMessage, templateFields } from './messages';

describe('renderMessage', () => {
  const template = 'Tổng 5 năm ghi {total} nhưng tổng các năm là {sum} (lệch {diff})';

  it.each<[string, 'vi' | 'en', string]>([
    ['Vietnamese figures group with "." and mark decimals with ","', 'vi', 'Tổng 5 năm ghi 281.437 nhưng tổng các năm là 6.620,54 (lệch 0,10)'],
    ['English figures group with "," and mark decimals with "."', 'en', 'Tổng 5 năm ghi 281,437 nhưng tổng các năm là 6,620.54 (lệch 0.10)'],
  ])('%s', (_n, lang, expected) => {
    expect(renderMessage(template, { total: figure(281437), sum: figure(6620.54, 2), diff: figure(0.1, 2) }, lang)).toBe(expected);
  });

  it('prints strings and plain numbers as they are (years and rows are not grouped)', () => {
    expect(renderMessage('Năm {year}, dòng {row}: "{text}"', { year: 2027, row: 14, text: '1083,25' }, 'vi')).toBe('Năm 2027, dòng 14: "1083,25"');
  });

  it('picks the phrase of the language', () => {
    const data = { column: { vi: 'Kế hoạch 5 năm', en: '5-year plan' } };
    expect(renderMessage('{column}: …', data, 'vi')).toBe('Kế hoạch 5 năm: …');
    expect(renderMessage('{column}: …', data, 'en')).toBe('5-year plan: …');
  });

  it('fills a field used twice, and leaves braces that name no field', () => {
    expect(renderMessage('^(1/{n}) … {n} năm … {}', { n: 5 }, 'en')).toBe('^(1/5) … 5 năm … {}');
  });

  it('throws on a field the data lacks: a rule bug, not a message to show', () => {
    expect(() => renderMessage('STT {stt} đứng sau {previous}', { stt: '13' }, 'vi')).toThrow(/\{previous\}/);
  });

  it('rounds a figure to the decimals it is shown with, and renders it as before', () => {
    const diff = 6620.64 - 6620.54;
    expect(figure(diff, 2)).toEqual({ value: 0.1, decimals: 2 });
    expect(renderMessage('{d}', { d: figure(diff, 2) }, 'vi')).toBe('0,10');
    expect(figure(-0.001, 2)).toEqual({ value: 0, decimals: 2 });
  });

  it('lists a template\'s fields', () => {
    expect(templateFields(template)).toEqual(['total', 'sum', 'diff']);
    expect(templateFields('no fields')).toEqual([]);
  });
});

describe('formatEnNumber', () => {
  it.each<[number, number, string]>([
    [281427, 0, '281,427'],
    [-1234.5, 1, '-1,234.5'],
    [-0.001, 2, '0.00'],
    [0.5, 0, '1'],
  ])('%p with %p decimals → %p', (value, decimals, expected) => {
    expect(formatEnNumber(value, decimals)).toBe(expected);
  });
});
