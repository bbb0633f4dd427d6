import { constants } from 'node:fs';
import { access, statfs } from 'node:fs/promises';
import { dirname } from 'node:path';
import { sql } from 'kysely';
import { classifyStoreError, type StoreFailure } from './classify-store-error.ts';
import { checkWritable } from './sqlite/check-writable.ts';
import type { Store } from './store.ts';

/** Below this much free space in the data folder, SQLite counts as full: a commit may not fit. */
export const MIN_FREE_BYTES = 4 * 1024 * 1024;

export type StoreCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly failure: StoreFailure; readonly cause: string };

/**
 * Whether the store can take writes now, without writing: the database answers; PostgreSQL is
 * not read-only; SQLite's folder and file are writable and its disk has room. For readiness
 * probes, which run often; bound it with a timeout, since a hung database never answers.
 */
export async function checkStore(store: Store): Promise<StoreCheck> {
  try {
    await sql`select 1`.execute(store.db);
    if (store.dialect === 'postgres') {
      const { rows } = await sql<{
        transaction_read_only: string;
      }>`show transaction_read_only`.execute(store.db);
      if (rows[0]?.transaction_read_only === 'on') {
        return {
          ok: false,
          failure: 'read-only',
          cause: 'the database accepts no writes (transaction_read_only is on)',
        };
      }
      return { ok: true };
    }
    const file = store.location;
    try {
      // Opening a file for writing: access() alone misses a file system that turned read-only.
      await checkWritable(dirname(file));
      await access(file, constants.W_OK);
    } catch (error) {
      return { ok: false, failure: 'read-only', cause: `${file}: ${(error as Error).message}` };
    }
    const space = await statfs(dirname(file));
    const free = space.bavail * space.bsize;
    if (free < MIN_FREE_BYTES) {
      return { ok: false, failure: 'disk-full', cause: `${dirname(file)} has ${free} bytes free` };
    }
    return { ok: true };
  } catch (error) {
    return {
      ok: false,
      failure: classifyStoreError(error) ?? 'database-unavailable',
      cause: (error as Error).message,
    };
  }
}
