import type { StoreDb } from '../database.ts';

/** Revokes a feed: its URL stops working at once. False when there is no such feed. */
export async function revokeCalendarFeed({
  db,
  id,
  at,
}: {
  db: StoreDb;
  id: string;
  at: string;
}): Promise<boolean> {
  const found = await db
    .selectFrom('calendar_feeds')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  if (!found) return false;
  await db
    .updateTable('calendar_feeds')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
  return true;
}
