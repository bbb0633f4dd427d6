import { describe, expect, it } from 'vitest';
import { DEFAULT_BUSINESS_HOURS } from '../coverage-hours/index.ts';
import { peopleNeeded } from './people-needed.ts';

const businessHours = DEFAULT_BUSINESS_HOURS;

describe('peopleNeeded', () => {
  it('needs 8 people for 24x7 at one site (2 on call × 168 h ÷ 42 h each)', () => {
    expect(peopleNeeded('24x7', { businessHours })).toMatchObject({
      total: 8,
      perSite: 8,
      sites: 1,
    });
  });

  it('needs 6 per site, 12 in all, for 24x7 across two sites', () => {
    expect(peopleNeeded('24x7', { sites: 2, businessHours })).toMatchObject({
      total: 12,
      perSite: 6,
      sites: 2,
    });
  });

  it('computes 8x5 from its 40 hours: 2 people, not the 8 of 24x7', () => {
    expect(peopleNeeded('8x5', { businessHours })).toMatchObject({ hoursPerWeek: 40, total: 2 });
  });

  it('computes 8x7 from its 56 hours: 3 people', () => {
    expect(peopleNeeded('8x7', { businessHours })).toMatchObject({ hoursPerWeek: 56, total: 3 });
  });

  it('follows the business hours: a four-day week of 8x5 is 32 hours, still 2 people', () => {
    const fourDays = { ...businessHours, days: ['mon', 'tue', 'wed', 'thu'] as const };
    expect(
      peopleNeeded('8x5', { businessHours: { ...fourDays, days: [...fourDays.days] } }),
    ).toMatchObject({ hoursPerWeek: 32, total: 2 });
  });

  it("ignores sites for 8x5 and 8x7, which follow one site's day", () => {
    expect(peopleNeeded('8x7', { sites: 2, businessHours }).total).toBe(3);
  });

  it('keeps every person at or under a quarter of their time', () => {
    for (const coverage of ['24x7', '8x5', '8x7'] as const) {
      for (const sites of [1, 2, 3]) {
        const n = peopleNeeded(coverage, { sites, businessHours });
        expect((2 * n.hoursPerWeek) / n.total).toBeLessThanOrEqual(42);
      }
    }
  });
});
