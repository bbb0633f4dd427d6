import type { StoreDb } from '../database.ts';

/**
 * Records that a token was used at `at` (ISO 8601 UTC), unless it was recorded as used since
 * `since`: one write a minute per token at most, however many requests it authenticates.
 */
export async function touchToken({
  db,
  id,
  at,
  since,
}: {
  db: StoreDb;
  id: string;
  at: string;
  since: string;
}): Promise<void> {
  await db
    .updateTable('tokens')
    .set({ last_used_at: at })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', since)]))
    .execute();
}
