import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type StoreDb, type StoreVersions, touchToken } from '../../store/index.ts';
import { ApiError } from '../errors/api-error.ts';
import { type Principal, ROLES_FOR } from '../http/access.ts';
import { bearerHashOf } from './bearer-hash.ts';
import type { KnownTokens } from './known-tokens.ts';
import { createVerifiedTokens, type VerifiedTokens } from './verified-tokens.ts';

export interface AuthenticateOptions {
  readonly db: StoreDb;
  /** The store's versions as of the call (`Store.versions`). */
  readonly versions: () => Promise<StoreVersions>;
  /** Lets callers without a token use `read` routes. Off unless the operator enables it. */
  readonly anonymousRead: boolean;
  /** Told of every token that authenticates, so the limit before authentication spares it. */
  readonly knownTokens?: KnownTokens | undefined;
  /** The current time: tokens expire, and their last use is recorded. */
  readonly now: () => Date;
  /** Told when the last use of a token cannot be recorded (the request goes on). */
  readonly onTouchFailed?: ((error: unknown) => void) | undefined;
}

/** A token's last use is written at most this often, so intake does not write per request. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Checks the bearer token of every request against the route's access level, before the body
 * is read: a caller without a token gets 401, a token whose role may not call the route 403.
 */
export function installAuthentication(app: FastifyInstance, options: AuthenticateOptions): void {
  app.decorateRequest('principal', undefined);
  app.decorateRequest('storeVersions', undefined);
  const verified = createVerifiedTokens(options.db);
  const touched = new Map<string, number>();
  const touch = (id: string, now: Date) => {
    const last = touched.get(id);
    if (last !== undefined && now.getTime() - last < TOUCH_EVERY_MS) return;
    touched.set(id, now.getTime());
    // Recording the last use never fails or delays the request (a full disk must not stop
    // alert intake); another server may have recorded it within the minute already.
    touchToken({
      db: options.db,
      id,
      at: now.toISOString(),
      since: new Date(now.getTime() - TOUCH_EVERY_MS).toISOString(),
    }).catch((error: unknown) => {
      touched.delete(id);
      options.onTouchFailed?.(error);
    });
  };
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    // Unknown routes (no access level) fall through to the 404 handler.
    if (access === undefined || access === 'public') return;
    const principal = await identify(request, options, verified, touch);
    if (principal.kind === 'anonymous') {
      if (access === 'read' && options.anonymousRead) {
        request.principal = principal;
        return;
      }
      throw new ApiError(
        'unauthorized',
        'this endpoint needs an API token: Authorization: Bearer <token>',
      );
    }
    if (!ROLES_FOR[access].includes(principal.role)) {
      throw new ApiError(
        'forbidden',
        `a ${principal.role} token may not do this; it needs one of: ${ROLES_FOR[access].join(', ')}`,
      );
    }
    request.principal = principal;
  });
}

async function identify(
  request: FastifyRequest,
  options: AuthenticateOptions,
  verified: VerifiedTokens,
  touch: (id: string, now: Date) => void,
): Promise<Principal> {
  const header = request.headers.authorization;
  if (header === undefined || header === '') return { kind: 'anonymous' };
  const secretHash = bearerHashOf(request.headers);
  if (secretHash === undefined) {
    throw new ApiError('unauthorized', 'expected an Authorization header like "Bearer wri_…"');
  }
  // The store's versions as of the request's arrival: they say whether the token verified
  // before is still live, and the handler reuses them for what it keeps in memory.
  const versions = await options.versions();
  request.storeVersions = versions;
  const token = await verified.lookup(secretHash, versions.tokens);
  if (!token) throw new ApiError('unauthorized', 'the API token is unknown or revoked');
  const now = options.now();
  if (token.expiresAt !== null && token.expiresAt <= now.toISOString()) {
    throw new ApiError(
      'unauthorized',
      `the API token expired at ${token.expiresAt}: an admin can create a new one`,
    );
  }
  touch(token.id, now);
  options.knownTokens?.remember(secretHash);
  return { kind: 'token', id: token.id, name: token.name, role: token.role };
}

/** The name recorded as the author of what a caller stores. */
export function principalName(principal: Principal | undefined): string {
  return principal?.kind === 'token' ? principal.name : 'anonymous';
}

/** The caller as the audit log records it: the token's public id and name, or anonymous. */
export function actorOf(principal: Principal | undefined): string {
  return principal?.kind === 'token' ? `token:${principal.id} (${principal.name})` : 'anonymous';
}
