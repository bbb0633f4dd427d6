import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  appendAuditEvent,
  GATE_DECISIONS,
  insertGateOverride,
  listGateOverrides,
  revokeGateOverride,
} from '../../store/index.ts';
import { actorOf, principalName } from '../auth/authenticate.ts';
import type { ServerContext } from '../context.ts';
import { ApiError, notFound } from '../errors/api-error.ts';
import { addRoute } from '../http/add-route.ts';
import { GateOverrideSchema, GateSchema } from './gate-schemas.ts';
import { serviceGate } from './service-gate.ts';

const tags = ['gate'];
const Name = z.object({ name: z.string().min(1).max(200) });
/** An override lasts a day unless it says otherwise, and never more than a month. */
const DEFAULT_OVERRIDE_MS = 86_400_000;
const MAX_OVERRIDE_MS = 31 * 86_400_000;

/**
 * Deployment gates (§12.5 release freeze): whether a service may be deployed now, for CI/CD,
 * and overrides by people, each with its reason and author, kept as a record.
 */
export async function gatePlugin(app: FastifyInstance, context: ServerContext): Promise<void> {
  const db = context.store.db;

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/services/:name/gate',
    summary:
      'Whether the service may be deployed now: allowed, or frozen while its error budget policy freezes releases (§12.5), with the budget figures and any override',
    tags,
    access: 'read',
    params: Name,
    response: GateSchema,
    handler: async ({ params }) => serviceGate(context, params.name),
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/services/:name/gate/overrides',
    summary:
      'Override the gate: allow a release despite the freeze, or freeze although the budget allows. Needs a reason; the author is recorded.',
    tags,
    access: 'edit',
    params: Name,
    body: z.strictObject({
      decision: z.enum(GATE_DECISIONS),
      reason: z.string().trim().min(3).max(1000).describe('Why, for the record'),
      author: z
        .string()
        .trim()
        .min(1)
        .max(200)
        .optional()
        .describe('Who decided, besides the token'),
      expiresAt: z.iso
        .datetime({ offset: true })
        .optional()
        .describe('When it ends (RFC 3339); default a day from now, at most 31 days'),
    }),
    response: z.object({ override: GateOverrideSchema, gate: GateSchema }),
    status: 201,
    handler: async ({ params, body }, request) => {
      const revision = await context.models.at();
      if (!revision.model.services.has(params.name)) throw notFound(`service ${params.name}`);
      const now = context.now();
      const expires = body.expiresAt
        ? new Date(body.expiresAt)
        : new Date(now.getTime() + DEFAULT_OVERRIDE_MS);
      if (expires <= now || expires.getTime() - now.getTime() > MAX_OVERRIDE_MS) {
        throw new ApiError(
          'bad-request',
          'body expiresAt: expected a time after now and at most 31 days ahead',
          {
            issues: [
              {
                in: 'body',
                path: 'expiresAt',
                code: 'custom',
                message: 'expected a time after now and at most 31 days ahead',
              },
            ],
          },
        );
      }
      const token = principalName(request.principal);
      // The override and its audit log entry commit together (§12.5: who overrode, and why).
      const override = await db.transaction().execute(async (tx) => {
        const stored = await insertGateOverride({
          db: tx,
          override: {
            service: params.name,
            decision: body.decision,
            reason: body.reason,
            author: body.author ? `${token} (${body.author})` : token,
            createdAt: now.toISOString(),
            expiresAt: expires.toISOString(),
          },
        });
        await appendAuditEvent({
          db: tx,
          event: {
            at: stored.createdAt,
            actor: actorOf(request.principal),
            action: 'gate.override.created',
            target: `service/${params.name}`,
            details: {
              override: stored.id,
              decision: stored.decision,
              reason: stored.reason,
              author: stored.author,
              expiresAt: stored.expiresAt,
            },
          },
        });
        return stored;
      });
      return { override, gate: await serviceGate(context, params.name) };
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/services/:name/gate/overrides',
    summary:
      'Every override of the service’s gate, newest first, revoked and expired ones included',
    tags,
    access: 'read',
    params: Name,
    response: z.object({ overrides: z.array(GateOverrideSchema) }),
    handler: async ({ params }) => ({
      overrides: await listGateOverrides({ db, service: params.name }),
    }),
  });

  addRoute(app, {
    method: 'DELETE',
    url: '/api/v1/services/:name/gate/overrides/:id',
    summary: 'End an override now; it stays in the record as revoked, with who revoked it',
    tags,
    access: 'edit',
    params: Name.extend({ id: z.coerce.number().int().positive() }),
    response: z.object({ override: GateOverrideSchema }),
    handler: async ({ params }, request) => {
      const at = context.now().toISOString();
      const override = await db.transaction().execute(async (tx) => {
        const revoked = await revokeGateOverride({
          db: tx,
          service: params.name,
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
              action: 'gate.override.revoked',
              target: `service/${params.name}`,
              details: { override: revoked.override.id, decision: revoked.override.decision },
            },
          });
        }
        return revoked?.override;
      });
      if (!override) throw notFound(`override ${params.id} of service ${params.name}`);
      return { override };
    },
  });
}
