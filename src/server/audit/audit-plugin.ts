import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AUDIT_ACTIONS, listAuditEvents } from '../../store/index.ts';
import type { ServerContext } from '../context.ts';
import { addRoute } from '../http/add-route.ts';

const tags = ['audit'];

const AuditEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string().describe('Who: `token:<id> (<name>)`, or the command that did it'),
  action: z.enum(AUDIT_ACTIONS),
  target: z.string().describe('What it is about, e.g. `service/checkout-api`'),
  details: z.record(z.string(), z.unknown()),
});

/** The audit log, for admins: revisions, token changes and gate overrides, newest first. */
export async function auditPlugin(app: FastifyInstance, context: ServerContext): Promise<void> {
  const db = context.store.db;

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/audit',
    summary:
      'The audit log, newest first: who stored a revision, created or revoked a token, or overrode a deployment gate, and when. Pages with `cursor` (the previous page’s `nextCursor`).',
    tags,
    access: 'admin',
    querystring: z.strictObject({
      action: z.enum(AUDIT_ACTIONS).optional().describe('Only entries of this action'),
      cursor: z.coerce
        .number()
        .int()
        .positive()
        .optional()
        .describe('`nextCursor` of the previous page'),
      limit: z.coerce.number().int().min(1).max(1_000).default(100),
    }),
    response: z.object({
      events: z.array(AuditEventSchema),
      nextCursor: z
        .number()
        .int()
        .nullable()
        .describe('Pass as `cursor` for the next page; null on the last'),
    }),
    handler: async ({ query }) =>
      listAuditEvents({ db, action: query.action, before: query.cursor, limit: query.limit }),
  });
}
