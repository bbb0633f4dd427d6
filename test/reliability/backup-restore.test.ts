import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { oneAlert, postAlerts } from '../support/alert-intake.ts';
import { runCli } from '../support/fake-io.ts';
import { serverModelSources } from '../support/server-model.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const webhook = (n: number) => oneAlert(`Burn${n}`);

describe('whorunsit backup and restore', () => {
  const folders: string[] = [];
  const apps: TestApp[] = [];
  const folder = () => {
    const made = mkdtempSync(join(tmpdir(), 'whorunsit-backup-'));
    folders.push(made);
    return made;
  };
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
    for (const made of folders.splice(0)) rmSync(made, { recursive: true, force: true });
  });

  it('back up a running server and restore it into a fresh server that serves the same data', async () => {
    const data = folder();
    const running = await startTestApp({ store: await openStore({ dataDir: data }) });
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

    // Online: the server keeps its database open (and writing) while the backup is taken.
    const file = join(folder(), 'whorunsit.backup');
    const writes = Array.from({ length: 5 }, (_, i) => postAlerts(running, webhook(10 + i)));
    const backedUp = await runCli(['backup', file, '--data', data, '--json']);
    await Promise.all(writes);
    expect(backedUp.code, backedUp.stderr).toBe(0);
    const taken = JSON.parse(backedUp.stdout);
    expect(taken).toMatchObject({
      revisions: 1,
      tokens: 4,
      schema: expect.stringMatching(/^0\d{3}-/),
    });
    // Every alert answered before the backup began is in it; those in flight may or may not be.
    expect(taken.alerts).toBeGreaterThanOrEqual(3);
    expect(taken.alerts).toBeLessThanOrEqual(8);
    expect(taken.auditEvents).toBeGreaterThanOrEqual(1);

    const fresh = join(folder(), 'restored');
    const restored = await runCli(['restore', file, '--data', fresh]);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/^Restored .* 1 revisions, 4 tokens, \d+ alerts/);

    // A fresh server on the restored folder: same model, same alerts, the same tokens work.
    const store = await openStore({ dataDir: fresh });
    const restoredApp = await startTestApp({ store });
    apps.push(restoredApp);
    const headers = { authorization: `Bearer ${running.tokens.viewer}` };
    const current = await restoredApp.call({
      method: 'GET',
      url: '/api/v1/revisions/current',
      headers,
    });
    expect(current.statusCode, current.body).toBe(200);
    expect(current.json().revision).toMatchObject({ id: 1, message: 'first' });
    const alerts = await restoredApp.call({
      method: 'GET',
      url: '/api/v1/alerts?limit=100',
      headers,
    });
    expect(alerts.json().alerts).toHaveLength(taken.alerts);
    const runner = await restoredApp.call({
      method: 'GET',
      url: '/api/v1/services/checkout-api/runner',
      headers,
    });
    expect(runner.statusCode, runner.body).toBe(200);
  });

  it('never overwrite: an existing backup file or database is refused, and a file that is no backup too', async () => {
    const data = folder();
    const store = await openStore({ dataDir: data });
    await store.close();
    const file = join(folder(), 'b.sqlite');
    expect((await runCli(['backup', file, '--data', data])).code).toBe(0);

    const again = await runCli(['backup', file, '--data', data]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('file-exists');
    const onto = await runCli(['restore', file, '--data', data]);
    expect(onto.code).toBe(2);
    expect(onto.stderr).toMatch(/file-exists.*move the database/);

    const notBackup = join(folder(), 'notes.txt');
    writeFileSync(
      notBackup,
      'not a database at all, but long enough to look like a file'.repeat(100),
    );
    const bad = await runCli(['restore', notBackup, '--data', join(folder(), 'x')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bad-backup');
    const missing = await runCli(['backup', join(folder(), 'y'), '--data', join(folder(), 'none')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no-input');

    // PostgreSQL: its own tools, and the command says which.
    const pg = await runCli(['backup', file, '--database-url', 'postgres://localhost/whorunsit']);
    expect(pg.code).toBe(2);
    expect(pg.stderr).toMatch(/use-pg-dump.*pg_dump --format=custom/);
    const pgRestore = await runCli(['restore', file], { env: { DATABASE_URL: 'postgres://h/db' } });
    expect(pgRestore.code).toBe(2);
    expect(pgRestore.stderr).toContain('pg_restore');
  });
});
