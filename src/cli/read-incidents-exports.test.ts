import { describe, expect, it } from 'vitest';
import { fakeIo } from '../../test/support/fake-io.ts';
import { tempFiles } from '../../test/support/temp-files.ts';
import { readIncidents } from './read-incidents.ts';

const files = tempFiles();
const io = fakeIo({ cwd: files.dir });

describe('readIncidents on real exports', () => {
  it('reads snake_case columns, ignores extra ones, and keeps incidents without an end open', async () => {
    const path = files.write(
      'export.csv',
      [
        'incident_number,title,service_name,urgency,created_on,detected_at,resolved_on,customer_impact,assigned_to',
        '1042,"Checkout 500s, EU",checkout,high,2025-03-01T11:00:00+01,2025-03-01T10:05:00Z,2025-03-01T10:45:00+0000,yes,"Ann, Bob"',
        '1043,Slow search,search,low,20250302T090000Z,,,no,',
      ].join('\r\n'),
    );
    const { incidents, problems } = await readIncidents(path, io);
    expect(problems).toEqual([]);
    expect(incidents).toEqual([
      {
        id: '1042',
        service: 'checkout',
        startedAt: 1740823200,
        detectedAt: 1740823500,
        resolvedAt: 1740825900,
        customerVisible: true,
        budgetConsumed: null,
      },
      {
        id: '1043',
        service: 'search',
        startedAt: 1740906000,
        detectedAt: null,
        resolvedAt: null,
        customerVisible: false,
        budgetConsumed: null,
      },
    ]);
  });

  it('reads postmortem-style JSON lines with start_time and end_time in any zone form', async () => {
    const path = files.write(
      'postmortems.jsonl',
      [
        '{"id":"a","service":"dns","start_time":"2012-12-22T12:15:00-08:00","end_time":"2012-12-22T16:15:00-0800","customerVisible":true}',
        '{"id":"b","service":"dns","start_time":"2019-08-29T10:00:00+05:30","end_time":"","customerVisible":true}',
      ].join('\n'),
    );
    const { incidents, problems } = await readIncidents(path, io);
    expect(problems).toEqual([]);
    expect(incidents.map((i) => [i.id, i.startedAt, i.resolvedAt])).toEqual([
      ['a', 1356207300, 1356221700],
      ['b', 1567053000, null],
    ]);
  });

  it('reports each bad row with its line and column and reads the rest', async () => {
    const path = files.write(
      'bad.csv',
      [
        'id,service,start_time,detectedAt,end_time,customerVisible,extra',
        'A,api,2025-03-01T10:00:00,,,true,x',
        'B,api,2025-03-01T10:00:00Z,,2025-03-01T09:00:00Z,true,y',
        'C,api,2025-03-01T10:00:00Z,,,true,z',
      ].join('\n'),
    );
    const { incidents, problems } = await readIncidents(path, io);
    expect(incidents.map((i) => i.id)).toEqual(['C']);
    expect(problems.map((p) => [p.line, p.column, p.path, p.message])).toEqual([
      [
        2,
        7,
        'startedAt',
        'expected startedAt as an ISO 8601 time with a zone (2025-03-01T10:00:00Z) or Unix seconds, found "2025-03-01T10:00:00"',
      ],
      [3, 29, 'resolvedAt', 'expected resolvedAt at or after startedAt'],
    ]);
  });
});
