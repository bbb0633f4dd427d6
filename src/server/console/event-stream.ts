import type { FastifyInstance } from 'fastify';
import { ERROR_BODY } from '../errors/error-schema.ts';
import { securityOf } from '../http/access.ts';
import type { ChangeFeed } from './change-feed.ts';

/** A comment line this often keeps proxies and the server's idle timeout from closing a stream. */
const HEARTBEAT_MS = 15_000;

/**
 * `GET /api/v1/console/events`: a server-sent event stream with one `change` event (JSON
 * `{sequence, kind, at}`) each time SLI samples, incidents, alerts, a revision or a handover
 * are stored, so the console refreshes when there is something new rather than on a timer.
 * Streams end when the server shuts down.
 */
export function registerEventStream(app: FastifyInstance, changes: ChangeFeed): void {
  const open = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of open) end();
  });
  app.route({
    method: 'GET',
    url: '/api/v1/console/events',
    config: { access: 'read' },
    schema: {
      summary:
        'Server-sent events (text/event-stream): a "change" event {sequence, kind, at} whenever SLI samples, ' +
        'incidents, alerts, a revision or a handover are stored; kind is sli, incidents, alerts, revisions or handovers',
      tags: ['console'],
      security: securityOf('read'),
      response: {
        200: { description: 'An event stream', content: { 'text/event-stream': { schema: {} } } },
        '4XX': ERROR_BODY,
      },
    },
    handler: (request, reply) => {
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        // Tells proxies that buffer (nginx) to pass events on as they come.
        'x-accel-buffering': 'no',
      });
      raw.write(': whorunsit change stream\n\n');
      const unsubscribe = changes.subscribe((change) => {
        raw.write(`event: change\nid: ${change.sequence}\ndata: ${JSON.stringify(change)}\n\n`);
      });
      const heartbeat = setInterval(() => raw.write(': ping\n\n'), HEARTBEAT_MS);
      heartbeat.unref();
      const end = () => {
        clearInterval(heartbeat);
        unsubscribe();
        open.delete(end);
        if (!raw.writableEnded) raw.end();
      };
      open.add(end);
      request.raw.on('close', end);
    },
  });
}
