import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { TimeParameterSchema } from '../../model/index.ts';
import { listTokens, ROLES, revokeToken } from '../../store/index.ts';
import { actorOf } from '../auth/authenticate.ts';
import { createToken } from '../auth/create-token.ts';
import type { ServerContext } from '../context.ts';
import { ApiError, notFound } from '../errors/api-error.ts';
import { addRoute } from '../http/add-route.ts';

const tags = ['tokens'];

const TokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  expiresAt: z.string().nullable().describe('After this the token no longer works; null: never'),
  lastUsedAt: z
    .string()
    .nullable()
    .describe('When it last authenticated a request (to the minute); null: never used'),
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
      expiresAt: TimeParameterSchema.optional().describe(
        'When it stops working: a date (midnight UTC) or a time with a zone; never when absent',
      ),
    }),
    response: z.object({ token: z.string(), record: TokenSchema }),
    status: 201,
    handler: async ({ body }, request) => {
      const now = context.now();
      if (body.expiresAt !== undefined && body.expiresAt <= now.getTime()) {
        throw new ApiError('bad-request', 'body expiresAt: expected a time in the future', {
          issues: [
            {
              in: 'body',
              path: 'expiresAt',
              code: 'invalid-value',
              message: 'expected a time in the future',
            },
          ],
        });
      }
      return createToken({
        db,
        name: body.name,
        role: body.role,
        now,
        expiresAt: body.expiresAt === undefined ? undefined : new Date(body.expiresAt),
        actor: actorOf(request.principal),
      });
    },
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
