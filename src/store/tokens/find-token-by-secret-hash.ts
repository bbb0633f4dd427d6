import type { StoreDb } from '../database.ts';
import { type TokenRecord, toTokenRecord } from './token.ts';

/** The live (not revoked) token whose secret hashes to `secretHash`. */
export async function findTokenBySecretHash({
  db,
  secretHash,
}: {
  db: StoreDb;
  secretHash: string;
}): Promise<TokenRecord | undefined> {
  const row = await db
    .selectFrom('tokens')
    .selectAll()
    .where('secret_hash', '=', secretHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row ? toTokenRecord(row) : undefined;
}
