import {
  appendAuditEvent,
  insertToken,
  type Role,
  type StoreDb,
  type TokenRecord,
} from '../../store/index.ts';
import { generateToken, hashToken } from './token-secret.ts';

export interface CreateTokenOptions {
  readonly db: StoreDb;
  readonly name: string;
  readonly role: Role;
  readonly now: Date;
  /** When it stops working; never when undefined. */
  readonly expiresAt?: Date | undefined;
  /** Who creates it, as the audit log records it; no entry when undefined (test fixtures). */
  readonly actor?: string | undefined;
}

/** Creates a token. The plain token is returned this once; only its hash is stored. */
export async function createToken({
  db,
  name,
  role,
  now,
  expiresAt,
  actor,
}: CreateTokenOptions): Promise<{ token: string; record: TokenRecord }> {
  const { id, token } = generateToken();
  const record = await db.transaction().execute(async (tx) => {
    const stored = await insertToken({
      db: tx,
      token: {
        id,
        name,
        role,
        createdAt: now.toISOString(),
        expiresAt: expiresAt?.toISOString() ?? null,
      },
      secretHash: hashToken(token),
    });
    if (actor !== undefined) {
      await appendAuditEvent({
        db: tx,
        event: {
          at: now.toISOString(),
          actor,
          action: 'token.created',
          target: `token/${id}`,
          details: { name, role, ...(expiresAt ? { expiresAt: expiresAt.toISOString() } : {}) },
        },
      });
    }
    return stored;
  });
  return { token, record };
}
