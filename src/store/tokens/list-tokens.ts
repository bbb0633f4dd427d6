import type { StoreDb } from '../database.ts';
import { type TokenRecord, toTokenRecord } from './token.ts';

/** Every token, revoked ones included, oldest first. */
export async function listTokens({ db }: { db: StoreDb }): Promise<TokenRecord[]> {
  const rows = await db
    .selectFrom('tokens')
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toTokenRecord);
}
