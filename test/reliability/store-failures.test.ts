import {
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { durationMillis } from '../../src/model/index.ts';
import { openStore } from '../../src/store/index.ts';
import { asRoot, oneAlert, postAlerts, until } from '../support/alert-intake.ts';
import { type PostgresCluster, startPostgresCluster } from '../support/postgres-cluster.ts';
import { errorOf, startTestApp, type TestApp } from '../support/test-app.ts';

/** A webhook of one alert with a 2 KB summary: a full disk is met within a few. */
const webhook = (n: number) => oneAlert(`Fail${n}`, { summary: 'x'.repeat(2_000) });

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

/** A process and its children, as /proc lists them. */
function processTree(pid: number): number[] {
  const children = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [pid, ...children.flatMap(processTree)];
}

describe('a hung PostgreSQL', () => {
  let cluster: PostgresCluster | undefined;
  let t: TestApp | undefined;
  let stopped: number[] = [];
  const resume = () => {
    for (const pid of stopped.splice(0)) {
      try {
        process.kill(pid, 'SIGCONT');
      } catch {
        // Gone already.
      }
    }
  };
  afterAll(async () => {
    resume();
    await t?.close();
    cluster?.stop();
  }, 60_000);

  it('answers 503, /readyz fails within about a second, and all is well once it answers again', async () => {
    cluster = await startPostgresCluster();
    const url = await cluster.createDatabase();
    const app = await startTestApp({
      store: await openStore({ databaseUrl: url }),
      config: { requestTimeoutMs: durationMillis(5_000) },
    });
    t = app;
    // No model: intake stores alerts without one (their routing waits), which is all this needs.
    const post = (n: number) => postAlerts(app, webhook(n));
    expect((await post(1)).statusCode).toBe(200);

    // The postmaster and every backend stop, as a frozen VM or a stuck storage would.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const backend = (await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number;
    // Read while the backend lives: once the client ends, its process goes.
    const stat = readFileSync(`/proc/${backend}/stat`, 'utf8');
    await client.end();
    const postmaster = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    // A backend may end between listing and stopping (the one just closed): skip it.
    stopped = processTree(postmaster).filter((pid) => {
      try {
        process.kill(pid, 'SIGSTOP');
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
        throw error;
      }
    });

    const ready = await timed(() => app.call({ method: 'GET', url: '/readyz' }));
    expect(ready.value.statusCode).toBe(503);
    expect(errorOf(ready.value).code).toBe('database-unavailable');
    expect(ready.ms).toBeLessThan(2_500);
    const again = await timed(() => app.call({ method: 'GET', url: '/readyz' }));
    expect(again.value.statusCode).toBe(503);
    expect(again.ms).toBeLessThan(2_500);

    const hung = await timed(() => post(2));
    expect(hung.value.statusCode, hung.value.body).toBe(503);
    expect(['timeout', 'database-unavailable']).toContain(errorOf(hung.value).code);
    expect(hung.ms).toBeLessThan(15_000);

    resume();
    expect(
      await until(
        async () => (await app.call({ method: 'GET', url: '/readyz' })).statusCode === 200,
        20_000,
      ),
    ).toBe(true);
    const after = await post(3);
    expect(after.statusCode, after.body).toBe(200);
    // The call answered 503 while the database hung may have been stored when it woke (its
    // resend is then a duplicate, stored once); the others are there.
    const listed = await app.call({ method: 'GET', url: '/api/v1/alerts?limit=10', as: 'viewer' });
    const names = listed
      .json()
      .alerts.map((a: { labels: { alertname: string } }) => a.labels.alertname);
    expect(names).toEqual(expect.arrayContaining(['Fail1', 'Fail3']));
  }, 180_000);
});

/** A small tmpfs: mounting needs root (CI containers run the suite as root). */
function mountTmpfs(mib: number): { path: string; unmount: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'whorunsit-full-'));
  asRoot(['mount', '-t', 'tmpfs', '-o', `size=${mib}m,mode=0700`, 'tmpfs', path]);
  return {
    path,
    unmount: () => {
      asRoot(['umount', path]);
      rmSync(path, { recursive: true, force: true });
    },
  };
}

describe('a full disk under SQLite', () => {
  let t: TestApp | undefined;
  let disk: { path: string; unmount: () => void } | undefined;
  afterEach(async () => {
    await t?.close();
    disk?.unmount();
  }, 60_000);

  it('answers 503 disk-full, /readyz says so, and intake resumes once there is room', async () => {
    disk = mountTmpfs(16);
    const data = join(disk.path, 'data');
    const app = await startTestApp({ store: await openStore({ dataDir: data }) });
    t = app;
    const post = (n: number) => postAlerts(app, webhook(n));
    expect((await post(1)).statusCode).toBe(200);
    expect((await app.call({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);

    // Another program fills the disk to the last byte.
    const filler = join(disk.path, 'filler');
    const fd = openSync(filler, 'w');
    const block = Buffer.alloc(64 * 1024, 1);
    try {
      for (;;) writeSync(fd, block);
    } catch {
      try {
        for (;;) writeSync(fd, block, 0, 512);
      } catch {
        // Full.
      }
    } finally {
      closeSync(fd);
    }

    const refused: number[] = [];
    let full: ReturnType<typeof errorOf> | undefined;
    for (let n = 2; n < 200 && !full; n += 1) {
      const response = await post(n);
      expect(response.statusCode, response.body).not.toBe(500);
      if (response.statusCode === 503) {
        full = errorOf(response);
        refused.push(n);
      }
    }
    expect(full?.code).toBe('disk-full');
    const ready = await app.call({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(errorOf(ready).code).toBe('disk-full');

    rmSync(filler);
    const resent = await post(refused[0] ?? 0);
    expect(resent.statusCode, resent.body).toBe(200);
    expect(
      await until(
        async () => (await app.call({ method: 'GET', url: '/readyz' })).statusCode === 200,
        15_000,
      ),
    ).toBe(true);
  }, 120_000);
});
