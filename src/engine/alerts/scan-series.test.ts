import { describe, expect, it } from 'vitest';
import { epochSeconds } from '../../model/index.ts';
import { type SliSeries, seriesOf } from '../budgets/sli-series.ts';
import { scanSeries } from './scan-series.ts';

/** A series assembled by hand from times, so that its times are checked as it is scanned. */
function assembled(seconds: readonly number[], total = (i: number) => 10 + i): SliSeries {
  const series = seriesOf(
    'a',
    seconds.map((at, i) => ({ at: epochSeconds(at), good: total(i) - (i % 3), total: total(i) })),
  );
  return { ...series };
}

describe('scanSeries', () => {
  it('finds samples at a fixed interval regular, as far as the last one', () => {
    const scan = scanSeries(assembled([100, 160, 220, 280, 340]), { n: 3 });
    expect(scan).toMatchObject({ n: 3, step: 60, regular: true });
  });

  it('finds a gap, two samples at one time or a single sample irregular, and the shortest step', () => {
    expect(scanSeries(assembled([100, 160, 280, 340]), { n: 4 })).toMatchObject({
      step: 60,
      regular: false,
    });
    // The gap after the samples burn rates look at counts too: the step is the whole series'.
    expect(scanSeries(assembled([100, 130, 160, 400]), { n: 2 })).toMatchObject({
      step: 30,
      regular: false,
    });
    expect(scanSeries(assembled([100, 160, 160, 220]), { n: 4 }).regular).toBe(false);
    expect(scanSeries(assembled([100]), { n: 1 })).toMatchObject({ step: 0, regular: false });
  });

  it('checks times past 2^31 seconds (2038) like any other', () => {
    const from = 2 ** 31 - 120;
    expect(
      scanSeries(assembled([from, from + 60, from + 120, from + 180]), { n: 4 }),
    ).toMatchObject({ step: 60, regular: true });
    expect(scanSeries(assembled([from, from + 60, from + 180]), { n: 3 }).regular).toBe(false);
  });

  it('sums each range in order from its start, and the window, beyond the prefix sums too', () => {
    const series = assembled([0, 60, 120, 180, 240, 300, 360, 420]);
    const scan = scanSeries(series, {
      n: 6,
      ranges: Int32Array.from([0, 3, 3, 3, 3, 8]),
      window: { begin: 2, end: 6 },
    });
    const sum = (a: Float64Array, from: number, to: number) =>
      a.slice(from, to).reduce((x, y) => x + y, 0);
    expect([...scan.rangeTotal]).toEqual([sum(series.total, 0, 3), 0, sum(series.total, 3, 8)]);
    expect([...scan.rangeGood]).toEqual([sum(series.good, 0, 3), 0, sum(series.good, 3, 8)]);
    expect(scan.windowTotal).toBe(sum(series.total, 2, 6));
    expect(scan.windowGood).toBe(sum(series.good, 2, 6));
    // Prefix sums of the first n samples: bad and total events before each index.
    expect([...scan.sums.total.slice(0, 7)]).toEqual(
      [0, 1, 2, 3, 4, 5, 6].map((i) => sum(series.total, 0, i)),
    );
    expect(scan.sums.bad[6]).toBe(sum(series.total, 0, 6) - sum(series.good, 0, 6));
  });
});
