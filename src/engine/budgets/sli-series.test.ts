import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochSeconds, epochSecondsArrayOf } from '../../model/index.ts';
import {
  createSliCollector,
  lowerBound,
  regularInterval,
  seriesOf,
  sliSeries,
} from './sli-series.ts';

const times = (seconds: readonly number[]) =>
  seriesOf(
    'a',
    seconds.map((at) => ({ at: epochSeconds(at), good: 1, total: 1 })),
  );

describe('createSliCollector', () => {
  it('groups samples by service in order of first appearance', () => {
    const c = createSliCollector();
    c.add('b', epochSeconds(1), 1, 1);
    c.add('a', epochSeconds(2), 1, 1);
    c.add('b', epochSeconds(3), 0, 1);
    const out = c.finish();
    expect([...out.keys()]).toEqual(['b', 'a']);
    expect(out.get('b')?.length).toBe(2);
    expect([...(out.get('b')?.good ?? [])]).toEqual([1, 0]);
  });

  it('sorts unordered samples by time and keeps samples of the same time in input order', () => {
    const s = seriesOf('a', [
      { at: epochSeconds(30), good: 3, total: 3 },
      { at: epochSeconds(10), good: 1, total: 1 },
      { at: epochSeconds(30), good: 4, total: 4 },
      { at: epochSeconds(20), good: 2, total: 2 },
    ]);
    expect([...s.seconds]).toEqual([10, 20, 30, 30]);
    expect([...s.good]).toEqual([1, 2, 3, 4]);
  });

  it('grows past its initial capacity without losing samples', () => {
    const c = createSliCollector();
    for (let i = 0; i < 10_000; i++) c.add('a', epochSeconds(i), i, i + 1);
    const s = c.finish().get('a');
    expect(s?.length).toBe(10_000);
    expect(s?.total[9_999]).toBe(10_000);
    expect(s?.seconds.length).toBe(10_000);
  });
});

describe('lowerBound', () => {
  it('finds the first sample at or after a time', () => {
    const s = seriesOf(
      'a',
      [10, 20, 20, 30].map((at) => ({ at: epochSeconds(at), good: 1, total: 1 })),
    );
    expect([5, 10, 15, 20, 25, 30, 35].map((t) => lowerBound(s, epochSeconds(t)))).toEqual([
      0, 0, 1, 1, 3, 3, 4,
    ]);
  });

  it('finds the same index as counting the earlier samples, for regular times or not', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(0, 1, 60, 60, 60, 60, 3600), { minLength: 1, maxLength: 200 }),
        fc.array(fc.integer({ min: -100, max: 20_000 }), { maxLength: 20 }),
        (gaps, offsets) => {
          let t = 1_000_000;
          const s = times(gaps.map((gap) => (t += gap)));
          for (const at of [...offsets.map((o) => 1_000_000 + o * 60), 1_000_000.5, t, t + 1]) {
            const earlier = [...s.seconds].filter((x) => x < at).length;
            expect(lowerBound(s, epochSeconds(at))).toBe(earlier);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds nothing before a time that is not a number, as a binary search would', () => {
    expect(lowerBound(times([10, 20, 30, 40]), epochSeconds(Number.NaN))).toBe(0);
    expect(lowerBound(times([10, 20, 30, 40]), epochSeconds(Number.POSITIVE_INFINITY))).toBe(4);
  });
});

describe('regularInterval', () => {
  it('is the interval of a series a collector made from samples that came that far apart', () => {
    expect(regularInterval(times([60, 120, 180, 240]))).toBe(60);
    // Out of order as read, regular once sorted.
    expect(regularInterval(times([180, 60, 240, 120]))).toBe(60);
  });

  it('is unknown for a gap, two samples at one time, a single sample or a series assembled by hand', () => {
    expect(regularInterval(times([60, 120, 240]))).toBeUndefined();
    expect(regularInterval(times([60, 120, 120, 180]))).toBeUndefined();
    expect(regularInterval(times([60]))).toBeUndefined();
    expect(regularInterval({ ...times([60, 120, 180]) })).toBeUndefined();
  });

  it('is noted by sliSeries for arrays it is given', () => {
    const seconds = epochSecondsArrayOf(
      Uint32Array.from([2_147_483_588, 2_147_483_648, 2_147_483_708]),
    );
    const made = sliSeries({
      service: 'a',
      length: 3,
      seconds,
      good: new Float64Array(3),
      total: new Float64Array(3),
    });
    expect(regularInterval(made)).toBe(60);
  });
});
