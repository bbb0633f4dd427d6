import type { StoreDb } from '../database.ts';
import { type CalendarFeedRecord, toCalendarFeedRecord } from './calendar-feed.ts';

/** The feed whose secret hashes to `secretHash`, if it is neither revoked nor expired at `at`. */
export async function findCalendarFeed({
  db,
  secretHash,
  at,
}: {
  db: StoreDb;
  secretHash: string;
  at: string;
}): Promise<CalendarFeedRecord | undefined> {
  const row = await db
    .selectFrom('calendar_feeds')
    .selectAll()
    .where('secret_hash', '=', secretHash)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', at)]))
    .executeTakeFirst();
  return row ? toCalendarFeedRecord(row) : undefined;
}
