import type { StoreDb } from '../database.ts';
import { type CalendarFeedRecord, toCalendarFeedRecord } from './calendar-feed.ts';

/** Every calendar feed, newest first, without secrets. */
export async function listCalendarFeeds({ db }: { db: StoreDb }): Promise<CalendarFeedRecord[]> {
  const rows = await db
    .selectFrom('calendar_feeds')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toCalendarFeedRecord);
}
