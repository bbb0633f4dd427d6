import { sql } from 'kysely';
import type { StoreDb } from '../database.ts';

/**
 * The UTC day a stored sample counts (the key of `sli_days`): a sample at t counts the events of
 * (previous, t] (engine/budgets/sample-span.ts), so one at midnight counts the day before.
 */
export function sliDayOf(timestamp: string): string {
  return timestamp.slice(11) === MIDNIGHT
    ? previousSliDay(timestamp.slice(0, 10))
    : timestamp.slice(0, 10);
}

/** The time of day of a stored timestamp at midnight (stored as `toISOString` spells them). */
const MIDNIGHT = '00:00:00.000Z';

/** The day before a `YYYY-MM-DD` day, in the same spelling. */
function previousSliDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** The day after a `YYYY-MM-DD` day, in the same spelling. */
export function nextSliDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
}

const dateOfTimestamp = sql<string>`substr(${sql.ref('timestamp')}, 1, 10)`;
// The time of day as a literal, not a parameter: PostgreSQL must see the same expression in the
// select list and the GROUP BY.
const atMidnight = sql<number>`case when substr(${sql.ref('timestamp')}, 12) = ${sql.lit(MIDNIGHT)} then 1 else 0 end`;

/**
 * The samples of `service` (every one without `service`) that count the days `from` … `to`,
 * summed per service and day they count (`sliDayOf`): grouped in SQL by date and time of day
 * (a midnight sample apart), keyed in code, so both dialects read them alike.
 */
export async function sumSliDays(options: {
  readonly db: StoreDb;
  readonly service?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}): Promise<{ service: string; day: string; samples: number; total: number; good: number }[]> {
  const { db, service, from, to } = options;
  let query = db
    .selectFrom('sli_samples')
    .select((eb) => [
      'service',
      dateOfTimestamp.as('date'),
      atMidnight.as('midnight'),
      eb.fn.countAll<number>().as('samples'),
      eb.fn.sum<number>('total').as('total'),
      eb.fn.sum<number>('good').as('good'),
    ]);
  if (service !== undefined) query = query.where('service', '=', service);
  if (from !== undefined) query = query.where('timestamp', '>', `${from}T${MIDNIGHT}`);
  if (to !== undefined) query = query.where('timestamp', '<=', `${nextSliDay(to)}T${MIDNIGHT}`);
  const rows = await query.groupBy(['service', dateOfTimestamp, atMidnight]).execute();
  const sums = new Map<
    string,
    { service: string; day: string; samples: number; total: number; good: number }
  >();
  for (const row of rows) {
    const day = Number(row.midnight) === 1 ? previousSliDay(row.date) : row.date;
    const key = `${row.service} ${day}`;
    const sum = sums.get(key) ?? { service: row.service, day, samples: 0, total: 0, good: 0 };
    sum.samples += Number(row.samples);
    sum.total += Number(row.total);
    sum.good += Number(row.good);
    sums.set(key, sum);
  }
  return [...sums.values()];
}

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
  const sums = await sumSliDays({ db, service, from, to });
  if (sums.length === 0) return;
  await db
    .insertInto('sli_days')
    .values(sums.map((s) => ({ ...s, version: sql<number>`(${version})` })))
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
