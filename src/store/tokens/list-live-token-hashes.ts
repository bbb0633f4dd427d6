import type { StoreDb } from '../database.ts';

/** The secret hashes of every token not revoked. */
export async function listLiveTokenHashes({ db }: { db: StoreDb }): Promise<string[]> {
  const rows = await db
    .selectFrom('tokens')
    .select('secret_hash')
    .where('revoked_at', 'is', null)
    .execute();
  return rows.map((r) => r.secret_hash);
}
