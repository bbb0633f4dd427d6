import { describe, expect, it } from 'vitest';
import { at } from '../../../test/support/sli-samples.ts';
import { epochSeconds } from '../../model/index.ts';
import { budgetPeriods, periodContaining, ROLLING_ANCHOR } from './budget-periods.ts';
import { DAY } from './epoch.ts';

describe('budgetPeriods', () => {
  it('cuts calendar months in UTC, including February of a leap year', () => {
    const periods = budgetPeriods({
      window: 'calendar-month',
      from: at('2024-01-15T10:00:00Z'),
      asOf: at('2024-03-10T00:00:00Z'),
    });
    expect(periods.map((p) => p.label)).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(periods[1]?.end).toBe(at('2024-03-01T00:00:00Z'));
    expect((periods[1]?.end ?? 0) - (periods[1]?.start ?? 0)).toBe(29 * DAY);
    expect(periods.map((p) => p.complete)).toEqual([true, true, false]);
  });

  it('marks a period complete when asOf is exactly its end, and adds no empty one after it', () => {
    const periods = budgetPeriods({
      window: 'calendar-month',
      from: at('2024-01-01T00:00:00Z'),
      asOf: at('2024-02-01T00:00:00Z'),
    });
    expect(periods).toHaveLength(1);
    expect(periods[0]?.complete).toBe(true);
  });

  it('anchors rolling periods on a fixed Monday so bounds do not move with the data', () => {
    const a = periodContaining('28d', at('2025-03-18T12:00:00Z'), at('2026-01-01T00:00:00Z'));
    const b = periodContaining('28d', at('2025-04-13T23:59:59Z'), at('2026-01-01T00:00:00Z'));
    expect(a).toEqual(b);
    expect((a.start - ROLLING_ANCHOR) % (28 * DAY)).toBe(0);
    expect(new Date(a.start * 1000).getUTCDay()).toBe(1);
    expect(a.label).toBe('2025-03-17..2025-04-13');
  });

  it('cuts 30-day periods of exactly 30 days', () => {
    const periods = budgetPeriods({
      window: '30d',
      from: at('2025-01-01T00:00:00Z'),
      asOf: at('2025-04-01T00:00:00Z'),
    });
    for (const p of periods) expect(p.end - p.start).toBe(30 * DAY);
    expect(periods[0]?.start).toBeLessThanOrEqual(at('2025-01-01T00:00:00Z'));
    expect(periods.at(-1)?.end).toBeGreaterThanOrEqual(at('2025-04-01T00:00:00Z'));
  });

  it('has no periods when the data starts at or after asOf', () => {
    expect(
      budgetPeriods({ window: '28d', from: epochSeconds(100), asOf: epochSeconds(100) }),
    ).toEqual([]);
  });
});
