import { describe, expect, it } from 'vitest';
import { sreTeamsNeeded } from './sre-teams-needed.ts';

describe('sreTeamsNeeded', () => {
  // §12.4.1 "Example of Scaling the Number of SRE Teams", row by row; a blank cell in the
  // chapter repeats the row above.
  it.each([
    [1, 1],
    [3, 1],
    [5, 1],
    [7, 1],
    [9, 2],
    [11, 2],
    [13, 2],
    [15, 2],
    [17, 3],
    [19, 3],
    [21, 3],
    [23, 3],
  ])('needs for %i development teams %i SRE teams', (devTeams, sreTeams) => {
    expect(sreTeamsNeeded(devTeams)).toBe(sreTeams);
  });

  it.each([
    [8, 1],
    [16, 2],
    [24, 3],
    [25, 4],
  ])('starts a new SRE team after every eighth development team (%i → %i)', (d, s) => {
    expect(sreTeamsNeeded(d)).toBe(s);
  });

  it('needs no SRE team when no development team is supported', () => {
    expect(sreTeamsNeeded(0)).toBe(0);
  });

  it('refuses negative and fractional counts', () => {
    expect(() => sreTeamsNeeded(-1)).toThrow(RangeError);
    expect(() => sreTeamsNeeded(1.5)).toThrow(RangeError);
  });
});
