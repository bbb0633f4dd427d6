import type { Role, StoreVersions } from '../../store/index.ts';

/**
 * Who may call a route. `read` is open to every role but `ingest` (and to anonymous callers
 * when anonymous read is enabled); `ingest` routes take ingest and admin tokens.
 */
export type Access = 'public' | 'read' | 'edit' | 'admin' | 'ingest';

/** The roles each access level admits: the one table of permissions. */
export const ROLES_FOR: Readonly<Record<Exclude<Access, 'public'>, readonly Role[]>> = {
  read: ['viewer', 'editor', 'admin'],
  edit: ['editor', 'admin'],
  admin: ['admin'],
  ingest: ['ingest', 'admin'],
};

/**
 * The OpenAPI security requirement of a route: OpenAPI 3.1 lets a bearer requirement list the
 * roles it admits, so clients (and the authorization matrix test) read who may call each route
 * from the document. Public routes have none.
 */
export function securityOf(access: Exclude<Access, 'public'>): { bearer: Role[] }[] {
  return [{ bearer: [...ROLES_FOR[access]] }];
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    /** Who is calling; set by the authentication hook. */
    principal?: Principal;
    /** The store's versions, read by the authentication hook before it checked the token. */
    storeVersions?: StoreVersions;
  }
}

/** The caller: a token's public id, name and role, or anonymous (read-only). */
export type Principal =
  | { readonly kind: 'token'; readonly id: string; readonly name: string; readonly role: Role }
  | { readonly kind: 'anonymous' };
