import { describe, expect, it } from 'vitest';
import { DEFAULT_BUSINESS_HOURS } from './business-hours.ts';
import { coverageWindow } from './coverage-window.ts';
import { weeklyCoverageMinutes } from './weekly-coverage-hours.ts';

const hours = (m: { total: number; business: number; off: number; weekend: number }) => ({
  total: m.total / 60,
  business: m.business / 60,
  off: m.off / 60,
  weekend: m.weekend / 60,
});

describe('weeklyCoverageMinutes', () => {
  it('puts 40 of the 168 hours of 24x7 inside business hours and 48 on the weekend', () => {
    expect(hours(weeklyCoverageMinutes('24x7', DEFAULT_BUSINESS_HOURS))).toEqual({
      total: 168,
      business: 40,
      off: 128,
      weekend: 48,
    });
  });

  it('keeps 8x5 entirely inside 09:00–17:00 business hours', () => {
    expect(hours(weeklyCoverageMinutes('8x5', DEFAULT_BUSINESS_HOURS))).toEqual({
      total: 40,
      business: 40,
      off: 0,
      weekend: 0,
    });
  });

  it('adds 16 weekend hours, all outside business hours, for 8x7', () => {
    expect(hours(weeklyCoverageMinutes('8x7', DEFAULT_BUSINESS_HOURS))).toEqual({
      total: 56,
      business: 40,
      off: 16,
      weekend: 16,
    });
  });

  it('derives 8x5 from the business hours rather than a fixed 40', () => {
    const short = { days: ['mon', 'tue', 'wed', 'thu'] as const, start: '08:00', end: '14:00' };
    // 8 covered hours from 08:00 on four days; business hours are 6 of them.
    expect(hours(weeklyCoverageMinutes('8x5', { ...short, days: [...short.days] }))).toEqual({
      total: 32,
      business: 24,
      off: 8,
      weekend: 0,
    });
  });

  it('wraps a late window past Sunday midnight into Monday', () => {
    const late = { days: ['sun' as const], start: '20:00', end: '23:00' };
    expect(coverageWindow('8x5', late)).toEqual([
      { from: 6 * 1440 + 1200, to: 10080 },
      { from: 0, to: 240 },
    ]);
    expect(weeklyCoverageMinutes('8x5', late).total).toBe(480);
  });
});
