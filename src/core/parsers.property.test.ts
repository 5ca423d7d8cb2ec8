import fc from 'fast-check';
import { formatViNumber, parseViNumber, type ParsedNumber } from './numbers';
import { parseTarget } from './target';

// Characters that steer the parsers into their interesting branches, plus arbitrary unicode.
const PIECES = [
  ...'0123456789'.split(''),
  '.', ',', ' ', '\u00a0', '%', '-', '+', '\u2212', '–', '—', '÷', '~', '/', '(', ')', ':', '“', '”',
  '≥', '≤', '>', '<', '=', '≈', '≯', '≮', '\u0301', '\u0338',
  ...'aăâđeêioôơuưyAĂÂĐEÊIOÔƠUƯYáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ'.split(''),
  'trở lên', 'trở xuống', 'Trên', 'Dưới', 'Tối thiểu', 'tối đa', 'không quá', 'Khoảng', 'Tổng', 'từ', 'đến',
  'Đạt', 'Duy trì', 'Ổn định', 'Giảm', 'Tăng', 'Hàng năm', 'Không còn', 'năm', 'Quý', '2026', '2030', '1.064', '6.620,54',
];

const mixedString = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 2 })), { maxLength: 12 })
  .map((parts) => parts.join(''));

// Target-shaped text: an optional lead word, a number-like run of digits and marks, an optional tail.
const numberish = fc.array(fc.constantFrom(...'0123456789.,'.split(''), ' ', '-', '\u2212', '%'), { minLength: 1, maxLength: 14 }).map((c) => c.join(''));
const targetShaped = fc
  .tuple(
    fc.constantFrom('', '≥', '≤ ', '>', '< ', 'Trên ', 'Dưới ', 'Tối thiểu ', 'Khoảng ', 'Tổng ', 'Từ ', 'Đạt ', 'Giảm ', 'Năm ', 'Quý II/', 'KHÔNG QUÁ '),
    numberish,
    fc.constantFrom('', '', '%', ' trở lên', ' - ', ' đến 2030', ' người', '/ cơ sở', ' (ước)'),
    fc.option(numberish, { nil: '' }),
  )
  .map((parts) => parts.join(''));

// Plain predicates inside the loops: jest's expect per run would dominate the time budget.
function same(p: ParsedNumber | null, value: number, decimals: number, percent: boolean): boolean {
  return p !== null && Object.is(p.value, value) && p.decimals === decimals && p.percent === percent;
}

/** x rounded to d decimals, as the format writes it; zero without a sign. */
function rounded(x: number, d: number): number {
  const r = Math.abs(x) < 1e21 ? Number(x.toFixed(d)) : x;
  return r === 0 ? 0 : r;
}

describe('parsers never throw', () => {
  test('100,000 random strings through parseViNumber and parseTarget', () => {
    fc.assert(
      fc.property(fc.oneof(mixedString, targetShaped), fc.boolean(), fc.boolean(), (s, integerUnit, percentUnit) => {
        const options = { integerUnit, percentUnit };
        const parsed = parseViNumber(s, options);
        if (parsed !== null && !Number.isFinite(parsed.value)) return false;
        const spec = parseTarget(s, options);
        if (spec.text !== s) return false;
        if ('value' in spec && !Number.isFinite(spec.value)) return false;
        if (spec.kind === 'range' && !(spec.min <= spec.max)) return false;
        return true;
      }),
      { numRuns: 100_000 },
    );
  });

  test('any number passed to parseTarget is a number spec or text', () => {
    fc.assert(
      fc.property(fc.double(), (x) => parseTarget(x).kind === (Number.isFinite(x) ? 'number' : 'text')),
      { numRuns: 5_000 },
    );
  });
});

describe('vi-VN format → parse round trip', () => {
  test('parseViNumber(formatViNumber(x, d)) is x rounded to d decimals, for every finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 4 }), (x, d) => {
        const parsed = parseViNumber(formatViNumber(x, d));
        if (!same(parsed, rounded(x, d), d, false)) return false;
        // Independent of toFixed: within half a unit of the last decimal shown.
        return Math.abs(x) >= 1e15 || Math.abs(parsed!.value - x) <= 0.5 * 10 ** -d + Math.abs(x) * 1e-15;
      }),
      { numRuns: 10_000 },
    );
  });

  test('the round trip holds under a unit context for figures a ward table holds', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 }), (cents, d) => {
        const x = cents / 100;
        const text = formatViNumber(x, d);
        const r = rounded(x, d);
        if (!same(parseViNumber(text, { integerUnit: true }), r, d, false)) return false;
        // A "%" (or a percent unit) reads a lone dot as a decimal point ("1.000%" is 1), so percentages
        // round-trip below 1.000 or with decimals, which covers every rate a plan holds.
        if (Math.abs(r) < 1000 || d > 0) {
          return same(parseViNumber(text + '%'), r, d, true) && same(parseViNumber(text, { percentUnit: true }), r, d, false);
        }
        if (/^-?\d{1,3}\.\d{3}$/.test(text)) return parseViNumber(text + '%')!.decimals === 3;
        return same(parseViNumber(text + '%'), r, d, true);
      }),
      { numRuns: 10_000 },
    );
  });

  test('a formatted number behind a comparator is that number', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 4 }), (x, d) => {
        const spec = parseTarget('≥ ' + formatViNumber(x, d));
        return spec.kind === 'atLeast' && Object.is(spec.value, rounded(x, d)) && spec.decimals === d;
      }),
      { numRuns: 5_000 },
    );
  });
});
