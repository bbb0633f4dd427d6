import type { IncomingHttpHeaders } from 'node:http';
import { hashToken } from './token-secret.ts';

/** Per request (its headers object): the hash of its bearer token, null when it has none. */
const hashes = new WeakMap<IncomingHttpHeaders, string | null>();

/**
 * The hash of the token an `Authorization: Bearer <token>` header carries, undefined when the
 * request carries no such header. Worked out once per request: the log controller, the limit
 * before authentication, the per-token rate and authentication itself all ask for it.
 */
export function bearerHashOf(headers: IncomingHttpHeaders): string | undefined {
  const kept = hashes.get(headers);
  if (kept !== undefined) return kept ?? undefined;
  const token = bearerToken(headers.authorization);
  const secretHash = token === undefined ? null : hashToken(token);
  hashes.set(headers, secretHash);
  return secretHash ?? undefined;
}

/** The token of an `Authorization: Bearer <token>` header; undefined for anything else. */
export function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}
