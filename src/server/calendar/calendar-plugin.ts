import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { defaultPolicy } from '../../engine/compensation/index.ts';
import { DAY_MS } from '../../engine/schedule/index.ts';
import { epochMillis } from '../../model/index.ts';
import { scheduleIcal } from '../../report/schedule/schedule-ical.ts';
import {
  findCalendarFeed,
  insertCalendarFeed,
  listCalendarFeeds,
  revokeCalendarFeed,
} from '../../store/index.ts';
import { principalName } from '../auth/authenticate.ts';
import { hashToken } from '../auth/token-secret.ts';
import type { ServerContext } from '../context.ts';
import { ApiError, errorBody, notFound } from '../errors/api-error.ts';
import { addRoute } from '../http/add-route.ts';
import { overriddenSchedule, storedOverrides } from '../on-call/schedule-overrides.ts';
import { generateFeedToken } from './feed-token.ts';

const tags = ['calendar'];

/** What a subscribed calendar shows: the past week, for what just happened, and eight ahead. */
const PAST_DAYS = 7;
const AHEAD_DAYS = 56;

const FeedSchema = z.object({
  id: z.string(),
  rotation: z.string(),
  name: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

/**
 * Calendar feeds: a rotation's on-call schedule as an iCalendar URL people subscribe to in their
 * calendar. The token in the URL is the only key, read-only (it opens that one calendar), shown
 * once, stored as its SHA-256, and revocable; a revoked or expired feed answers 404.
 */
export async function calendarPlugin(app: FastifyInstance, context: ServerContext): Promise<void> {
  const db = context.store.db;

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/calendar-feeds',
    summary:
      'Create a calendar feed of a rotation: the answer holds its URL with the token, shown this once',
    tags,
    access: 'edit',
    body: z.strictObject({
      rotation: z.string().min(1).max(200),
      name: z
        .string()
        .trim()
        .min(1)
        .max(200)
        .optional()
        .describe('Whom it is for, e.g. "ana’s phone"'),
      expiresAt: z.iso.datetime({ offset: true }).optional().describe('When the URL stops working'),
    }),
    response: z.object({ feed: FeedSchema, token: z.string(), url: z.string() }),
    status: 201,
    handler: async ({ body }, request) => {
      const revision = await context.models.at();
      if (!revision.model.rotations.has(body.rotation)) throw notFound(`rotation ${body.rotation}`);
      const now = context.now();
      if (body.expiresAt !== undefined && Date.parse(body.expiresAt) <= now.getTime()) {
        throw new ApiError('bad-request', 'body expiresAt: expected a time after now', {
          issues: [
            { in: 'body', path: 'expiresAt', code: 'custom', message: 'expected a time after now' },
          ],
        });
      }
      const { id, token } = generateFeedToken();
      const feed = await insertCalendarFeed({
        db,
        feed: {
          id,
          rotation: body.rotation,
          name: body.name ?? body.rotation,
          createdAt: now.toISOString(),
          createdBy: principalName(request.principal),
          expiresAt: body.expiresAt ? new Date(body.expiresAt).toISOString() : null,
        },
        secretHash: hashToken(token),
      });
      const path = `/calendar/${token}.ics`;
      return { feed, token, url: `${request.protocol}://${request.host}${path}` };
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/calendar-feeds',
    summary: 'Every calendar feed, newest first, without tokens',
    tags,
    access: 'edit',
    response: z.object({ feeds: z.array(FeedSchema) }),
    handler: async () => ({ feeds: await listCalendarFeeds({ db }) }),
  });

  addRoute(app, {
    method: 'DELETE',
    url: '/api/v1/calendar-feeds/:id',
    summary: 'Revoke a calendar feed: its URL stops working at once',
    tags,
    access: 'edit',
    params: z.object({
      id: z.string().regex(/^[0-9a-f]{12}$/, 'expected a feed id (12 hex digits)'),
    }),
    response: z.object({ revoked: z.literal(true) }),
    handler: async ({ params }) => {
      const found = await revokeCalendarFeed({
        db,
        id: params.id,
        at: context.now().toISOString(),
      });
      if (!found) throw notFound(`calendar feed ${params.id}`);
      return { revoked: true as const };
    },
  });

  app.route({
    method: 'GET',
    url: '/calendar/:file',
    // The token in the URL is the key: calendar apps cannot send an Authorization header.
    config: { access: 'public' },
    schema: {
      summary: `A rotation's on-call shifts as iCalendar (RFC 5545), ${PAST_DAYS} days back and ${AHEAD_DAYS} ahead; the URL of POST /api/v1/calendar-feeds`,
      tags,
      params: {
        type: 'object',
        properties: { file: { type: 'string', description: '<token>.ics' } },
      },
    },
    handler: async (request, reply) => {
      const file = (request.params as { file?: string }).file ?? '';
      const missing = () => reply.status(404).send(errorBody(notFound('calendar feed')));
      const token = /^(wrc_[0-9a-f]{12}_[A-Za-z0-9_-]{20,64})\.ics$/.exec(file)?.[1];
      if (!token) return missing();
      const now = context.now();
      const feed = await findCalendarFeed({
        db,
        secretHash: hashToken(token),
        at: now.toISOString(),
      });
      if (!feed) return missing();
      const revision = await context.models.at();
      const model = revision.model;
      if (!model.rotations.has(feed.rotation)) {
        return reply
          .status(404)
          .send(errorBody(notFound(`rotation ${feed.rotation} in revision ${revision.revision}`)));
      }
      const range = {
        start: epochMillis(now.getTime() - PAST_DAYS * DAY_MS),
        end: epochMillis(now.getTime() + AHEAD_DAYS * DAY_MS),
      };
      // The overrides in force apply: the calendar shows who will really be on call.
      const schedule = overriddenSchedule(
        { model, range, policy: defaultPolicy(model) },
        await storedOverrides(context),
      );
      const shifts = schedule.shifts.filter((s) => s.rotation === feed.rotation);
      reply.header('content-type', 'text/calendar; charset=utf-8');
      reply.header('cache-control', 'private, max-age=300');
      return scheduleIcal({ name: feed.rotation, shifts, generatedAt: now.getTime() });
    },
  });
}
