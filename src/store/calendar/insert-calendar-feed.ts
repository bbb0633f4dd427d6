import type { StoreDb } from '../database.ts';
import { type CalendarFeedRecord, toCalendarFeedRecord } from './calendar-feed.ts';

export async function insertCalendarFeed({
  db,
  feed,
  secretHash,
}: {
  db: StoreDb;
  feed: Omit<CalendarFeedRecord, 'revokedAt'>;
  secretHash: string;
}): Promise<CalendarFeedRecord> {
  const row = await db
    .insertInto('calendar_feeds')
    .values({
      id: feed.id,
      rotation: feed.rotation,
      name: feed.name,
      secret_hash: secretHash,
      created_at: feed.createdAt,
      created_by: feed.createdBy,
      expires_at: feed.expiresAt,
      revoked_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toCalendarFeedRecord(row);
}
