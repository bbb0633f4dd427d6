import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  appendAuditEvent,
  insertOnCallOverride,
  listOnCallOverrides,
  revokeOnCallOverride,
} from '../../store/index.ts';
import { actorOf, principalName } from '../auth/authenticate.ts';
import type { ServerContext } from '../context.ts';
import { ApiError, notFound } from '../errors/api-error.ts';
import { addRoute } from '../http/add-route.ts';
import { OnCallOverrideSchema } from './on-call-override-schemas.ts';

const tags = ['on-call'];
/** An override covers a swap or an absence: at most 31 days, as a month's rota. */
const MAX_OVERRIDE_MS = 31 * 86_400_000;
const Time = z.iso.datetime({ offset: true });

/**
 * On-call overrides: an editor hands a rotation's on-call to someone for a while (a swap, cover
 * for an absence). Who is on call — for alert routing, the console and the runner endpoint —
 * is the model's schedule with the overrides in force applied on top, in the order they were made.
 */
export async function onCallOverridesPlugin(
  app: FastifyInstance,
  context: ServerContext,
): Promise<void> {
  const db = context.store.db;

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/on-call-overrides',
    summary:
      'On-call overrides in the order they apply, those in force (or all with `revoked=true`), ' +
      'only those reaching into `[from, to)` when given',
    tags,
    access: 'read',
    querystring: z.object({
      from: Time.optional(),
      to: Time.optional(),
      revoked: z
        .enum(['true', 'false'])
        .default('false')
        .transform((v) => v === 'true')
        .describe('Include revoked ones'),
    }),
    response: z.object({ overrides: z.array(OnCallOverrideSchema) }),
    handler: async ({ query }) => ({
      overrides: await listOnCallOverrides({
        db,
        from: query.from === undefined ? undefined : new Date(query.from).toISOString(),
        to: query.to === undefined ? undefined : new Date(query.to).toISOString(),
        revoked: query.revoked,
      }),
    }),
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/on-call-overrides',
    summary:
      'Hand a rotation’s on-call to a person from `from` to `to` (at most 31 days, ending after now), on top ' +
      'of the schedule: alert routing, who is on call now and the timelines follow it. The author is recorded.',
    tags,
    access: 'edit',
    body: z.strictObject({
      rotation: z.string().trim().min(1).max(200),
      person: z.string().trim().min(1).max(200).describe('A person of the model'),
      from: Time.describe('When they take over (RFC 3339)'),
      to: Time.describe('When the schedule takes over again (RFC 3339)'),
      reason: z.string().trim().max(1000).default('').describe('Why, for the record'),
    }),
    response: z.object({ override: OnCallOverrideSchema }),
    status: 201,
    handler: async ({ body }, request) => {
      const { model } = await context.models.at();
      const now = context.now();
      const start = new Date(body.from);
      const end = new Date(body.to);
      const refuse = (path: string, code: string, message: string) =>
        new ApiError('bad-request', `body ${path}: ${message}`, {
          issues: [{ in: 'body', path, code, message }],
        });
      if (!model.rotations.has(body.rotation)) {
        throw refuse('rotation', 'unknown-reference', `no rotation ${body.rotation} in the model`);
      }
      if (!model.people.has(body.person)) {
        throw refuse('person', 'unknown-reference', `no person ${body.person} in the model`);
      }
      if (end <= start || end.getTime() - start.getTime() > MAX_OVERRIDE_MS) {
        throw refuse('to', 'custom', 'expected a time after from, at most 31 days after it');
      }
      if (end <= now) {
        throw refuse(
          'to',
          'custom',
          'expected a time after now: an override that has ended changes nothing',
        );
      }
      const token = principalName(request.principal);
      // The override and its audit log entry commit together, with the live version raised.
      const override = await db.transaction().execute(async (tx) => {
        const stored = await insertOnCallOverride({
          db: tx,
          override: {
            rotation: body.rotation,
            person: body.person,
            startsAt: start.toISOString(),
            endsAt: end.toISOString(),
            reason: body.reason,
            author: token,
            createdAt: now.toISOString(),
          },
        });
        await appendAuditEvent({
          db: tx,
          event: {
            at: stored.createdAt,
            actor: actorOf(request.principal),
            action: 'on-call.override.created',
            target: `rotation/${stored.rotation}`,
            details: {
              override: stored.id,
              person: stored.person,
              startsAt: stored.startsAt,
              endsAt: stored.endsAt,
              reason: stored.reason,
            },
          },
        });
        return stored;
      });
      return { override };
    },
  });

  addRoute(app, {
    method: 'DELETE',
    url: '/api/v1/on-call-overrides/:id',
    summary: 'End an on-call override now; it stays in the record as revoked, with who revoked it',
    tags,
    access: 'edit',
    params: z.object({ id: z.coerce.number().int().positive() }),
    response: z.object({ override: OnCallOverrideSchema }),
    handler: async ({ params }, request) => {
      const at = context.now().toISOString();
      const override = await db.transaction().execute(async (tx) => {
        const revoked = await revokeOnCallOverride({
          db: tx,
          id: params.id,
          at,
          by: principalName(request.principal),
        });
        if (revoked?.revokedNow) {
          await appendAuditEvent({
            db: tx,
            event: {
              at,
              actor: actorOf(request.principal),
              action: 'on-call.override.revoked',
              target: `rotation/${revoked.override.rotation}`,
              details: { override: revoked.override.id, person: revoked.override.person },
            },
          });
        }
        return revoked?.override;
      });
      if (!override) throw notFound(`on-call override ${params.id}`);
      return { override };
    },
  });
}
