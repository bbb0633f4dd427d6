import { type Kysely, type Migration, sql } from 'kysely';

/**
 * SLI samples summed per service and UTC day (`sli_days`), with the live version that last
 * counted each day. Budget periods are whole days, so the handover engine runs over these sums
 * (at most a row per service and day of the live horizon) instead of every sample, and a server
 * reads only the days counted since the version it has seen. Counts the samples already stored.
 */
export function sliDays(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then, not the current types.
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('sli_days')
        .addColumn('service', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('samples', 'integer', (c) => c.notNull())
        .addColumn('total', 'double precision', (c) => c.notNull())
        .addColumn('good', 'double precision', (c) => c.notNull())
        .addColumn('version', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('sli_days_key', ['service', 'day'])
        .execute();
      await db.schema.createIndex('sli_days_version').on('sli_days').column('version').execute();
      const day = sql`substr(${sql.ref('timestamp')}, 1, 10)`;
      await sql`
        insert into sli_days (service, day, samples, total, good, version)
        select service, ${day}, count(*), sum(total), sum(good),
          (select version from live_version where id = 1)
        from sli_samples where true group by service, ${day}
      `.execute(db);
    },
  };
}
