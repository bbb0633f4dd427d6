import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateMoney } from './allocate-money.ts';
import { decimalOf } from './decimal.ts';
import { money } from './money.ts';

const minors = (parts: readonly { minor: number }[]) => parts.map((p) => p.minor);

describe('allocateMoney', () => {
  it('gives the leftover cent to the earliest of equal shares', () => {
    expect(minors(allocateMoney(money(100, 'EUR'), [1, 1, 1]))).toEqual([34, 33, 33]);
  });

  it('gives leftover cents to the largest remainders', () => {
    // 1000 × [0.3, 0.3, 0.4] of 1001 → 300.3, 300.3, 400.4
    expect(minors(allocateMoney(money(1001, 'EUR'), [3, 3, 4]))).toEqual([300, 300, 401]);
  });

  it('splits evenly when every weight is zero', () => {
    expect(minors(allocateMoney(money(10, 'EUR'), [0, 0, 0]))).toEqual([4, 3, 3]);
  });

  it('splits negative totals symmetrically', () => {
    expect(minors(allocateMoney(money(-100, 'EUR'), [1, 1, 1]))).toEqual([-34, -33, -33]);
  });

  it('refuses no weights and negative or non-finite weights', () => {
    expect(() => allocateMoney(money(1, 'EUR'), [])).toThrow(RangeError);
    expect(() => allocateMoney(money(1, 'EUR'), [1, -1])).toThrow(RangeError);
    expect(() => allocateMoney(money(1, 'EUR'), [Number.NaN])).toThrow(RangeError);
  });

  it('never loses or invents a cent, and each part is within a cent of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 20 }),
        (total, weights) => {
          const parts = allocateMoney(money(total, 'EUR'), weights);
          expect(parts.reduce((s, p) => s + p.minor, 0)).toBe(total);
          // The exact share of each weight as written in decimal: total × u / Σu. A part is
          // less than one minor unit away from it: |part × Σu − total × u| < Σu.
          const decimals = weights.map(decimalOf);
          const scale = Math.max(...decimals.map((d) => d.scale));
          let units = decimals.map((d) => d.units * 10n ** BigInt(scale - d.scale));
          if (units.every((u) => u === 0n)) units = units.map(() => 1n);
          const sum = units.reduce((a, b) => a + b, 0n);
          units.forEach((u, i) => {
            const gap = BigInt((parts[i] as { minor: number }).minor) * sum - BigInt(total) * u;
            expect((gap < 0n ? -gap : gap) < sum).toBe(true);
          });
        },
      ),
    );
  });
});
