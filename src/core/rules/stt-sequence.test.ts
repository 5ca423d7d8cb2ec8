import { parseStt } from './stt-sequence';

describe('parseStt', () => {
  it.each<[string, ReturnType<typeof parseStt>]>([
    ['12', { family: 'N1', prefix: '', value: 12 }],
    ['1.2', { family: 'N2', prefix: '1', value: 2 }],
    // The prefix is the groups before the last, as numbers: "01" and "1" are one family.
    ['01.2', { family: 'N2', prefix: '1', value: 2 }],
    ['1.02.3', { family: 'N3', prefix: '1.2', value: 3 }],
    ['10.0.7.1', { family: 'N4', prefix: '10.0.7', value: 1 }],
    ['3.', { family: 'N1', prefix: '', value: 3 }],
    ['II', { family: 'R', prefix: '', value: 2 }],
    ['b)', { family: 'A', prefix: '', value: 2, letter: 'b' }],
  ])('reads %s', (text, expected) => {
    expect(parseStt(text)).toEqual(expected);
  });

  it.each(['', '1..2', '1234', '1.2.3.4.5', 'x1'])('reads no number from %j', (text) => {
    expect(parseStt(text)).toBeNull();
  });
});
