import type { StoreDb } from '../database.ts';

/** Revokes a token; false when no live token has that id. Revoking twice is a no-op. */
export async function revokeToken({
  db,
  id,
  at,
}: {
  db: StoreDb;
  id: string;
  at: string;
}): Promise<boolean> {
  const exists = await db.selectFrom('tokens').select('id').where('id', '=', id).executeTakeFirst();
  if (!exists) return false;
  await db
    .updateTable('tokens')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
  return true;
}
