import { describe, expect, it } from 'vitest';
import { at, regularSeries } from '../../../test/support/sli-samples.ts';
import { epochSeconds } from '../../model/index.ts';
import { coveringSamples } from './covering-samples.ts';
import { seriesOf } from './sli-series.ts';

describe('coveringSamples', () => {
  const twoHourly = regularSeries({
    service: 'api',
    from: '2025-02-12T00:00:00Z',
    to: '2025-02-13T00:00:00Z',
    step: 7200,
    total: 1200,
    bad: (t) => (t === at('2025-02-12T20:00:00Z') ? 60 : 1),
  });

  it('takes the sample after a stretch inside one interval, its events in proportion', () => {
    // 19:40–20:00 is a sixth of the interval 18:00–20:00 the 20:00 sample counts.
    const c = coveringSamples(twoHourly, at('2025-02-12T19:40:00Z'), at('2025-02-12T20:00:00Z'));
    expect(c).toEqual({ samples: 1, bad: 60, total: 1200, totalDuring: 200 });
    // So 60 of the 200 events during the incident failed: 30 %.
  });

  it('takes every sample whose interval the stretch overlaps, none past its end', () => {
    const c = coveringSamples(twoHourly, at('2025-02-12T19:00:00Z'), at('2025-02-12T21:00:00Z'));
    expect(c.samples).toBe(2);
    expect(c.bad).toBe(61);
    expect(c.totalDuring).toBe(1200);
    const exact = coveringSamples(
      twoHourly,
      at('2025-02-12T18:00:00Z'),
      at('2025-02-12T22:00:00Z'),
    );
    expect(exact).toMatchObject({ samples: 2, bad: 61, total: 2400, totalDuring: 2400 });
  });

  it('covers one interval before the first sample and nothing after the last', () => {
    const first = coveringSamples(
      twoHourly,
      at('2025-02-12T01:00:00Z'),
      at('2025-02-12T01:30:00Z'),
    );
    // 01:00–01:30 is a quarter of the interval 00:00–02:00 the first sample (02:00) counts.
    expect(first).toMatchObject({ samples: 1, totalDuring: 300 });
    const after = coveringSamples(
      twoHourly,
      at('2025-02-13T01:00:00Z'),
      at('2025-02-13T02:00:00Z'),
    );
    expect(after.samples).toBe(0);
  });

  it('reads every sample as counting the interval that ends at it, whatever it holds', () => {
    // The 08:00 sample holds 07:00–08:00: bad events there never cover 08:00–09:00.
    const hourly = regularSeries({
      service: 'api',
      from: '2025-03-12T00:00:00Z',
      to: '2025-03-13T00:00:00Z',
      step: 3600,
      total: 1000,
      bad: (t) => (t === at('2025-03-12T08:00:00Z') ? 300 : 0),
    });
    const c = coveringSamples(hourly, at('2025-03-12T07:00:00Z'), at('2025-03-12T08:00:00Z'));
    expect(c).toEqual({ samples: 1, bad: 300, total: 1000, totalDuring: 1000 });
    const after = coveringSamples(hourly, at('2025-03-12T08:00:00Z'), at('2025-03-12T09:00:00Z'));
    expect(after).toEqual({ samples: 1, bad: 0, total: 1000, totalDuring: 1000 });
  });

  it('counts samples of the same second together, over an irregular gap', () => {
    const series = seriesOf('api', [
      { at: epochSeconds(0), good: 10, total: 10 },
      { at: epochSeconds(100), good: 5, total: 10 },
      { at: epochSeconds(100), good: 10, total: 10 },
      { at: epochSeconds(400), good: 30, total: 30 },
    ]);
    // 50–100 is half of (0, 100]; 100–150 a sixth of (100, 400].
    const c = coveringSamples(series, epochSeconds(50), epochSeconds(150));
    expect(c).toEqual({ samples: 3, bad: 5, total: 50, totalDuring: 15 });
    expect(coveringSamples(seriesOf('api', []), epochSeconds(0), epochSeconds(100)).samples).toBe(
      0,
    );
    expect(coveringSamples(series, epochSeconds(150), epochSeconds(150)).samples).toBe(0);
  });
});
