import type { StoreDb } from '../database.ts';

/** The secret hashes of every token neither revoked nor expired at `now` (ISO 8601 UTC). */
export async function listLiveTokenHashes({
  db,
  now,
}: {
  db: StoreDb;
  now: string;
}): Promise<string[]> {
  const rows = await db
    .selectFrom('tokens')
    .select('secret_hash')
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .execute();
  return rows.map((r) => r.secret_hash);
}
