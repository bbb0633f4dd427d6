import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, raiseLiveVersion, revokeToken, SQLITE_FILE, type Store } from '../index.ts';
import { migrateToLatest } from '../migrations/migrate-to-latest.ts';
import { openSqliteConnection } from './open-sqlite.ts';

const BOUND_MS = 1_000;

describe('the store versions kept in memory on SQLite (sqliteVersions)', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /** A server's connection with a clock the test moves, and another process's store beside it. */
  const open = async () => {
    const dir = mkdtempSync(join(tmpdir(), 'whorunsit-sqlite-versions-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const other: Store = await openStore({ dataDir: dir });
    cleanups.push(() => other.close());
    let clock = 0;
    const server = openSqliteConnection(join(dir, SQLITE_FILE), 'FULL', 'DEFAULT', {
      boundMs: BOUND_MS,
      now: () => clock,
    });
    cleanups.push(() => server.db.destroy());
    await migrateToLatest(server.db, 'sqlite');
    return {
      ...server,
      other,
      advance: (ms: number) => {
        clock += ms;
      },
    };
  };

  it("answers from memory until the bound after its read, then counts another process's commit", async () => {
    const { versions, other, advance } = await open();
    const before = await versions();
    await raiseLiveVersion({ db: other.db });
    advance(BOUND_MS - 1);
    expect(await versions()).toEqual(before);
    advance(1);
    expect(await versions()).toEqual({ ...before, live: before.live + 1 });
  });

  it('counts its own commits from the next read on, whatever the clock', async () => {
    const { db, versions } = await open();
    const before = await versions();
    await raiseLiveVersion({ db });
    expect((await versions()).live).toBe(before.live + 1);
    const tokensBefore = (await versions()).tokens;
    await db.transaction().execute(async (tx) => {
      await tx
        .updateTable('live_version')
        .set((eb) => ({ tokens: eb('tokens', '+', 1) }))
        .where('id', '=', 1)
        .execute();
    });
    expect((await versions()).tokens).toBe(tokensBefore + 1);
  });

  it('never keeps a read that began before its own write, nor counts a write rolled back', async () => {
    const { db, versions } = await open();
    const before = await versions();
    let inside: Promise<unknown> | undefined;
    await db.transaction().execute(async (tx) => {
      await raiseLiveVersion({ db: tx });
      // Waits for the transaction to end, then reads: the new version, never the old one.
      inside = versions();
    });
    expect(await inside).toMatchObject({ live: before.live + 1 });
    expect((await versions()).live).toBe(before.live + 1);
    await expect(
      db.transaction().execute(async (tx) => {
        await raiseLiveVersion({ db: tx });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect((await versions()).live).toBe(before.live + 1);
  });

  it('counts a raw statement as a write', async () => {
    const { db, versions } = await open();
    const before = await versions();
    await sql`update live_version set version = version + 5 where id = 1`.execute(db);
    expect((await versions()).live).toBe(before.live + 5);
  });

  it('fails once the connection is closed, instead of answering from memory', async () => {
    const { db, versions } = await open();
    await versions();
    await db.destroy();
    await expect(versions()).rejects.toThrow();
  });

  it('a token revoked by another process is refused once revokeToken returns', async () => {
    const { versions, other } = await open();
    const at = '2025-03-03T10:00:00.000Z';
    await other.db
      .insertInto('tokens')
      .values({
        id: 'fedcbafedcba',
        name: 'ci',
        role: 'viewer',
        secret_hash: 'h2',
        created_at: at,
        expires_at: null,
        last_used_at: null,
        revoked_at: null,
      })
      .execute();
    // A server on the real clock, beside the command line's revocation.
    const server = openSqliteConnection(other.location);
    cleanups.push(() => server.db.destroy());
    const before = await server.versions();
    expect(await versions()).toEqual(before);
    expect(await revokeToken({ db: other.db, id: 'fedcbafedcba', at })).toBe(true);
    expect((await server.versions()).tokens).toBe(before.tokens + 1);
  });
});
