import { describe, expect, it } from 'vitest';
import { windowOfSeconds } from './window-of-seconds.ts';

describe('windowOfSeconds', () => {
  it('writes seconds in the largest unit that divides them', () => {
    expect([3600, 43200, 604800, 2419200, 5400, 60].map(windowOfSeconds)).toEqual([
      '1h',
      '12h',
      '7d',
      '28d',
      '90m',
      '1m',
    ]);
    expect([0, 90, -60, 1.5].map(windowOfSeconds)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
