import { type Kysely, type Migration, sql } from 'kysely';
import type { Dialect } from '../dialect.ts';
import { VERSIONS_CHANNEL } from '../postgres/postgres-versions.ts';

/**
 * On PostgreSQL, a notification on `whorunsit_versions` whenever the store's versions move:
 * the live or tokens version raised, a revision stored. Servers listen to it and keep the
 * versions in memory between notifications instead of reading them on every request
 * (`watchPostgresVersions`); triggers tell of every writer alike: servers of any version,
 * `whorunsit token revoke`, a script. SQLite has one reader per file and needs none.
 */
export function versionsNotify(dialect: Dialect): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then, not the current types.
    async up(db: Kysely<any>) {
      if (dialect !== 'postgres') return;
      await sql`
        create function whorunsit_versions_notify() returns trigger language plpgsql as $$
        begin
          perform pg_notify(${sql.lit(VERSIONS_CHANNEL)}, '');
          return null;
        end
        $$`.execute(db);
      await sql`
        create trigger versions_notify after update on live_version
        for each statement execute function whorunsit_versions_notify()`.execute(db);
      await sql`
        create trigger versions_notify after insert or update or delete on revisions
        for each statement execute function whorunsit_versions_notify()`.execute(db);
    },
  };
}
