import type { StoreDb } from '../database.ts';
import type { TokenRecord } from './token.ts';

/** Stores a new token by the hash of its secret. */
export async function insertToken({
  db,
  token,
  secretHash,
}: {
  db: StoreDb;
  token: Omit<TokenRecord, 'revokedAt' | 'lastUsedAt'>;
  secretHash: string;
}): Promise<TokenRecord> {
  await db
    .insertInto('tokens')
    .values({
      id: token.id,
      name: token.name,
      role: token.role,
      secret_hash: secretHash,
      created_at: token.createdAt,
      revoked_at: null,
      expires_at: token.expiresAt,
      last_used_at: null,
    })
    .execute();
  return { ...token, revokedAt: null, lastUsedAt: null };
}
