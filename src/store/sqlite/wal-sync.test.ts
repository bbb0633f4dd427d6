import { mkdtempSync, readdirSync, readlinkSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite } from './open-sqlite.ts';
import { walSync } from './wal-sync.ts';

describe('walSync', () => {
  const dirs: string[] = [];
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'whorunsit-wal-sync-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('syncs the log a connection without synced commits wrote, again and again at once', async () => {
    const file = join(folder(), 'store.db');
    const db = openSqlite(file, { synchronous: 'NORMAL' });
    try {
      await sql`create table t (n integer)`.execute(db);
      await sql`insert into t values (1)`.execute(db);
      const { sync, close } = walSync(file);
      await sync();
      await Promise.all([sync(), sync(), sync()]);
      close();
      const { rows } = await sql<{ synchronous: number }>`pragma synchronous`.execute(db);
      // 1: NORMAL, commits left to the caller's sync.
      expect(rows[0]?.synchronous).toBe(1);
    } finally {
      await db.destroy();
    }
  });

  it('keeps one descriptor of the log between syncs, and none once closed, even mid-sync', async () => {
    const file = join(folder(), 'store.db');
    const db = openSqlite(file, { synchronous: 'NORMAL' });
    try {
      await sql`create table t (n integer)`.execute(db);
      // The connection's own.
      const own = descriptorsOf(`${file}-wal`).length;
      const wal = walSync(file);
      for (let i = 0; i < 5; i++) {
        await sql`insert into t values (${i})`.execute(db);
        await wal.sync();
        expect(descriptorsOf(`${file}-wal`)).toHaveLength(own + 1);
      }
      const under = Promise.all([wal.sync(), wal.sync()]);
      wal.close();
      await under;
      expect(descriptorsOf(`${file}-wal`)).toHaveLength(own);
      // Closed, it opens the log again.
      await wal.sync();
      expect(descriptorsOf(`${file}-wal`)).toHaveLength(own + 1);
      wal.close();
      expect(descriptorsOf(`${file}-wal`)).toHaveLength(own);
    } finally {
      await db.destroy();
    }
  });

  it('syncs the log the commits went to, not one SQLite removed since', async () => {
    const file = join(folder(), 'store.db');
    const wal = walSync(file);
    const first = openSqlite(file, { synchronous: 'NORMAL' });
    await sql`create table t (n integer)`.execute(first);
    await wal.sync();
    // The last connection to close checkpoints and removes the log; the next one makes another.
    await first.destroy();
    expect(descriptorsOf(`${file}-wal`)).toEqual([`${file}-wal (deleted)`]);
    const second = openSqlite(file, { synchronous: 'NORMAL' });
    try {
      await sql`insert into t values (1)`.execute(second);
      // The connection's own, and the removed log still held here.
      expect(descriptorsOf(`${file}-wal`).sort()).toEqual([`${file}-wal`, `${file}-wal (deleted)`]);
      await wal.sync();
      // The removed log let go, the new one held besides the connection's own.
      expect(descriptorsOf(`${file}-wal`)).toEqual([`${file}-wal`, `${file}-wal`]);
    } finally {
      wal.close();
      await second.destroy();
    }
  });

  it('fails once the log it holds is no longer the file by that name (renamed away)', async () => {
    const file = join(folder(), 'store.db');
    const db = openSqlite(file, { synchronous: 'NORMAL' });
    const wal = walSync(file);
    try {
      await sql`create table t (n integer)`.execute(db);
      await wal.sync();
      // SQLite keeps writing to the file it has open, which it will not find after a restart.
      renameSync(`${file}-wal`, `${file}-wal.moved`);
      await sql`insert into t values (1)`.execute(db);
      await expect(wal.sync()).rejects.toMatchObject({ code: 'ENOENT' });
    } finally {
      wal.close();
      await db.destroy();
    }
  });

  it('fails, rather than answering as if synced, when there is no log to sync', async () => {
    const file = join(folder(), 'missing.db');
    await expect(walSync(file).sync()).rejects.toMatchObject({ code: 'ENOENT' });
    expect(() => walSync(file).syncNow()).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });

  it('syncs on the calling thread the same log, held the same way, and fails the same way', async () => {
    const file = join(folder(), 'store.db');
    const db = openSqlite(file, { synchronous: 'NORMAL' });
    const wal = walSync(file);
    try {
      await sql`create table t (n integer)`.execute(db);
      const own = descriptorsOf(`${file}-wal`).length;
      for (let i = 0; i < 3; i++) {
        await sql`insert into t values (${i})`.execute(db);
        wal.syncNow();
        await wal.sync();
        expect(descriptorsOf(`${file}-wal`)).toHaveLength(own + 1);
      }
      renameSync(`${file}-wal`, `${file}-wal.moved`);
      await sql`insert into t values (9)`.execute(db);
      expect(() => wal.syncNow()).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    } finally {
      wal.close();
      await db.destroy();
    }
    expect(descriptorsOf(`${file}-wal`)).toHaveLength(0);
  });
});

/** This process's open descriptors of `path` (a removed file's name ends in ` (deleted)`). */
function descriptorsOf(path: string): string[] {
  const names: string[] = [];
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      if (target.startsWith(path)) names.push(target);
    } catch {
      // The descriptor readdir itself used, closed since.
    }
  }
  return names;
}
