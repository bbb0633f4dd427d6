import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from './closest-name.ts';

describe('closestName', () => {
  it('suggests the nearest name for a typo', () => {
    expect(closestName('chekout', ['checkout', 'payments'])).toBe('checkout');
  });

  it('suggests nothing when every name is far away', () => {
    expect(closestName('zzz', ['checkout', 'payments'])).toBeUndefined();
    expect(closestName('x', [])).toBeUndefined();
  });

  it('computes the edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});
