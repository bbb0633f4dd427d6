import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  type EpochSeconds,
  IncidentRecordSchema,
  isoOfSeconds,
  RUN_MODELS,
  SliSampleRecordSchema,
  TimeParameterSchema,
} from '../../model/index.ts';
import {
  listIncidents,
  listRunModelEvents,
  listSliSamples,
  upsertIncidents,
} from '../../store/index.ts';
import type { ServerContext } from '../context.ts';
import { ApiError } from '../errors/api-error.ts';
import { addRoute } from '../http/add-route.ts';
import { idOfCursor, NextCursorSchema, PageCursorSchema, pageOf } from '../http/page-cursor.ts';
import { RevisionQuery } from '../revisions/revision-schemas.ts';
import { currentRunModels } from './current-run-models.ts';
import { ingestSliSamples } from './ingest-sli-samples.ts';
import { RunModelEventSchema, RunnerSchema } from './live-schemas.ts';
import { createRunnerAnswers } from './runner-answers.ts';
import { serviceRunner } from './service-runner.ts';

const tags = ['live'];

/** Batches of live data are bigger than other bodies: a day of minutely samples per service. */
const BATCH_BODY_LIMIT = 16 * 1024 * 1024;
const MAX_BATCH = 100_000;

/**
 * Live state: SLI samples and incidents in batches (persisted, then the handover engine runs),
 * the changes of who runs each service, and who runs a service right now.
 */
