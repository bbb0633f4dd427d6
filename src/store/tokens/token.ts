import type { Selectable } from 'kysely';
import type { TokensTable } from '../database.ts';

/** Roles of API tokens. `ingest` may only post alerts and live data. */
export const ROLES = ['viewer', 'editor', 'admin', 'ingest'] as const;
export type Role = (typeof ROLES)[number];

/** A stored token: never the secret, only its hash. */
export interface TokenRecord {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly createdAt: string;
  readonly revokedAt: string | null;
  /** After this instant the token no longer works; null: never. */
  readonly expiresAt: string | null;
  /** When the token last authenticated a request (written at most once a minute). */
  readonly lastUsedAt: string | null;
}

export function toTokenRecord(row: Selectable<TokensTable>): TokenRecord {
  return {
    id: row.id,
    name: row.name,
    role: row.role as Role,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
  };
}
