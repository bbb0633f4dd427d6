import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divideHalfEven } from './round-half-even.ts';

describe('divideHalfEven', () => {
  it.each([
    [5n, 2n, 2n], // 2.5 → 2
    [7n, 2n, 4n], // 3.5 → 4
    [-5n, 2n, -2n],
    [-7n, 2n, -4n],
    [11n, 4n, 3n], // 2.75 → 3
    [9n, 4n, 2n], // 2.25 → 2
    [-9n, 4n, -2n],
    [-11n, 4n, -3n],
    [6n, 3n, 2n],
    [5n, -2n, -2n],
  ])('rounds %s / %s to %s', (n, d, expected) => {
    expect(divideHalfEven(n, d)).toBe(expected);
  });

  it('refuses to divide by zero', () => {
    expect(() => divideHalfEven(1n, 0n)).toThrow(RangeError);
  });

  it('is never more than half a unit away from the exact quotient', () => {
    fc.assert(
      fc.property(fc.bigInt(), fc.bigInt({ min: 1n, max: 10n ** 12n }), (n, d) => {
        const q = divideHalfEven(n, d);
        const error = n - q * d; // exact − rounded, times d
        expect((error < 0n ? -error : error) * 2n <= d).toBe(true);
      }),
    );
  });
});
