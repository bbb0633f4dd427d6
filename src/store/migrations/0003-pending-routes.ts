import type { Kysely, Migration } from 'kysely';

/**
 * Alerts whose routing could not be decided when they arrived (no usable model yet, nobody
 * known to be on call) are stored anyway and marked pending; the server retries them.
 */
export function pendingRoutes(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then, not the current types.
    async up(db: Kysely<any>) {
      await db.schema
        .alterTable('alerts')
        .addColumn('route_pending', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createIndex('alerts_route_pending')
        .on('alerts')
        .columns(['route_pending', 'id'])
        .execute();
    },
  };
}
