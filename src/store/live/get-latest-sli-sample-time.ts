import type { StoreDb } from '../database.ts';

/** The time of a service's newest stored SLI sample, pushed or pulled; null without any. */
export async function getLatestSliSampleTime({
  db,
  service,
}: {
  db: StoreDb;
  service: string;
}): Promise<string | null> {
  const row = await db
    .selectFrom('sli_samples')
    .select('timestamp')
    .where('service', '=', service)
    .orderBy('timestamp', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.timestamp ?? null;
}
