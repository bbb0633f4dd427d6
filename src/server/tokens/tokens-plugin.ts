import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { listTokens, ROLES, revokeToken } from '../../store/index.ts';
import { actorOf } from '../auth/authenticate.ts';
import { createToken } from '../auth/create-token.ts';
import type { ServerContext } from '../context.ts';
import { notFound } from '../errors/api-error.ts';
import { addRoute } from '../http/add-route.ts';

const tags = ['tokens'];

const TokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});

/** API tokens, for admins: create (the token is shown once), list, revoke. */
export async function tokensPlugin(app: FastifyInstance, context: ServerContext): Promise<void> {
  const db = context.store.db;

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/tokens',
    summary: 'Create a token; the answer is the only time the token is shown',
    tags,
    access: 'admin',
    body: z.strictObject({
      name: z.string().min(1).max(200).describe('Who or what uses it, e.g. "ci" or "alertmanager"'),
      role: z.enum(ROLES),
    }),
    response: z.object({ token: z.string(), record: TokenSchema }),
    status: 201,
    handler: async ({ body }, request) =>
      createToken({
        db,
        name: body.name,
        role: body.role,
        now: context.now(),
        actor: actorOf(request.principal),
      }),
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/tokens',
    summary: 'Every token, without secrets',
    tags,
    access: 'admin',
    response: z.object({ tokens: z.array(TokenSchema) }),
    handler: async () => ({ tokens: await listTokens({ db }) }),
  });

  addRoute(app, {
    method: 'DELETE',
    url: '/api/v1/tokens/:id',
    summary: 'Revoke a token: it stops working at once',
    tags,
    access: 'admin',
    params: z.object({
      id: z.string().regex(/^[0-9a-f]{12}$/, 'expected a token id (12 hex digits)'),
    }),
    response: z.object({ revoked: z.literal(true) }),
    handler: async ({ params }, request) => {
      const at = context.now().toISOString();
      const found = await revokeToken({
        db,
        id: params.id,
        at,
        audit: {
          at,
          actor: actorOf(request.principal),
          action: 'token.revoked',
          target: `token/${params.id}`,
          details: {},
        },
      });
      if (!found) throw notFound(`token ${params.id}`);
      return { revoked: true as const };
    },
  });
}
