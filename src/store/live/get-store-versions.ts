import type { CompiledQuery } from 'kysely';
import type { StoreDb } from '../database.ts';

/** What a server checks before answering from what it keeps in memory. */
export interface StoreVersions {
  /** The number of the newest revision; 0 when none is stored yet. */
  readonly revision: number;
  /** Raised by every change of the live state (`raiseLiveVersion`). */
  readonly live: number;
  /** Raised by every revocation of a token (`revokeToken`). */
  readonly tokens: number;
}

interface VersionsRow {
  readonly version: number | string;
  readonly tokens: number | string;
  readonly revision: number | string | null;
}

/** The query, built once per database: it runs on every request that reads the live state. */
const compiled = new WeakMap<StoreDb, CompiledQuery<VersionsRow>>();

/**
 * The newest revision, the live state's version and the tokens' version, in one cheap query:
 * everything a server derived from the store under the same numbers is still current.
 */
export async function getStoreVersions({ db }: { db: StoreDb }): Promise<StoreVersions> {
  let query = compiled.get(db);
  if (!query) {
    query = db
      .selectFrom('live_version')
      .select((eb) => [
        'version',
        'tokens',
        eb
          .selectFrom('revisions')
          .select((x) => x.fn.max('id').as('latest'))
          .as('revision'),
      ])
      .where('id', '=', 1)
      .compile() as CompiledQuery<VersionsRow>;
    compiled.set(db, query);
  }
  const row = (await db.executeQuery(query)).rows[0];
  return {
    revision: row?.revision === null || row?.revision === undefined ? 0 : Number(row.revision),
    live: row === undefined ? 0 : Number(row.version),
    tokens: row === undefined ? 0 : Number(row.tokens),
  };
}
