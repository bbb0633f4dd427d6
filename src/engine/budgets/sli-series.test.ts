import { describe, expect, it } from 'vitest';
import { createSliCollector, lowerBound, seriesOf } from './sli-series.ts';

describe('createSliCollector', () => {
  it('groups samples by service in order of first appearance', () => {
    const c = createSliCollector();
    c.add('b', 1, 1, 1);
    c.add('a', 2, 1, 1);
    c.add('b', 3, 0, 1);
    const out = c.finish();
    expect([...out.keys()]).toEqual(['b', 'a']);
    expect(out.get('b')?.length).toBe(2);
    expect([...(out.get('b')?.good ?? [])]).toEqual([1, 0]);
  });

  it('sorts unordered samples by time and keeps samples of the same time in input order', () => {
    const s = seriesOf('a', [
      { at: 30, good: 3, total: 3 },
      { at: 10, good: 1, total: 1 },
      { at: 30, good: 4, total: 4 },
      { at: 20, good: 2, total: 2 },
    ]);
    expect([...s.seconds]).toEqual([10, 20, 30, 30]);
    expect([...s.good]).toEqual([1, 2, 3, 4]);
  });

  it('grows past its initial capacity without losing samples', () => {
    const c = createSliCollector();
    for (let i = 0; i < 10_000; i++) c.add('a', i, i, i + 1);
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
      [10, 20, 20, 30].map((at) => ({ at, good: 1, total: 1 })),
    );
    expect([5, 10, 15, 20, 25, 30, 35].map((t) => lowerBound(s, t))).toEqual([0, 0, 1, 1, 3, 3, 4]);
  });
});
