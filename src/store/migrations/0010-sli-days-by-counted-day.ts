import type { Kysely, Migration } from 'kysely';
import { sql } from 'kysely';
import type { StoreDb } from '../database.ts';
import { sumSliDays } from '../live/count-sli-days.ts';

/** Rows of `sli_days` written per statement (five values each, well below either dialect's limit). */
const ROWS = 500;

/**
 * Counts `sli_days` again by the day each sample counts: a sample at t counts the events of
 * (previous, t], so one at midnight belongs to the day before (0007 put it on its own date).
 * The day sums then agree with the error budgets computed over the samples themselves.
 */
export function sliDaysByCountedDay(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then, not the current types.
    async up(db: Kysely<any>) {
      const store = db as unknown as StoreDb;
      const sums = await sumSliDays({ db: store });
      await db.deleteFrom('sli_days').execute();
      const version = sql<number>`(select version from live_version where id = 1)`;
      for (let i = 0; i < sums.length; i += ROWS) {
        await db
          .insertInto('sli_days')
          .values(sums.slice(i, i + ROWS).map((s) => ({ ...s, version })))
          .execute();
      }
    },
  };
}
