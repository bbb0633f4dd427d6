import { describe, expect, it } from 'vitest';
import { fakeIo } from '../../test/support/fake-io.ts';
import { tempFiles } from '../../test/support/temp-files.ts';
import { readIncidents } from './read-incidents.ts';

const files = tempFiles();
const io = fakeIo({ cwd: files.dir });
const HEADER = 'id,service,startedAt,detectedAt,resolvedAt,customerVisible,budgetConsumed';

describe('readIncidents', () => {
  it('reads incidents from CSV, open and undetected ones included, in order of start', async () => {
    const path = files.write(
      'i.csv',
      [
        HEADER,
        'INC-2,api,2025-01-02T10:00:00Z,2025-01-02T10:05:00Z,2025-01-02T10:30:00Z,yes,25%',
        'INC-1,api,2025-01-01T10:00:00Z,,,false,',
      ].join('\n'),
    );
    const { incidents, problems } = await readIncidents(path, io);
    expect(problems).toEqual([]);
    expect(incidents).toEqual([
      {
        id: 'INC-1',
        service: 'api',
        startedAt: 1735725600,
        detectedAt: null,
        resolvedAt: null,
        customerVisible: false,
        budgetConsumed: null,
      },
      {
        id: 'INC-2',
        service: 'api',
        startedAt: 1735812000,
        detectedAt: 1735812300,
        resolvedAt: 1735813800,
        customerVisible: true,
        budgetConsumed: 0.25,
      },
    ]);
  });

  it('reads JSON with numeric ids and booleans, without a budgetConsumed field', async () => {
    const path = files.write(
      'i.json',
      JSON.stringify([
        {
          id: 7,
          service: 'api',
          startedAt: '2025-01-01T10:00:00Z',
          detectedAt: null,
          resolvedAt: '2025-01-01T11:00:00Z',
          customerVisible: true,
        },
      ]),
    );
    const { incidents, problems } = await readIncidents(path, io);
    expect(problems).toEqual([]);
    expect(incidents[0]).toMatchObject({ id: '7', resolvedAt: 1735729200, budgetConsumed: null });
  });

  it('reports each bad record with its line and field', async () => {
    const path = files.write(
      'bad.csv',
      [
        HEADER,
        'A,api,2025-01-01T10:00:00Z,2025-01-01T09:00:00Z,2025-01-01T09:30:00Z,maybe,',
        'B,api,yesterday,,,true,-0.1',
        'C,api,2025-01-01T10:00:00Z,,,true,',
        'C,api,2025-01-01T10:00:00Z,,,true,',
      ].join('\n'),
    );
    const { incidents, problems } = await readIncidents(path, io);
    expect(incidents.map((i) => i.id)).toEqual(['C']);
    expect(problems.map((p) => `${p.line} ${p.code} ${p.path}: ${p.message}`)).toEqual([
      '2 invalid-value customerVisible: expected customerVisible to be true or false, found "maybe"',
      '3 invalid-value startedAt: expected startedAt as an ISO 8601 time with a zone (2025-03-01T10:00:00Z) or Unix seconds, found "yesterday"',
      '3 invalid-value budgetConsumed: expected budgetConsumed as a share of the budget like 0.25 or 25%, found "-0.1"',
      '5 duplicate-name id: expected a unique incident id, "C" is also on line 4',
    ]);
  });

  it('reports resolution or detection before the start', async () => {
    const path = files.write(
      'order.csv',
      `${HEADER}\nA,api,2025-01-01T10:00:00Z,2025-01-01T09:00:00Z,2025-01-01T09:30:00Z,true,\n`,
    );
    const { problems } = await readIncidents(path, io);
    expect(problems.map((p) => p.message)).toEqual([
      'expected detectedAt at or after startedAt',
      'expected resolvedAt at or after startedAt',
    ]);
  });

  it('needs the incident header fields but not budgetConsumed', async () => {
    const path = files.write('head.csv', 'id,service,startedAt\nA,api,2025-01-01T10:00:00Z\n');
    const { problems } = await readIncidents(path, io);
    expect(problems[0]?.message).toBe(
      'expected a header row naming id,service,startedAt,detectedAt,resolvedAt,customerVisible; missing detectedAt, resolvedAt, customerVisible',
    );
  });
});
