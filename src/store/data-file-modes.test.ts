import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { insertToken, openStore, SQLITE_FILE } from './index.ts';

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('the SQLite data folder', () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });
  const root = () => {
    const dir = mkdtempSync(join(tmpdir(), 'whorunsit-modes-'));
    roots.push(dir);
    return dir;
  };

  it('is readable by the server’s user only: folder 0700, database and its WAL 0600', async () => {
    const dataDir = join(root(), 'data');
    const store = await openStore({ dataDir });
    await insertToken({
      db: store.db,
      token: {
        id: '0123456789ab',
        name: 'ci',
        role: 'viewer',
        expiresAt: null,
        createdAt: '2025-03-03T10:00:00.000Z',
      },
      secretHash: 'x'.repeat(64),
    });
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(join(dataDir, SQLITE_FILE))).toBe(0o600);
    expect(modeOf(join(dataDir, `${SQLITE_FILE}-wal`))).toBe(0o600);
    await store.close();
  });

  it('makes an existing world-readable database private when it opens it', async () => {
    const dataDir = root();
    await (await openStore({ dataDir })).close();
    chmodSync(join(dataDir, SQLITE_FILE), 0o644);
    const store = await openStore({ dataDir });
    expect(modeOf(join(dataDir, SQLITE_FILE))).toBe(0o600);
    await store.close();
  });
});
