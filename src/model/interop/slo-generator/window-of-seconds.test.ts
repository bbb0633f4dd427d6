import { describe, expect, it } from 'vitest';
import { durationSeconds } from '../../concepts/time-units.ts';
import { windowOfSeconds } from './window-of-seconds.ts';

const windowOf = (seconds: number) => windowOfSeconds(durationSeconds(seconds));

describe('windowOfSeconds', () => {
  it('writes seconds in the largest unit that divides them', () => {
    expect([3600, 43200, 604800, 2419200, 5400, 60].map(windowOf)).toEqual([
      '1h',
      '12h',
      '7d',
      '28d',
      '90m',
      '1m',
    ]);
    expect([0, 90, -60, 1.5].map(windowOf)).toEqual([undefined, undefined, undefined, undefined]);
    // @ts-expect-error a step window is a length in seconds, not a bare number
    windowOfSeconds(3600);
  });
});
