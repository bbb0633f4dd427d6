import { describe, expect, it } from 'vitest';
import { fakeIo } from '../../test/support/fake-io.ts';
import { tempFiles } from '../../test/support/temp-files.ts';
import { readSli } from './read-sli.ts';

const files = tempFiles();
const io = fakeIo({ cwd: files.dir, stdin: 'service,timestamp,good,total\napi,60,1,1\n' });

describe('readSli', () => {
  it('reads CSV samples into sorted series per service', async () => {
    const path = files.write(
      'a.csv',
      '\uFEFFtimestamp,service,good,total,region\r\n2025-01-01T00:01:00Z,api,99,100,eu\r\n2025-01-01T00:00:00Z,api,100,100,eu\r\n\r\n1735689600,web,5,5,eu\r\n',
    );
    const input = await readSli(path, io);
    expect(input.problems).toEqual([]);
    expect(input.samples).toBe(3);
    const api = input.series.get('api');
    expect([...(api?.seconds ?? [])]).toEqual([1735689600, 1735689660]);
    expect([...(api?.good ?? [])]).toEqual([100, 99]);
    expect(input.series.get('web')?.length).toBe(1);
  });

  it('reads a JSON array and JSON Lines alike', async () => {
    const array = files.write(
      'a.json',
      JSON.stringify([
        { service: 'api', timestamp: '2025-01-01T00:00:00+01:00', good: 1, total: 2 },
      ]),
    );
    const lines = files.write(
      'a.jsonl',
      '{"service":"api","timestamp":1735686000,"good":1,"total":2}\n{"service":"api","timestamp":"1735686060","good":"2","total":"2"}\n',
    );
    expect([...((await readSli(array, io)).series.get('api')?.seconds ?? [])]).toEqual([
      1735686000,
    ]);
    expect((await readSli(lines, io)).samples).toBe(2);
  });

  it('reports every bad row with its line, column and what is wrong, and reads on', async () => {
    const path = files.write(
      'bad.csv',
      [
        'service,timestamp,good,total',
        'api,2025-01-01T00:00:00Z,1,1',
        'api,2025-01-01T00:00:00,1,1',
        'api,1735689600000,1,1',
        ',2025-01-01T00:00:00Z,x,-1',
        'api,2025-01-01T00:00:00Z,5,4',
        'api,2025-01-01T00:00:00.5Z,1,1',
        'api,2025-01-01T00:00:00Z,1',
        'api,2025-01-01T00:00:00Z,1,1',
      ].join('\n'),
    );
    const input = await readSli(path, io);
    expect(input.samples).toBe(2);
    expect(
      input.problems.map((p) => `${p.line}:${p.column} ${p.code} ${p.path}: ${p.message}`),
    ).toEqual([
      '3:5 invalid-value timestamp: expected timestamp as an ISO 8601 time with a zone (2025-03-01T10:00:00Z) or Unix seconds, found "2025-01-01T00:00:00"',
      '4:5 invalid-value timestamp: expected timestamp in Unix seconds, found "1735689600000" (milliseconds? divide by 1000)',
      '5:1 missing-field service: expected service, found nothing',
      '5:23 invalid-value good: expected good to be a number of events ≥ 0, found "x"',
      '5:25 invalid-value total: expected total to be a number of events ≥ 0, found "-1"',
      '6:26 invalid-value good: expected good (5) to be at most total (4)',
      '7:5 invalid-value timestamp: expected timestamp in whole seconds, found "2025-01-01T00:00:00.5Z"',
      '8:1 invalid-value : expected 4 fields as in the header, found 3',
    ]);
    expect(input.problemCount).toBe(8);
  });

  it('refuses a CSV file without the header fields, once, at line 1', async () => {
    const input = await readSli(files.write('nohead.csv', 'api,60,1,1\napi,120,1,1\n'), io);
    expect(input.problems).toEqual([
      expect.objectContaining({
        line: 1,
        code: 'missing-field',
        message:
          'expected a header row naming service,timestamp,good,total; missing service, timestamp, good, total',
      }),
    ]);
  });

  it('reports broken JSON records and structure with their lines', async () => {
    const path = files.write(
      'broken.json',
      '[\n{"service":"api","timestamp":60,"good":1,"total":1},\n{"service": oops},\n{"service":"api"}\n',
    );
    const input = await readSli(path, io);
    expect(input.problems.map((p) => [p.line, p.code, p.path])).toEqual([
      [3, 'invalid-value', ''],
      [4, 'missing-field', 'timestamp'],
      [4, 'missing-field', 'good'],
      [4, 'missing-field', 'total'],
      [5, 'invalid-value', ''],
    ]);
    expect(input.samples).toBe(1);
  });

  it('reports an empty file', async () => {
    const input = await readSli(files.write('empty.csv', ''), io);
    expect(input.problems[0]?.message).toBe('expected records, found an empty file');
  });

  it('keeps the first hundred problems and counts the rest', async () => {
    const rows = Array.from({ length: 250 }, () => 'api,x,1,1');
    const input = await readSli(
      files.write('many.csv', `service,timestamp,good,total\n${rows.join('\n')}`),
      io,
    );
    expect(input.problems).toHaveLength(100);
    expect(input.problemCount).toBe(250);
  });

  it('reads stdin as -, and refuses a missing file as a usage error', async () => {
    expect((await readSli('-', io)).samples).toBe(1);
    await expect(readSli('nope.csv', io)).rejects.toThrow('nope.csv: no such file');
  });
});
