import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { getLatestRevisionId, getRevision, listRevisions } from '../../store/index.ts';
import { actorOf, principalName } from '../auth/authenticate.ts';
import type { ServerContext } from '../context.ts';
import { ApiError, notFound } from '../errors/api-error.ts';
import { addRoute } from '../http/add-route.ts';
import { idOfCursor, NextCursorSchema, PageCursorSchema, pageOf } from '../http/page-cursor.ts';
import { createRevision } from './create-revision.ts';
import { parseIfMatch, revisionEtag } from './parse-if-match.ts';
import { RevisionDiffSchema, revisionDiff } from './revision-diff.ts';
import {
  RevisionIdParams,
  RevisionInfoSchema,
  RevisionSchema,
  UploadSchema,
} from './revision-schemas.ts';

const YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml'];
const tags = ['revisions'];

/**
 * Model revisions: upload (validated first), history, one revision, restore. Every write is a
 * new immutable revision; `If-Match` makes an edit fail with 409 when someone got there first.
 */
export async function revisionsPlugin(app: FastifyInstance, context: ServerContext): Promise<void> {
  const { store, models, now } = context;
  const db = store.db;

  // A raw multi-document YAML body is one file; the message comes from a header.
  app.addContentTypeParser(YAML_TYPES, { parseAs: 'string' }, (request, body, done) => {
    const message = request.headers['x-whorunsit-message'];
    done(null, {
      message: typeof message === 'string' ? message : '',
      sources: [{ name: 'upload.yaml', text: body as string }],
    });
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/revisions',
    summary:
      'The history of the model, newest first, a page at a time: pass `nextCursor` as `cursor` for the next page',
    tags,
    access: 'read',
    querystring: z.strictObject({
      limit: z.coerce.number().int().min(1).max(500).default(50),
      cursor: PageCursorSchema,
    }),
    response: z.object({ revisions: z.array(RevisionInfoSchema), nextCursor: NextCursorSchema }),
    handler: async ({ query }) => {
      const rows = await listRevisions({
        db,
        limit: query.limit + 1,
        before: query.cursor === undefined ? undefined : idOfCursor('revisions', query.cursor),
      });
      const page = pageOf('revisions', rows, query.limit);
      return { revisions: page.items, nextCursor: page.nextCursor };
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/revisions/current',
    summary: 'The latest revision with its documents; its ETag is the revision number',
    tags,
    access: 'read',
    response: z.object({ revision: RevisionSchema }),
    handler: async (_input, _request, reply) => {
      // The latest stored, even when it does not validate: editors build on it (If-Match).
      const id = await getLatestRevisionId({ db });
      const revision = id === 0 ? undefined : await getRevision({ db, id });
      if (!revision) {
        throw new ApiError('no-revision', 'no model is stored yet: push one with whorunsit push');
      }
      reply.header('etag', revisionEtag(id));
      return { revision };
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/revisions/:id',
    summary: 'One revision with its documents',
    tags,
    access: 'read',
    params: RevisionIdParams,
    response: z.object({ revision: RevisionSchema }),
    handler: async ({ params }, _request, reply) => {
      const revision = await getRevision({ db, id: params.id });
      if (!revision) throw notFound(`revision ${params.id}`);
      reply.header('etag', revisionEtag(revision.id));
      return { revision };
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/revisions/:id/diff/:target',
    summary:
      'Two revisions compared: the entities added, changed and removed, and the change plan from the first ' +
      'organization to the second, as `whorunsit diff --json` prints it (§12.12)',
    tags,
    access: 'read',
    params: RevisionIdParams.extend({
      target: z.coerce.number().int().positive().describe('The revision to compare with'),
    }),
    response: RevisionDiffSchema,
    handler: async ({ params }) => revisionDiff(context, params.id, params.target),
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/revisions',
    summary:
      'Upload the model (JSON `{message, sources}` or a YAML body): validated, then stored as a new revision. ' +
      'Unchanged documents store nothing (200). Send `If-Match: "N"` to fail with 409 unless N is still the latest.',
    tags,
    access: 'edit',
    bodyLimit: context.config.modelBodyLimit,
    body: UploadSchema,
    response: z.object({ revision: RevisionInfoSchema, created: z.boolean() }),
    status: 201,
    handler: async ({ body }, request, reply) => {
      const ifMatch = parseIfMatch(request.headers['if-match']);
      const token = principalName(request.principal);
      const result = await createRevision({
        db,
        models,
        parser: context.parsers.uploads,
        sources: body.sources,
        author: body.author ? `${body.author} (via ${token})` : token,
        actor: actorOf(request.principal),
        message: body.message,
        now: now(),
        ifMatch,
        skipUnchanged: true,
      });
      // Alerts stored while no model could route them get their chance with this one.
      if (result.created) context.routes.kick();
      reply.status(result.created ? 201 : 200);
      reply.header('etag', revisionEtag(result.revision.id));
      reply.header('location', `/api/v1/revisions/${result.revision.id}`);
      return result;
    },
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/revisions/:id/restore',
    summary: 'Make an old revision current again, as a new revision (history is never rewritten)',
    tags,
    access: 'edit',
    params: RevisionIdParams,
    body: z.strictObject({ message: z.string().max(10_000).optional() }).nullish(),
    response: z.object({ revision: RevisionInfoSchema, created: z.boolean() }),
    status: 201,
    handler: async ({ params, body }, request, reply) => {
      const ifMatch = parseIfMatch(request.headers['if-match']);
      const old = await getRevision({ db, id: params.id });
      if (!old) throw notFound(`revision ${params.id}`);
      const result = await createRevision({
        db,
        models,
        parser: context.parsers.uploads,
        sources: old.sources,
        author: principalName(request.principal),
        actor: actorOf(request.principal),
        message: body?.message || `Restore revision ${old.id}`,
        now: now(),
        ifMatch,
        skipUnchanged: false,
        restoredFrom: old.id,
      });
      context.routes.kick();
      reply.header('etag', revisionEtag(result.revision.id));
      reply.header('location', `/api/v1/revisions/${result.revision.id}`);
      return result;
    },
  });
}
