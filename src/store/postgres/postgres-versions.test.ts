import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import {
  type PostgresCluster,
  startPostgresCluster,
} from '../../../test/support/postgres-cluster.ts';
import { insertToken, openStore, raiseLiveVersion, revokeToken, type Store } from '../index.ts';
import { migrateToLatest } from '../migrations/migrate-to-latest.ts';
import { openPostgres } from './open-postgres.ts';

const TOKEN = {
  name: 'ci',
  role: 'viewer' as const,
  createdAt: '2025-03-03T10:00:00.000Z',
  expiresAt: null,
};

/** Polls `check` every 10 ms until it holds or `ms` passed. */
async function until(check: () => Promise<boolean> | boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return check();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the store versions kept by a listener on PostgreSQL', () => {
  let cluster: PostgresCluster;
  beforeAll(async () => {
    cluster = await startPostgresCluster();
  }, 120_000);
  afterAll(() => cluster?.stop(), 60_000);

  /** This server's store, watched with `watch`, and another process's store on the same database. */
  async function stores(watch: Parameters<typeof openPostgres>[1]) {
    const url = await cluster.createDatabase();
    const other: Store = await openStore({ databaseUrl: url });
    const { db, versions } = openPostgres(url, watch);
    onTestFinished(async () => {
      await versions.close();
      await db.destroy();
      await other.close();
    });
    await migrateToLatest(db, 'postgres');
    const token = async (id: string) =>
      insertToken({ db: other.db, token: { ...TOKEN, id }, secretHash: `hash-${id}` });
    return { db, versions, other, token };
  }

  it("answers from memory while listening and counts another process's revocation by its notification", async () => {
    // A heartbeat and bound far beyond the test: only the notification can tell.
    const { versions, other, token } = await stores({ heartbeatMs: 600_000, boundMs: 1_200_000 });
    await token('tok_a');
    await versions.read();
    expect(await until(() => versions.listening(), 10_000)).toBe(true);
    const before = await versions.read();
    // While another connection holds the versions' table locked, a read of the store would
    // wait: the answer comes from memory.
    let unlock = () => {};
    const locked = new Promise<void>((resolve) => {
      unlock = resolve;
    });
    let lockTaken = () => {};
    const taken = new Promise<void>((resolve) => {
      lockTaken = resolve;
    });
    const holding = other.db.transaction().execute(async (tx) => {
      await sql`lock table live_version in access exclusive mode`.execute(tx);
      lockTaken();
      await locked;
    });
    await taken;
    const answered = await Promise.race([
      versions.read().then(() => 'from memory'),
      sleep(2_000).then(() => 'waited for the store'),
    ]);
    unlock();
    await holding;
    expect(answered).toBe('from memory');
    await revokeToken({ db: other.db, id: 'tok_a', at: TOKEN.createdAt });
    expect(await until(async () => (await versions.read()).tokens > before.tokens, 10_000)).toBe(
      true,
    );
    await raiseLiveVersion({ db: other.db });
    expect(await until(async () => (await versions.read()).live > before.live, 10_000)).toBe(true);
  });

  it('counts its own commits from the next read on, never before', async () => {
    const { db, versions, token } = await stores({ heartbeatMs: 600_000, boundMs: 1_200_000 });
    await versions.read();
    expect(await until(() => versions.listening(), 10_000)).toBe(true);
    const before = await versions.read();
    expect(await versions.read()).toEqual(before);
    await raiseLiveVersion({ db });
    expect((await versions.read()).live).toBe(before.live + 1);
    await token('tok_b');
    await revokeToken({ db, id: 'tok_b', at: TOKEN.createdAt });
    expect((await versions.read()).tokens).toBe(before.tokens + 1);
    // Inside a transaction, before its commit, the raise is not counted; after it, at once.
    await db.transaction().execute(async (tx) => {
      await raiseLiveVersion({ db: tx });
      expect((await versions.read()).live).toBe(before.live + 1);
    });
    expect((await versions.read()).live).toBe(before.live + 2);
  });

  it('reads the store on every request while the listener is down, and listens again', async () => {
    const { versions, other, token } = await stores({
      heartbeatMs: 600_000,
      boundMs: 1_200_000,
      reconnectMs: 200,
    });
    await token('tok_c');
    await token('tok_d');
    await versions.read();
    expect(await until(() => versions.listening(), 10_000)).toBe(true);
    const before = await versions.read();
    await sql`select pg_terminate_backend(pid) from pg_stat_activity
      where application_name = 'whorunsit versions'`.execute(other.db);
    expect(await until(() => !versions.listening(), 10_000)).toBe(true);
    await revokeToken({ db: other.db, id: 'tok_c', at: TOKEN.createdAt });
    // No listener: the very next read asks the store.
    expect((await versions.read()).tokens).toBe(before.tokens + 1);
    expect(await until(() => versions.listening(), 10_000)).toBe(true);
    await revokeToken({ db: other.db, id: 'tok_d', at: TOKEN.createdAt });
    expect(
      await until(async () => (await versions.read()).tokens === before.tokens + 2, 10_000),
    ).toBe(true);
  });

  it('leaves no listening connection behind when closed, even while it connects', async () => {
    const { versions, other } = await stores({});
    const listeners = async () =>
      Number(
        (
          await sql<{ n: number }>`select count(*) as n from pg_stat_activity
            where application_name = 'whorunsit versions'`.execute(other.db)
        ).rows[0]?.n,
      );
    await versions.read();
    await versions.close();
    await sleep(500);
    expect(await listeners()).toBe(0);
  });

  it("counts another process's change within the bound when no notification comes", async () => {
    const boundMs = 400;
    const { versions, other, token } = await stores({ heartbeatMs: 50, boundMs });
    await token('tok_e');
    await versions.read();
    expect(await until(() => versions.listening(), 10_000)).toBe(true);
    // Notifications lost: the trigger that sends them is off.
    await sql`alter table live_version disable trigger versions_notify`.execute(other.db);
    const before = await versions.read();
    await revokeToken({ db: other.db, id: 'tok_e', at: TOKEN.createdAt });
    await sleep(boundMs);
    expect((await versions.read()).tokens).toBe(before.tokens + 1);
  });
});
