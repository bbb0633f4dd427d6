import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

/**
 * The OpenAPI document (`/api/docs/json`) and the interactive docs (`/api/docs`), generated
 * from the routes' own Zod schemas. Registered before the routes so it sees all of them.
 */
export async function registerDocs(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'whorunsit',
        description:
          'SRE operating model as code: model revisions, who runs each service now, alert routing. ' +
          'Errors always have the shape {"error": {"code", "message", "details"}}.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'wri_…' } },
      },
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    // Swagger UI's own policy, which admits its inline script and style by hash; without
    // upgrade-insecure-requests, which would send a server on plain HTTP to HTTPS for its assets.
    staticCSP: true,
    transformStaticCSP: (header) => header.replace(/\s*upgrade-insecure-requests;?/, '').trim(),
  });
}
