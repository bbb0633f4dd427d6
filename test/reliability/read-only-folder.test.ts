import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { asRoot, oneAlert, postAlerts } from '../support/alert-intake.ts';
import { type PostgresCluster, startPostgresCluster } from '../support/postgres-cluster.ts';
import { errorOf, startTestApp, type TestApp } from '../support/test-app.ts';

const webhook = (n: number) => oneAlert(`ReadOnly${n}`, { summary: 'x'.repeat(1_000) });

/**
 * An ext4 file system on a loop device, mounted `errors=remount-ro` as most distributions mount
 * their disks. `fail()` makes ext4 meet an error (the kernel's own test trigger): it aborts its
 * journal and turns read-only under the open database, as it does on a real disk error. Nothing
 * can make it writable again while it is mounted, so `repair()` does what an operator does:
 * unmount, e2fsck, mount again.
 */
function mountExt4(mib: number) {
  const base = mkdtempSync(join(tmpdir(), 'whorunsit-ro-'));
  const image = join(base, 'disk.img');
  const path = join(base, 'mnt');
  asRoot(['truncate', '-s', `${mib}M`, image]);
  asRoot(['mkfs.ext4', '-q', '-F', image]);
  asRoot(['mkdir', '-p', path]);
  const mount = () => asRoot(['mount', '-o', 'loop,errors=remount-ro', image, path]);
  mount();
  let mounted = true;
  const device = () => asRoot(['findmnt', '-n', '-o', 'SOURCE', path]).trim();
  return {
    path,
    fail: () => {
      const name = device().replace(/^\/dev\//, '');
      asRoot(['tee', `/sys/fs/ext4/${name}/trigger_fs_error`], 'whorunsit read-only test');
    },
    repair: () => {
      asRoot(['umount', path]);
      mounted = false;
      // e2fsck exits 1 when it corrected the file system, which is what it is here for.
      try {
        asRoot(['e2fsck', '-f', '-y', image]);
      } catch (error) {
        if ((error as { status?: number }).status !== 1) throw error;
      }
      mount();
      mounted = true;
    },
    remove: () => {
      if (mounted) {
        try {
          asRoot(['umount', path]);
        } catch {
          // Still held open by a test that failed half-way: detach it anyway.
          asRoot(['umount', '-l', path]);
        }
      }
      rmSync(base, { recursive: true, force: true });
    },
  };
}

describe('a data folder that turns read-only under SQLite', () => {
  let t: TestApp | undefined;
  let disk: ReturnType<typeof mountExt4> | undefined;
  afterEach(async () => {
    await t?.close().catch(() => undefined);
    t = undefined;
    disk?.remove();
  }, 60_000);

  it('answers 503 read-only with Retry-After, /readyz says so, and every acknowledged alert is kept', async () => {
    disk = mountExt4(32);
    const data = join(disk.path, 'data');
    const app = await startTestApp({ store: await openStore({ dataDir: data }) });
    t = app;
    const post = (n: number) => postAlerts(app, webhook(n));
    const acknowledged: string[] = [];
    for (let n = 1; n <= 20; n += 1) {
      const response = await post(n);
      expect(response.statusCode, response.body).toBe(200);
      acknowledged.push(`ReadOnly${n}`);
    }
    expect((await app.call({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);

    disk.fail();

    for (let n = 21; n <= 23; n += 1) {
      const refused = await post(n);
      expect(refused.statusCode, refused.body).toBe(503);
      expect(errorOf(refused).code).toBe('read-only');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    }
    const started = performance.now();
    const ready = await app.call({ method: 'GET', url: '/readyz' });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(ready.statusCode, ready.body).toBe(503);
    expect(errorOf(ready).code).toBe('read-only');
    // The check itself sees it, not only the failure a request met a moment ago.
    const check = await app.context.health.check();
    expect(check).toMatchObject({ ok: false, failure: 'read-only' });

    // The operator stops the server, repairs the file system and starts it again.
    await app.close().catch(() => undefined);
    t = undefined;
    disk.repair();
    const again = await startTestApp({ store: await openStore({ dataDir: data }) });
    t = again;
    expect((await again.call({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    // Alertmanager resends what was refused.
    for (let n = 21; n <= 23; n += 1) {
      expect((await postAlerts(again, webhook(n))).statusCode).toBe(200);
    }
    const listed = await again.call({
      method: 'GET',
      url: '/api/v1/alerts?limit=100',
      as: 'viewer',
    });
    const names = listed
      .json()
      .alerts.map((a: { labels: { alertname: string } }) => a.labels.alertname)
      .sort();
    const expected = [...acknowledged, 'ReadOnly21', 'ReadOnly22', 'ReadOnly23'].sort();
    expect(names).toEqual(expected);
  }, 120_000);
});

describe('a PostgreSQL database that turns read-only', () => {
  let cluster: PostgresCluster | undefined;
  let t: TestApp | undefined;
  afterAll(async () => {
    await t?.close();
    cluster?.stop();
  }, 60_000);

  it('answers 503 read-only with Retry-After, /readyz says so, and all recovers without a restart', async () => {
    cluster = await startPostgresCluster();
    const url = await cluster.createDatabase();
    const name = new URL(url).pathname.slice(1);
    const app = await startTestApp({ store: await openStore({ databaseUrl: url }) });
    t = app;
    const post = (n: number) => postAlerts(app, webhook(n));
    expect((await post(1)).statusCode).toBe(200);

    // What a read-only replica, a promoted standby being demoted or an operator's setting does:
    // new sessions take no writes. The server's connections are ended so it opens new ones.
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const reconnect = () =>
      admin.query(
        `select pg_terminate_backend(pid) from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid()`,
      );
    try {
      await admin.query(`alter database ${name} set default_transaction_read_only = on`);
      await reconnect();
      const codes: string[] = [];
      for (let n = 2; n <= 6 && codes.at(-1) !== 'read-only'; n += 1) {
        const refused = await post(n);
        expect(refused.statusCode, refused.body).toBe(503);
        expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
        codes.push(errorOf(refused).code);
      }
      // The first call may meet a connection that was just ended (database-unavailable).
      expect(codes.at(-1)).toBe('read-only');
      const ready = await app.call({ method: 'GET', url: '/readyz' });
      expect(ready.statusCode, ready.body).toBe(503);
      expect(errorOf(ready).code).toBe('read-only');

      await admin.query(`alter database ${name} set default_transaction_read_only = off`);
      await reconnect();
    } finally {
      await admin.end();
    }
    // No restart: once new sessions take writes, the server is ready and takes the resends.
    let readyAgain = false;
    for (let i = 0; i < 40 && !readyAgain; i += 1) {
      readyAgain = (await app.call({ method: 'GET', url: '/readyz' })).statusCode === 200;
      if (!readyAgain) await new Promise((r) => setTimeout(r, 250));
    }
    expect(readyAgain).toBe(true);
    for (let n = 2; n <= 6; n += 1) expect((await post(n)).statusCode).toBe(200);
    const listed = await app.call({ method: 'GET', url: '/api/v1/alerts?limit=100', as: 'viewer' });
    const names = listed
      .json()
      .alerts.map((a: { labels: { alertname: string } }) => a.labels.alertname)
      .sort();
    expect(names).toEqual([
      'ReadOnly1',
      'ReadOnly2',
      'ReadOnly3',
      'ReadOnly4',
      'ReadOnly5',
      'ReadOnly6',
    ]);
  }, 180_000);
});
