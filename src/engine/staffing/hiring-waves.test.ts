import { describe, expect, it } from 'vitest';
import { hiringPace, hiringWaves } from './hiring-waves.ts';

describe('hiringWaves', () => {
  const hospital = [
    { level: 'junior', count: 3, location: 'Chicago' },
    { level: 'senior', count: 1, location: 'Chicago' },
    { level: 'principal', count: 1, location: 'Chicago' },
  ] as const;

  it('takes no more new SREs in a quarter than the SREs there at its start, leads first', () => {
    expect(hiringWaves(hospital, 3)).toEqual([
      {
        quarter: 1,
        hires: [
          { level: 'principal', count: 1, location: 'Chicago' },
          { level: 'senior', count: 1, location: 'Chicago' },
          { level: 'junior', count: 1, location: 'Chicago' },
        ],
      },
      { quarter: 2, hires: [{ level: 'junior', count: 2, location: 'Chicago' }] },
    ]);
  });

  it('is one wave when the SREs there can bring in every hire at once', () => {
    expect(hiringWaves(hospital, 5)).toHaveLength(1);
    expect(hiringPace(hospital, 5)).toBeNull();
  });

  it('starts a team from nobody with one hire, then grows with those hired', () => {
    const sizes = hiringWaves([{ level: 'junior', count: 9, location: 'Hamburg' }], 0).map((w) =>
      w.hires.reduce((n, h) => n + h.count, 0),
    );
    expect(sizes).toEqual([1, 1, 2, 4, 1]);
  });

  it('says the waves with their quarters and its basis', () => {
    expect(hiringPace(hospital, 3)).toBe(
      'Hire the 5 in 2 quarterly waves, no more new SREs in a quarter than the SREs there at its start to bring them in (3 today): quarter 1 of the plan: 1 principal SRE at Chicago, 1 senior SRE at Chicago, 1 junior SRE at Chicago; quarter 2: 2 junior SREs at Chicago. The SREs there onboard and mentor the new ones, and a senior SRE hires juniors (§12.10); §12.1 plans the head count over the next one to three years, not at once.',
    );
  });
});
