import { mkdtempSync, rmSync } from 'node:fs';
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
      const sync = walSync(file);
      await sync();
      await Promise.all([sync(), sync(), sync()]);
      const { rows } = await sql<{ synchronous: number }>`pragma synchronous`.execute(db);
      // 1: NORMAL, commits left to the caller's sync.
      expect(rows[0]?.synchronous).toBe(1);
    } finally {
      await db.destroy();
    }
  });

  it('fails, rather than answering as if synced, when there is no log to sync', async () => {
    const file = join(folder(), 'missing.db');
    await expect(walSync(file)()).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
