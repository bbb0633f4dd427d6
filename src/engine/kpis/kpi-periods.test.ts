import { describe, expect, it } from 'vitest';
import { at } from '../../../test/support/sli-samples.ts';
import { epochSeconds } from '../../model/index.ts';
import { kpiPeriodContaining, kpiPeriods } from './kpi-periods.ts';

describe('kpiPeriods', () => {
  it('labels quarters and spans them in UTC', () => {
    expect(kpiPeriodContaining('quarter', at('2025-05-20T00:00:00Z'))).toEqual({
      label: '2025-Q2',
      start: at('2025-04-01T00:00:00Z'),
      end: at('2025-07-01T00:00:00Z'),
    });
    expect(kpiPeriodContaining('quarter', at('2025-12-31T23:59:59Z')).label).toBe('2025-Q4');
  });

  it('lists every period between two times, empty ones included', () => {
    const months = kpiPeriods('month', at('2024-11-15T00:00:00Z'), at('2025-02-01T00:00:00Z'));
    expect(months.map((p) => p.label)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(kpiPeriods('month', epochSeconds(10), epochSeconds(5))).toEqual([]);
  });
});