export async function livePlugin(app: FastifyInstance, context: ServerContext): Promise<void> {
  const db = context.store.db;
  const changes = z.array(RunModelEventSchema);
  const runnerAnswers = createRunnerAnswers();

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/sli-samples',
    summary:
      'Store a batch of SLI samples (all or nothing; a sample for the same service and time replaces the old one), ' +
      'then run the handover engine. Takes ingest and admin tokens.',
    tags,
    access: 'ingest',
    bodyLimit: BATCH_BODY_LIMIT,
    body: z.strictObject({ samples: z.array(SliSampleRecordSchema).min(1).max(MAX_BATCH) }),
    response: z.object({ stored: z.int(), runModelChanges: changes }),
    handler: async ({ body }) => {
      // Times are stored in one spelling, so a sample sent again in another form replaces it.
      const samples = body.samples.map((s) => ({ ...s, timestamp: isoOfSeconds(s.timestamp) }));
      const runModelChanges = await ingestSliSamples(
        {
          db,
          handovers: context.handovers,
          metrics: context.metrics,
          now: context.now,
          source: 'push',
        },
        samples,
      );
      return { stored: samples.length, runModelChanges };
    },
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/incidents',
    summary:
      'Store a batch of incidents (all or nothing; an incident sent again, e.g. resolved, replaces the old one), ' +
      'then run the handover engine. Takes ingest and admin tokens.',
    tags,
    access: 'ingest',
    bodyLimit: BATCH_BODY_LIMIT,
    body: z.strictObject({ incidents: z.array(IncidentRecordSchema).min(1).max(MAX_BATCH) }),
    response: z.object({ stored: z.int(), runModelChanges: changes }),
    handler: async ({ body }) => {
      const iso = (seconds: EpochSeconds | null) =>
        seconds === null ? null : isoOfSeconds(seconds);
      const incidents = body.incidents.map((i) => ({
        ...i,
        startedAt: isoOfSeconds(i.startedAt),
        detectedAt: iso(i.detectedAt),
        resolvedAt: iso(i.resolvedAt),
      }));
      const at = context.now().toISOString();
      await db.transaction().execute((tx) => upsertIncidents({ db: tx, incidents, at }));
      return { stored: incidents.length, runModelChanges: await context.handovers.evaluate() };
    },
  });

  const range = z.object({
    service: z.string().max(200).optional(),
    from: TimeParameterSchema.optional().describe('Inclusive: a date or a time with a zone'),
    to: TimeParameterSchema.optional().describe('Exclusive: a date or a time with a zone'),
  });
  const iso = (ms: number | undefined) =>
    ms === undefined ? undefined : new Date(ms).toISOString();

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/sli-samples',
    summary:
      'Stored SLI samples by service, in time order, a page at a time: pass `nextCursor` as `cursor` for the next page',
    tags,
    access: 'read',
    querystring: range.extend({
      cursor: z.string().max(400).optional().describe('`nextCursor` of the previous page'),
      limit: z.coerce
        .number()
        .int()
        .min(1)
        .max(MAX_SAMPLES_PER_PAGE)
        .default(MAX_SAMPLES_PER_PAGE)
        .describe(`At most this many samples (at most ${MAX_SAMPLES_PER_PAGE})`),
    }),
    response: z.object({
      samples: z.array(
        z.object({
          service: z.string(),
          timestamp: z.string(),
          good: z.number(),
          total: z.number(),
        }),
      ),
      nextCursor: z.string().nullable().describe('null on the last page'),
    }),
    handler: async ({ query }) => {
      const samples = await listSliSamples({
        db,
        service: query.service,
        from: iso(query.from),
        to: iso(query.to),
        after: sampleAfter(query.cursor),
        limit: query.limit + 1,
      });
      const page = samples.slice(0, query.limit);
      const last = page.at(-1);
      return {
        samples: page,
        nextCursor:
          samples.length > query.limit && last ? pairCursor(last.service, last.timestamp) : null,
      };
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/incidents',
    summary:
      'Stored incidents in the order they started, a page at a time: pass `nextCursor` as `cursor` for the next page',
    tags,
    access: 'read',
    querystring: range.omit({ to: true }).extend({
      cursor: z.string().max(400).optional().describe('`nextCursor` of the previous page'),
      limit: z.coerce
        .number()
        .int()
        .min(1)
        .max(MAX_INCIDENTS_PER_PAGE)
        .default(MAX_INCIDENTS_PER_PAGE)
        .describe(`At most this many incidents (at most ${MAX_INCIDENTS_PER_PAGE})`),
    }),
    response: z.object({
      incidents: z.array(
        z.object({
          id: z.string(),
          service: z.string(),
          startedAt: z.string(),
          detectedAt: z.string().nullable(),
          resolvedAt: z.string().nullable(),
          customerVisible: z.boolean(),
          budgetConsumed: z.number().nullable(),
        }),
      ),
      nextCursor: z.string().nullable().describe('null on the last page'),
    }),
    handler: async ({ query }) => {
      const after = query.cursor === undefined ? undefined : pairCursorOf(query.cursor);
      const incidents = await listIncidents({
        db,
        service: query.service,
        from: iso(query.from),
        after: after && { startedAt: after[0], id: after[1] },
        limit: query.limit + 1,
      });
      const page = incidents.slice(0, query.limit);
      const last = page.at(-1);
      return {
        incidents: page,
        nextCursor:
          incidents.length > query.limit && last ? pairCursor(last.startedAt, last.id) : null,
      };
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/run-model-events',
    summary:
      'Every change of who runs a service, with its reason, newest first, a page at a time: pass `nextCursor` as `cursor` for the next page',
    tags,
    access: 'read',
    querystring: z.strictObject({
      service: z.string().max(200).optional(),
      limit: z.coerce.number().int().min(1).max(1_000).default(100),
      cursor: PageCursorSchema,
    }),
    response: z.object({ events: changes, nextCursor: NextCursorSchema }),
    handler: async ({ query }) => {
      const rows = await listRunModelEvents({
        db,
        service: query.service,
        limit: query.limit + 1,
        before:
          query.cursor === undefined ? undefined : idOfCursor('run-model-events', query.cursor),
      });
      const page = pageOf('run-model-events', rows, query.limit);
      return { events: page.items, nextCursor: page.nextCursor };
    },
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/handover/evaluate',
    summary: 'Run the handover engine now (it also runs on ingest and on a clock tick)',
    tags,
    access: 'admin',
    response: z.object({ runModelChanges: changes }),
    handler: async () => ({ runModelChanges: await context.handovers.evaluate() }),
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/services',
    summary: 'The services of the current (or a given) revision, with who runs each now',
    tags: ['model'],
    access: 'read',
    querystring: RevisionQuery,
    response: z.object({
      revision: z.int(),
      services: z.array(
        z.object({
          name: z.string(),
          owner: z.string(),
          agreedRunModel: z.enum(RUN_MODELS),
          currentRunModel: z.enum(RUN_MODELS),
        }),
      ),
    }),
    handler: async ({ query }) => {
      const { revision, model } = await context.models.at(query.revision);
      const state = await currentRunModels(db, model);
      return {
        revision,
        services: [...model.services.values()].map((s) => ({
          name: s.name,
          owner: s.spec.owner,
          agreedRunModel: s.spec.runModel,
          currentRunModel: state.runModel(s.name),
        })),
      };
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/services/:name/runner',
    summary:
      'Who runs the service now: agreed and current run model, the teams, who is on call on which rotation, ' +
      'and the error budget remaining in the current window',
    tags,
    access: 'read',
    params: z.object({ name: z.string().min(1).max(200) }),
    response: RunnerSchema,
    // A poller sends the ETag it holds and gets 304 while the answer is the same.
    conditional: true,
    handler: async ({ params }, request) => {
      // Answered as of the current second: the requests of a second share one answer.
      const versions = request.storeVersions ?? (await context.live.versions());
      const second = Math.floor(context.now().getTime() / 1000);
      return runnerAnswers(versions, second, params.name, () =>
        serviceRunner(context, params.name, versions, new Date(second * 1000)),
      );
    },
  });
}

/** The largest page of `GET /sli-samples`: a month of one-minute samples of two services. */
const MAX_SAMPLES_PER_PAGE = 100_000;

/** The largest page of `GET /incidents`: years of incidents of a large organization. */
const MAX_INCIDENTS_PER_PAGE = 10_000;

function sampleAfter(cursor: string | undefined) {
  if (cursor === undefined) return undefined;
  const [service, timestamp] = pairCursorOf(cursor);
  return { service, timestamp };
}

/** A page cursor: the sort key of the last item of a page, opaque to clients. */
function pairCursor(first: string, second: string): string {
  return Buffer.from(JSON.stringify([first, second])).toString('base64url');
}

/** The sort key a page cursor stands for; a cursor not made here is a 400. */
function pairCursorOf(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string'
    ) {
      return [value[0], value[1]];
    }
  } catch {
    // Reported below.
  }
  throw new ApiError('bad-request', 'query cursor: expected the nextCursor of a previous page', {
    issues: [
      {
        in: 'query',
        path: 'cursor',
        code: 'invalid-value',
        message: 'expected the nextCursor of a previous page',
      },
    ],
  });
}
