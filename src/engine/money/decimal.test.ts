import { describe, expect, it } from 'vitest';
import { decimalOf, parseDecimal } from './decimal.ts';

describe('parseDecimal', () => {
  it.each([
    ['1234.50', 123450n, 2],
    ['-0.07', -7n, 2],
    ['12', 12n, 0],
    ['1.5e3', 1500n, 0],
    ['1e-7', 1n, 7],
    ['+3.25', 325n, 2],
  ])('reads %s exactly', (text, units, scale) => {
    expect(parseDecimal(text)).toEqual({ units, scale });
  });

  it.each(['', 'abc', '1,234.50', '€12', 'NaN', 'Infinity', '1.', '.5', '1e999'])(
    'refuses %j',
    (text) => {
      expect(parseDecimal(text)).toBeUndefined();
    },
  );
});

describe('decimalOf', () => {
  it('takes 0.1 as one tenth, not as the nearest binary fraction', () => {
    expect(decimalOf(0.1)).toEqual({ units: 1n, scale: 1 });
  });

  it('refuses NaN and infinities', () => {
    expect(() => decimalOf(Number.NaN)).toThrow(RangeError);
    expect(() => decimalOf(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
