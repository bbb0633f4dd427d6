import { describe, expect, it } from 'vitest';
import { readQueryRange } from './read-query-range.ts';

/** A query_range response as Prometheus' HTTP API returns it. */
function response(result: unknown[]): unknown {
  return { status: 'success', data: { resultType: 'matrix', result } };
}

const series = (metric: Record<string, string>, values: [number, string][]) => ({ metric, values });

describe('readQueryRange', () => {
  it('joins good and total series on their timestamps', () => {
    const data = response([
      series({ sli: 'total', service: 'checkout' }, [
        [1735689600, '1000'],
        [1735689900, '1200'],
      ]),
      series({ sli: 'good', service: 'checkout' }, [
        [1735689600, '998'],
        [1735689900, '1200'],
      ]),
    ]);
    expect(readQueryRange(data, { file: 'q.json' })).toEqual({
      samples: [
        { service: 'checkout', timestamp: 1735689600, good: 998, total: 1000 },
        { service: 'checkout', timestamp: 1735689900, good: 1200, total: 1200 },
      ],
      problems: [],
      skipped: [],
    });
  });

  it('turns errors into good events, takes the service from the option, and skips NaN points', () => {
    const data = response([
      series({ __name__: 'x', kind: 'errors' }, [
        [100, '2'],
        [160, 'NaN'],
        [220, '0'],
      ]),
      series({ kind: 'Total' }, [
        [100, '50'],
        [160, 'NaN'],
        [220, '40'],
        [280, '10'],
      ]),
    ]);
    const read = readQueryRange(data, { file: 'q.json', service: 'Checkout API' });
    expect(read.samples).toEqual([
      { service: 'checkout-api', timestamp: 100, good: 48, total: 50 },
      { service: 'checkout-api', timestamp: 220, good: 40, total: 40 },
    ]);
    expect(read.skipped).toEqual([
      { reason: 'NaN value (no data at that time)', count: 2 },
      { reason: 'time with a total but no good or errors value', count: 1 },
    ]);
  });

  it('reads several services from one response', () => {
    const data = response([
      series({ sli: 'good', service: 'a' }, [[1, '1']]),
      series({ sli: 'total', service: 'a' }, [[1, '2']]),
      series({ sli: 'bad', service: 'b' }, [[1, '1']]),
      series({ sli: 'total', service: 'b' }, [[1, '4']]),
    ]);
    expect(readQueryRange(data, { file: 'q.json' }).samples).toEqual([
      { service: 'a', timestamp: 1, good: 1, total: 2 },
      { service: 'b', timestamp: 1, good: 3, total: 4 },
    ]);
  });

  it('says what is wrong with a response it cannot read', () => {
    const problems = (data: unknown, service?: string) =>
      readQueryRange(data, { file: 'q.json', service }).problems.map((p) => [
        p.code,
        p.path,
        p.message,
      ]);
    expect(problems({ status: 'error', error: 'bad_data: parse error', data: {} })).toEqual([
      [
        'invalid-value',
        'status',
        'expected status "success", found "error": bad_data: parse error',
      ],
    ]);
    expect(
      problems({ status: 'success', data: { resultType: 'vector', result: [] } })[0]?.[2],
    ).toContain('expected a matrix');
    expect(problems([1, 2])[0]?.[2]).toContain('expected a Prometheus query_range response');
    expect(problems(response([series({ job: 'api' }, [[1, '1']])]), 'api')).toEqual([
      [
        'missing-field',
        'data.result[0].metric',
        expect.stringContaining('a value good, total or errors'),
      ],
    ]);
    expect(problems(response([series({ sli: 'good' }, [[1, '1']])]))[0]?.[2]).toContain(
      'expected a service label or --service',
    );
    expect(problems(response([series({ sli: 'good' }, [[1, '1']])]), 'api')).toEqual([
      [
        'missing-field',
        'data.result',
        'expected a total series and a good or errors series for service api, found good',
      ],
    ]);
  });

  it('reports more good than total events, negative counts and malformed points', () => {
    const data = response([
      series({ sli: 'good' }, [
        [1, '5'],
        [2, '-1'],
      ]),
      series({ sli: 'total' }, [[1, '4'], [2, '4'], [3, '1'] as unknown as [number, string]]),
    ]);
    (data as { data: { result: { values: unknown[] }[] } }).data.result[1]?.values.push(['4', '1']);
    const read = readQueryRange(data, { file: 'q.json', service: 'api' });
    expect(read.problems.map((p) => p.path)).toEqual([
      'data.result[0].values[1]',
      'data.result[1].values[3]',
      'data.result[0].values',
    ]);
    expect(read.problems[2]?.message).toBe(
      'expected good (5) at 1970-01-01T00:00:01.000Z to be at most total (4) for service api',
    );
  });
});
