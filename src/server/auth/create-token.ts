import { insertToken, type Role, type StoreDb, type TokenRecord } from '../../store/index.ts';
import { generateToken, hashToken } from './token-secret.ts';

export interface CreateTokenOptions {
  readonly db: StoreDb;
  readonly name: string;
  readonly role: Role;
  readonly now: Date;
}

/** Creates a token. The plain token is returned this once; only its hash is stored. */
export async function createToken({
  db,
  name,
  role,
  now,
}: CreateTokenOptions): Promise<{ token: string; record: TokenRecord }> {
  const { id, token } = generateToken();
  const record = await insertToken({
    db,
    token: { id, name, role, createdAt: now.toISOString() },
    secretHash: hashToken(token),
  });
  return { token, record };
}
