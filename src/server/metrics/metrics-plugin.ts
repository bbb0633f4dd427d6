import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context.ts';

/**
 * `GET /metrics`: the server's own metrics in Prometheus' text format. Open like `/healthz`
 * (counts only, nothing about the model or people), so Prometheus scrapes it without a token;
 * bind the server to a private address or filter it at the proxy if that is not wanted.
 */
export async function metricsPlugin(app: FastifyInstance, context: ServerContext): Promise<void> {
  const metrics = context.metrics;
  app.route({
    method: 'GET',
    url: '/metrics',
    config: { access: 'public' },
    schema: { summary: "The server's metrics in Prometheus text format", tags: ['health'] },
    handler: async (_request, reply) => {
      reply.header('content-type', metrics.registry.contentType);
      return metrics.registry.metrics();
    },
  });
}
