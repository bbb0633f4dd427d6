import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AUDIT_ACTIONS, listAuditEvents } from '../../store/index.ts';
import type { ServerContext } from '../context.ts';
import { addRoute } from '../http/add-route.ts';
import { idOfCursor, NextCursorSchema, PageCursorSchema, pageOf } from '../http/page-cursor.ts';

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
      cursor: PageCursorSchema,
      limit: z.coerce.number().int().min(1).max(1_000).default(100),
    }),
    response: z.object({ events: z.array(AuditEventSchema), nextCursor: NextCursorSchema }),
    handler: async ({ query }) => {
      const rows = await listAuditEvents({
        db,
        action: query.action,
        before: query.cursor === undefined ? undefined : auditIdOfCursor(query.cursor),
        limit: query.limit + 1,
      });
      const page = pageOf('audit', rows, query.limit);
      return { events: page.items, nextCursor: page.nextCursor };
    },
  });
}

/**
 * The audit log's `nextCursor` was the entry's id itself before it became opaque like every
 * other list's: a client that kept such a number still gets the page after it. An opaque cursor
 * never consists of digits only, so the two cannot be confused.
 */
function auditIdOfCursor(cursor: string): number {
  if (/^[1-9][0-9]{0,14}$/.test(cursor)) return Number(cursor);
  return idOfCursor('audit', cursor);
}
