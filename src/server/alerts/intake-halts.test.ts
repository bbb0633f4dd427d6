import { renameSync, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serverModelSources } from '../../../test/support/server-model.ts';
import { errorOf, startTestApp, type TestApp } from '../../../test/support/test-app.ts';

let t: TestApp;
const logged: { level: number; msg: string }[] = [];
beforeEach(async () => {
  logged.length = 0;
  t = await startTestApp({
    logger: {
      level: 'info',
      stream: new Writable({
        write(chunk, _encoding, done) {
          for (const line of String(chunk).split('\n').filter(Boolean))
            logged.push(JSON.parse(line));
          done();
        },
      }),
    },
  });
  await t.call({
    method: 'POST',
    url: '/api/v1/revisions',
    as: 'admin',
    payload: { message: 'model', sources: serverModelSources() },
  });
});
afterEach(() => t.close());

const post = (alertname: string) =>
  t.call({
    method: 'POST',
    url: '/api/v1/alerts/alertmanager',
    as: 'ingest',
    payload: {
      version: '4',
      status: 'firing',
      alerts: [
        {
          labels: { alertname, service: 'checkout-api' },
          startsAt: '2025-03-03T09:58:00Z',
        },
      ],
    },
  });

describe('alert intake after a failed sync of the SQLite log (intake thread)', () => {
  it('answers every later call 503 with Retry-After, never a duplicate 2xx, says so on /readyz and logs it once', async () => {
    expect((await post('Before')).statusCode).toBe(200);
    // The intake thread's next sync cannot open the write-ahead log: a failed sync. SQLite
    // keeps writing to the file it has open, so the call's rows are committed and visible.
    const wal = `${t.store.location}-wal`;
    renameSync(wal, `${wal}.moved`);
    const failed = await post('Lost');
    expect(failed.statusCode, failed.body).toBe(503);
    expect(failed.headers['retry-after']).toBe('5');
    expect(errorOf(failed).code).toBe('database-unavailable');
    // A later sync would succeed (a log file is there again): it proves nothing about the
    // failed one, so the resend is refused, not answered as a duplicate.
    writeFileSync(wal, '');
    for (const name of ['Lost', 'Next']) {
      const again = await post(name);
      expect(again.statusCode, again.body).toBe(503);
      expect(again.headers['retry-after']).toBe('5');
      expect(errorOf(again)).toMatchObject({
        code: 'database-unavailable',
        message: expect.stringContaining('restarted'),
      });
    }
    const ready = await t.call({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(errorOf(ready)).toMatchObject({
      code: 'database-unavailable',
      message: expect.stringContaining('restart the server'),
    });
    const fatal = logged.filter((l) => l.level >= 60);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]?.msg).toContain('restart the server');
    // Other requests are served as before.
    expect((await t.call({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});
