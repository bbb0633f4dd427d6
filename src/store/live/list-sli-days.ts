import type { StoreDb } from '../database.ts';

/** The samples of one service on one UTC day, summed. */
export interface SliDayRecord {
  readonly service: string;
  /** `2025-03-01` */
  readonly day: string;
  /** 0 once every sample of the day was removed. */
  readonly samples: number;
  readonly total: number;
  readonly good: number;
  /** The live version that last counted the day. */
  readonly version: number;
}

/**
 * The day sums counted after live version `after` (all of them without it), from the day
 * `from` on. Reading with the highest version seen so far gets exactly what changed since.
 */
export async function listSliDays(options: {
  readonly db: StoreDb;
  readonly after?: number | undefined;
  readonly from?: string | undefined;
}): Promise<SliDayRecord[]> {
  let query = options.db
    .selectFrom('sli_days')
    .select(['service', 'day', 'samples', 'total', 'good', 'version']);
  if (options.after !== undefined) query = query.where('version', '>', options.after);
  if (options.from !== undefined) query = query.where('day', '>=', options.from);
  const rows = await query.execute();
  return rows.map((r) => ({
    service: r.service,
    day: r.day,
    samples: Number(r.samples),
    total: Number(r.total),
    good: Number(r.good),
    version: Number(r.version),
  }));
}
