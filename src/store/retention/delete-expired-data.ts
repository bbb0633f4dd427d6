import { type ExpressionBuilder, sql } from 'kysely';
import type { Database, StoreDb } from '../database.ts';
import { forgetSliDaysBefore } from '../live/count-sli-days.ts';
import { raiseLiveVersion } from '../live/raise-live-version.ts';

/** What is older than each instant (ISO 8601 UTC) goes; an absent kind is kept for good. */
export interface ExpiryCutoffs {
  /** SLI samples whose interval ended before it. */
  readonly sliSamples?: string | undefined;
  /** Incidents resolved before it; an open incident is never deleted. */
  readonly incidents?: string | undefined;
  /**
   * Alerts whose resolution was received before it (with their firing delivery), and firing
   * alerts received before it whose end time also passed before it. An alert that may still be
   * firing is kept: deleting it would make Alertmanager's next resend a new alert, routed and
   * announced again.
   */
  readonly alerts?: string | undefined;
}

/** How many rows of each kind were deleted. */
export interface DeletedData {
  readonly sliSamples: number;
  readonly incidents: number;
  readonly alerts: number;
}

/**
 * Deletes what the retention settings no longer keep, in one transaction of its own that also
 * raises the live version when anything went: a server that kept budgets or run states derived
 * from the deleted rows (this one or another on the same PostgreSQL database) derives them
 * afresh instead of serving data that is gone.
 */
export async function deleteExpiredData({
  db,
  before,
}: {
  db: StoreDb;
  before: ExpiryCutoffs;
}): Promise<DeletedData> {
  return db.transaction().execute(async (tx) => {
    const sliSamples =
      before.sliSamples === undefined
        ? 0
        : count(
            await tx
              .deleteFrom('sli_samples')
              .where('timestamp', '<', before.sliSamples)
              .executeTakeFirst(),
          );
    const incidents =
      before.incidents === undefined
        ? 0
        : count(
            await tx
              .deleteFrom('incidents')
              .where('resolved_at', 'is not', null)
              .where('resolved_at', '<', before.incidents)
              .executeTakeFirst(),
          );
    const alerts = before.alerts === undefined ? 0 : await deleteExpiredAlerts(tx, before.alerts);
    if (sliSamples + incidents + alerts > 0) await raiseLiveVersion({ db: tx });
    // The day sums of the samples that went (sli_days) go with them, after the raise.
    if (sliSamples > 0 && before.sliSamples !== undefined) {
      await forgetSliDaysBefore({ db: tx, before: before.sliSamples });
    }
    return { sliSamples, incidents, alerts };
  });
}

async function deleteExpiredAlerts(db: StoreDb, cutoff: string): Promise<number> {
  // Rows of one alert share (fingerprint, starts_at): the unique index answers both lookups.
  const resolution = (eb: ExpressionBuilder<Database, 'alerts'>) =>
    eb
      .selectFrom('alerts as r')
      .select(sql.lit(1).as('one'))
      .whereRef('r.fingerprint', '=', 'alerts.fingerprint')
      .whereRef('r.starts_at', '=', 'alerts.starts_at')
      .where('r.status', '=', 'resolved');
  const result = await db
    .deleteFrom('alerts')
    .where((eb) =>
      eb.or([
        eb.exists(resolution(eb).where('r.received_at', '<', cutoff)),
        eb.and([
          eb('alerts.received_at', '<', cutoff),
          eb('alerts.ends_at', 'is not', null),
          eb('alerts.ends_at', '<', cutoff),
          eb.not(eb.exists(resolution(eb))),
        ]),
      ]),
    )
    .executeTakeFirst();
  return count(result);
}

function count(result: { numDeletedRows: bigint } | undefined): number {
  return Number(result?.numDeletedRows ?? 0n);
}
