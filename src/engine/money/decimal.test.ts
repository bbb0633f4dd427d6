import { describe, expect, it } from 'vitest';
import { addDecimal, decimalOf, decimalToNumber, formatDecimal, parseDecimal } from './decimal.ts';

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

describe('addDecimal and formatDecimal', () => {
  it('adds decimals of different scales exactly', () => {
    const sum = addDecimal(decimalOf(0.1), decimalOf(0.25));
    expect(formatDecimal(sum)).toBe('0.35');
    expect(decimalToNumber(sum)).toBe(0.35);
  });

  it('formats without trailing zeros and keeps the sign', () => {
    expect(formatDecimal({ units: 16000n, scale: 2 })).toBe('160');
    expect(formatDecimal({ units: -25n, scale: 2 })).toBe('-0.25');
    expect(formatDecimal({ units: 5n, scale: 3 })).toBe('0.005');
  });
});
