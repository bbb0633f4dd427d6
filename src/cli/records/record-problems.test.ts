import { describe, expect, it } from 'vitest';
import { fakeIo, runCli } from '../../../test/support/fake-io.ts';
import { tempFiles } from '../../../test/support/temp-files.ts';
import { readIncidents } from '../read-incidents.ts';
import { readSli } from '../read-sli.ts';

const files = tempFiles();
const io = fakeIo({ cwd: files.dir });
const ACME = new URL('../../../examples/acme', import.meta.url).pathname;

describe('data files read with the same record schemas as the server', () => {
  it('refuses the same bad samples the server refuses: counts too large to sum, control characters, no such date', async () => {
    const path = files.write(
      'bad.csv',
      [
        'service,timestamp,good,total',
        'api,2025-01-01T00:00:00Z,0,1e308',
        'api,2025-01-01T00:01:00Z,0,1e16',
        'a\u0000pi,2025-01-01T00:02:00Z,1,1',
        'api,2026-02-30T00:00:00Z,1,1',
        'api,2025-01-01T00:03:00Z,0,1e15',
      ].join('\n'),
    );
    const input = await readSli(path, io);
    expect(input.problems.map((p) => [p.line, p.code, p.path])).toEqual([
      [2, 'invalid-value', 'total'],
      [3, 'invalid-value', 'total'],
      [4, 'not-text', 'service'],
      [5, 'invalid-value', 'timestamp'],
    ]);
    expect(input.samples).toBe(1);
  });

  it('requires customerVisible and refuses detection before the start, as the server does', async () => {
    const path = files.write(
      'incidents.json',
      JSON.stringify([
        {
          id: 1,
          service: 'api',
          startedAt: '2025-03-01T10:00:00Z',
          detectedAt: '2025-03-01T09:00:00Z',
          customerVisible: 'yes',
        },
        { id: 2, service: 'api', startedAt: '2025-03-01T10:00:00Z' },
      ]),
    );
    const { problems } = await readIncidents(path, io);
    expect(problems.map((p) => [p.line, p.code, p.path])).toEqual([
      [1, 'invalid-value', 'detectedAt'],
      [1, 'missing-field', 'customerVisible'],
    ]);
  });

  it('refuses --at on a day the calendar does not have, with a usage error', async () => {
    const sli = files.write(
      'ok.csv',
      'service,timestamp,good,total\napi,2025-01-01T00:00:00Z,1,1\n',
    );
    const run = await runCli(['budgets', ACME, '--sli', sli, '--at', '2026-02-30'], {
      cwd: files.dir,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--at: expected an ISO 8601 date/);
  });
});
