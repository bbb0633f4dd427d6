import { sql } from 'kysely';
import type { StoreDb } from '../database.ts';

/** The UTC day of a stored sample timestamp (ISO 8601): the key of `sli_days`. */
export function sliDayOf(timestamp: string): string {
  return timestamp.slice(0, 10);
}

/** The day after a `YYYY-MM-DD` day, in the same spelling. */
export function nextSliDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
}

const dayOfTimestamp = sql<string>`substr(${sql.ref('timestamp')}, 1, 10)`;

/**
 * Counts the samples of `service` on the days `from` … `to` (both `YYYY-MM-DD`, inclusive) again
 * into `sli_days`, marked with the live version of the transaction. Call inside the transaction
 * that changed the samples, after `raiseLiveVersion`: the version's row lock, held until commit,
 * makes versions follow commit order, so a reader of the days counted after a version misses
 * none. With `removed`, days left without samples are kept with zero samples (a server reading
 * what changed must see them too).
 */
export async function countSliDays(options: {
  readonly db: StoreDb;
  readonly service: string;
  readonly from: string;
  readonly to: string;
  readonly removed?: boolean | undefined;
}): Promise<void> {
  const { db, service, from, to } = options;
  const version = db.selectFrom('live_version').select('version').where('id', '=', 1);
  if (options.removed) {
    await db
      .updateTable('sli_days')
      .set({ samples: 0, total: 0, good: 0, version: sql`(${version})` })
      .where('service', '=', service)
      .where('day', '>=', from)
      .where('day', '<=', to)
      .where('samples', '>', 0)
      .execute();
  }
  await db
    .insertInto('sli_days')
    .columns(['service', 'day', 'samples', 'total', 'good', 'version'])
    .expression(
      db
        .selectFrom('sli_samples')
        .select((eb) => [
          'service',
          dayOfTimestamp.as('day'),
          eb.fn.countAll<number>().as('samples'),
          eb.fn.sum<number>('total').as('total'),
          eb.fn.sum<number>('good').as('good'),
          version.as('version'),
        ])
        .where('service', '=', service)
        .where('timestamp', '>=', from)
        .where('timestamp', '<', nextSliDay(to))
        .groupBy(['service', dayOfTimestamp]),
    )
    .onConflict((oc) =>
      oc.columns(['service', 'day']).doUpdateSet((eb) => ({
        samples: eb.ref('excluded.samples'),
        total: eb.ref('excluded.total'),
        good: eb.ref('excluded.good'),
        version: eb.ref('excluded.version'),
      })),
    )
    .execute();
}

/**
 * After the samples before `before` (ISO 8601) were deleted, in the same transaction and after
 * `raiseLiveVersion`: the days before `before`'s day are left without samples, and that day
 * itself is counted again for every service that had samples on it.
 */
export async function forgetSliDaysBefore(options: {
  readonly db: StoreDb;
  readonly before: string;
}): Promise<void> {
  const { db } = options;
  const day = sliDayOf(options.before);
  const version = db.selectFrom('live_version').select('version').where('id', '=', 1);
  await db
    .updateTable('sli_days')
    .set({ samples: 0, total: 0, good: 0, version: sql`(${version})` })
    .where('day', '<', day)
    .where('samples', '>', 0)
    .execute();
  const services = await db
    .selectFrom('sli_days')
    .select('service')
    .where('day', '=', day)
    .where('samples', '>', 0)
    .execute();
  for (const { service } of services) {
    await countSliDays({ db, service, from: day, to: day, removed: true });
  }
}
