import type { Kysely, Migration } from 'kysely';

/**
 * One counter that every change of the live state (SLI samples, incidents, pull state, changes
 * of who runs a service) raises in its own transaction. A server keeps what it derived from the
 * live state in memory and reads only this number to know whether that is still current, also
 * when another server on the same PostgreSQL database made the change.
 */
export function liveVersion(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then, not the current types.
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('live_version')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('version', 'bigint', (c) => c.notNull())
        .execute();
      await db.insertInto('live_version').values({ id: 1, version: 0 }).execute();
    },
  };
}
