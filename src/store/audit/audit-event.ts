import type { Selectable } from 'kysely';
import type { AuditEventsTable } from '../database.ts';

/** The actions the audit log records: one stable code per kind of change. */
export const AUDIT_ACTIONS = [
  'revision.created',
  'token.created',
  'token.revoked',
  'gate.override.created',
  'gate.override.revoked',
  'on-call.override.created',
  'on-call.override.revoked',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Who did what to what, and when. */
export interface AuditEvent {
  readonly at: string;
  /** The caller as the server knows it, e.g. `token:0123456789ab (ci)`. */
  readonly actor: string;
  readonly action: AuditAction;
  /** What it is about, e.g. `service/checkout-api` or `token/0123456789ab`. */
  readonly target: string;
  /** A small JSON object shown to admins as is: never put a secret in it. */
  readonly details: Readonly<Record<string, unknown>>;
}

export interface AuditEventRecord extends AuditEvent {
  readonly id: number;
}

export function toAuditEventRecord(row: Selectable<AuditEventsTable>): AuditEventRecord {
  return {
    id: Number(row.id),
    at: row.at,
    actor: row.actor,
    action: row.action as AuditAction,
    target: row.target,
    details: JSON.parse(row.details) as Record<string, unknown>,
  };
}
