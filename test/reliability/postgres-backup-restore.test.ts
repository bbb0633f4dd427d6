import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { INTAKE_PATH, oneAlert, postAlerts } from '../support/alert-intake.ts';
import { runCli } from '../support/fake-io.ts';
import {
  type PostgresCluster,
  postgresBin,
  startPostgresCluster,
} from '../support/postgres-cluster.ts';
import { serverModelSources } from '../support/server-model.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const run = promisify(execFile);

const webhook = (n: number) => oneAlert(`Burn${n}`);

/** The PostgreSQL backup and restore commands as docs/server.md gives them to operators. */
function documentedCommands(): { dump: string; restore: string } {
  const text = readFileSync(new URL('../../docs/server.md', import.meta.url), 'utf8').replace(
    /\s*\n\s*/g,
    ' ',
  );
  const dump = /`(pg_dump [^`]+)`/.exec(text)?.[1];
  const restore = /`(pg_restore [^`]+)`/.exec(text)?.[1];
  if (!dump || !restore)
    throw new Error('docs/server.md no longer gives the pg_dump/pg_restore commands');
  return { dump, restore };
}

describe('PostgreSQL backup and restore as documented', () => {
  let cluster: PostgresCluster;
  const apps: TestApp[] = [];
  const folder = mkdtempSync(join(tmpdir(), 'whorunsit-pgdump-'));
  beforeAll(async () => {
    cluster = await startPostgresCluster();
  }, 120_000);
  afterAll(async () => {
    for (const app of apps) await app.close();
    cluster?.stop();
    rmSync(folder, { recursive: true, force: true });
  }, 60_000);

  it('pg_dump of a running server, pg_restore into an empty database: a fresh server serves the same data', async () => {
    const { dump, restore } = documentedCommands();
    // The how-to guide gives operators the same two commands.
    const howTo = readFileSync(new URL('../../docs/how-to/backups.md', import.meta.url), 'utf8');
    expect(howTo).toContain(dump);
    expect(howTo).toContain(restore);
    // The commands `whorunsit backup` / `restore` print for PostgreSQL are the documented ones.
    const told = await runCli(['backup', 'x', '--database-url', 'postgres://h/db']);
    expect(told.stderr).toContain(dump);
    const toldRestore = await runCli(['restore', 'x', '--database-url', 'postgres://h/db']);
    expect(toldRestore.stderr).toContain(restore.replace('$NEW_DATABASE_URL', '$DATABASE_URL'));

    const sourceUrl = await cluster.createDatabase();
    const running = await startTestApp({ store: await openStore({ databaseUrl: sourceUrl }) });
    apps.push(running);
    const push = await running.call({
      method: 'POST',
      url: '/api/v1/revisions',
      as: 'editor',
      payload: { message: 'first', sources: serverModelSources() },
    });
    expect(push.statusCode, push.body).toBe(201);
    for (let i = 0; i < 3; i += 1) {
      const posted = await postAlerts(running, webhook(i));
      expect(posted.statusCode, posted.body).toBe(200);
    }
    const samples = await running.call({
      method: 'POST',
      url: '/api/v1/sli-samples',
      as: 'ingest',
      payload: {
        samples: [
          { service: 'checkout-api', timestamp: '2025-03-03T09:00:00Z', good: 999, total: 1000 },
          { service: 'checkout-api', timestamp: '2025-03-03T09:05:00Z', good: 1000, total: 1000 },
        ],
      },
    });
    expect(samples.statusCode, samples.body).toBe(200);

    // Online: the server keeps writing while pg_dump reads one consistent snapshot.
    const env = { ...process.env, PATH: `${postgresBin()}:${process.env.PATH ?? ''}` };
    const writes = Array.from({ length: 5 }, (_, i) => postAlerts(running, webhook(10 + i)));
    await run('sh', ['-c', dump], { cwd: folder, env: { ...env, DATABASE_URL: sourceUrl } });
    for (const written of await Promise.all(writes)) expect(written.statusCode).toBe(200);

    const targetUrl = await cluster.createDatabase();
    await run('sh', ['-c', restore], {
      cwd: folder,
      env: { ...env, NEW_DATABASE_URL: targetUrl, DATABASE_URL: targetUrl },
    });

    // A fresh server on the restored database (it migrates at start, as `serve` does).
    const restoredApp = await startTestApp({ store: await openStore({ databaseUrl: targetUrl }) });
    apps.push(restoredApp);
    const headers = { authorization: `Bearer ${running.tokens.viewer}` };
    const get = async (app: TestApp, url: string) => {
      const response = await app.call({ method: 'GET', url, headers });
      expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
      return response.json();
    };
    expect((await get(restoredApp, '/api/v1/revisions/current')).revision).toMatchObject({
      id: 1,
      message: 'first',
    });
    expect(await get(restoredApp, '/api/v1/sli-samples')).toEqual(
      await get(running, '/api/v1/sli-samples'),
    );
    const restoredAlerts = (await get(restoredApp, '/api/v1/alerts?limit=100')).alerts as {
      id: number;
    }[];
    const sourceAlerts = (await get(running, '/api/v1/alerts?limit=100')).alerts as {
      id: number;
    }[];
    // Every alert answered before the dump began is in it; those in flight may or may not be.
    expect(restoredAlerts.length).toBeGreaterThanOrEqual(3);
    expect(restoredAlerts.length).toBeLessThanOrEqual(8);
    const sourceById = new Map(sourceAlerts.map((a) => [a.id, a]));
    for (const alert of restoredAlerts) expect(alert).toEqual(sourceById.get(alert.id));
    const runner = await get(restoredApp, '/api/v1/services/checkout-api/runner');
    expect(runner.sli.lastSampleAt).toBe('2025-03-03T09:05:00.000Z');

    // The restored database takes new writes: its id sequences came with it.
    const after = await restoredApp.call({
      method: 'POST',
      url: INTAKE_PATH,
      headers: { authorization: `Bearer ${running.tokens.ingest}` },
      payload: webhook(99),
    });
    expect(after.statusCode, after.body).toBe(200);
    const newest = (await get(restoredApp, '/api/v1/alerts?limit=1')).alerts[0];
    expect(newest.labels.alertname).toBe('Burn99');
    expect(newest.id).toBeGreaterThan(Math.max(...restoredAlerts.map((a) => a.id)));
  }, 240_000);
});
