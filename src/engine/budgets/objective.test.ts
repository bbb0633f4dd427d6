import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedBad, exceedsBudget, objectiveOf } from './objective.ts';

describe('objectiveOf', () => {
  it.each([
    [99.9, 1, 1000],
    [99.95, 1, 2000],
    [99.99, 1, 10000],
    [99.5, 1, 200],
    [95, 1, 20],
    [99.999, 1, 100000],
  ])('turns %s%% into %i bad events per %i', (target, num, den) => {
    expect(objectiveOf(target)).toEqual({ target, num, den });
  });

  it('refuses targets outside (0, 100)', () => {
    expect(() => objectiveOf(100)).toThrow(RangeError);
    expect(() => objectiveOf(0)).toThrow(RangeError);
    expect(() => objectiveOf(Number.NaN)).toThrow(RangeError);
  });
});

describe('exceedsBudget', () => {
  it('keeps exactly the allowed number of bad events within the budget', () => {
    const o = objectiveOf(99.95);
    expect(exceedsBudget(1, 2000, o)).toBe(false);
    expect(exceedsBudget(2, 2000, o)).toBe(true);
    expect(exceedsBudget(5, 10000, o)).toBe(false);
    expect(exceedsBudget(6, 10000, o)).toBe(true);
  });

  it('decides exactly where 1 − 0.9995 in binary would not', () => {
    // (1 − 0.9995) × 2000 is 0.99999999999989 in floating point: one bad event would look
    // like more than the budget. The rational comparison says it is exactly the budget.
    expect((1 - 0.9995) * 2000 < 1).toBe(true);
    expect(exceedsBudget(1, 2000, objectiveOf(99.95))).toBe(false);
  });

  it('stays exact beyond 2^53 when the products overflow', () => {
    const o = objectiveOf(99.9);
    const total = 2 ** 52 * 1000;
    expect(exceedsBudget(2 ** 52, total, o)).toBe(false);
    expect(exceedsBudget(2 ** 52 + 1, total, o)).toBe(true);
  });

  it('agrees with exact integer arithmetic for any counts and targets', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999 }),
        fc.nat({ max: 1e9 }),
        fc.nat({ max: 1e9 }),
        (thousandths, a, b) => {
          const target = thousandths / 1000;
          const o = objectiveOf(target);
          const total = Math.max(a, b);
          const bad = Math.min(a, b);
          const exact = BigInt(bad) * 100_000n > BigInt(total) * BigInt(100_000 - thousandths);
          expect(exceedsBudget(bad, total, o)).toBe(exact);
        },
      ),
    );
  });

  it('allows (1 − target) of the events', () => {
    expect(allowedBad(1_000_000, objectiveOf(99.9))).toBe(1000);
  });
});
