import { describe, expect, it } from 'vitest';
import { epochMillis, epochSeconds } from '../../model/index.ts';
import { compareShifts, type Shift } from './shift.ts';

describe('Shift: times in epoch milliseconds, by type', () => {
  it('takes epoch milliseconds and refuses bare numbers and seconds (checked by tsc)', () => {
    const start = epochMillis(Date.UTC(2025, 4, 5, 9));
    const shift: Shift = { rotation: 'r', person: 'ann', start, end: start, turn: 'UTC#0' };
    // @ts-expect-error a bare number has no unit
    const bare: Shift = { ...shift, start: Date.UTC(2025, 4, 5, 9) };
    // @ts-expect-error seconds are not milliseconds
    const seconds: Shift = { ...shift, end: epochSeconds(1_746_435_600) };
    // Brands are for the compiler only: at run time the times are plain numbers.
    expect(compareShifts(shift, bare)).toBe(0);
    expect(typeof seconds.end).toBe('number');
  });
});
