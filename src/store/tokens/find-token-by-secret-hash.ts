import type { StoreDb } from '../database.ts';
import { type TokenRecord, toTokenRecord } from './token.ts';

/**
 * The token whose secret hashes to `secretHash`, unless it is revoked; expired ones too, so
 * the caller can say so.
 */
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
