import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { formatPath } from '../../model/problem.ts';
import { ApiError } from '../errors/api-error.ts';
import { ERROR_BODY } from '../errors/error-schema.ts';
import type { Access } from './access.ts';
import { jsonSchema } from './json-schema.ts';

type Part = 'params' | 'querystring' | 'body' | 'headers';

export interface RouteSpec<
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType,
  R extends z.ZodType,
> {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly url: string;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly access: Access;
  readonly params?: P;
  readonly querystring?: Q;
  readonly body?: B;
  /** The success answer, documented in OpenAPI. */
  readonly response: R;
  readonly status?: number;
  /** Overrides the server's body limit for this route, in bytes. */
  readonly bodyLimit?: number;
  readonly handler: (
    input: { params: z.output<P>; query: z.output<Q>; body: z.output<B> },
    request: FastifyRequest,
    reply: FastifyReply,
  ) => Promise<DeepReadonly<z.input<R>>>;
}

/** Handlers may return readonly data: the store and the engine hand out readonly values. */
export type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * Registers a route whose params, query and body are validated by Zod schemas, and whose
 * OpenAPI description is generated from the same schemas. A request that fails validation gets
 * 400 `bad-request` with every issue, each with where (`in`, `path`) and what.
 */
export function addRoute<
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType,
  R extends z.ZodType,
>(app: FastifyInstance, spec: RouteSpec<P, Q, B, R>): void {
  const zodFor: Partial<Record<Part, z.ZodType>> = {
    ...(spec.params ? { params: spec.params } : {}),
    ...(spec.querystring ? { querystring: spec.querystring } : {}),
    ...(spec.body ? { body: spec.body } : {}),
  };
  const status = spec.status ?? 200;
  app.route({
    method: spec.method,
    url: spec.url,
    ...(spec.bodyLimit !== undefined ? { bodyLimit: spec.bodyLimit } : {}),
    config: { access: spec.access },
    schema: {
      summary: spec.summary,
      tags: [...spec.tags],
      ...(spec.access === 'public' ? {} : { security: [{ bearer: [] }] }),
      ...(spec.params ? { params: jsonSchema(spec.params, 'input') } : {}),
      ...(spec.querystring ? { querystring: jsonSchema(spec.querystring, 'input') } : {}),
      ...(spec.body ? { body: jsonSchema(spec.body, 'input') } : {}),
      response: { [status]: jsonSchema(spec.response, 'output'), '4XX': ERROR_BODY },
    },
    validatorCompiler: ({ httpPart }) => {
      const part = httpPart as Part;
      const schema = zodFor[part];
      return (data: unknown) => {
        if (!schema) return { value: data };
        const result = schema.safeParse(data);
        if (result.success) return { value: result.data };
        return { error: validationError(part, result.error) };
      };
    },
    // Answers are plain JSON of what the handler returns; the schema above only documents it.
    serializerCompiler: () => (data) => JSON.stringify(data),
    handler: async (request, reply) => {
      // The handler may still choose another status, e.g. 200 instead of 201 when nothing new.
      reply.status(status);
      return spec.handler(
        {
          params: request.params as z.output<P>,
          query: request.query as z.output<Q>,
          body: request.body as z.output<B>,
        },
        request,
        reply,
      );
    },
  });
}

function validationError(part: Part, error: z.ZodError): ApiError {
  const where = part === 'querystring' ? 'query' : part;
  const issues = error.issues.map((issue) => ({
    in: where,
    path: formatPath(issue.path),
    code: issue.code,
    message: issue.message,
  }));
  const first = issues[0];
  const summary = first
    ? `${where}${first.path ? ` ${first.path}` : ''}: ${first.message}`
    : `invalid ${where}`;
  return new ApiError('bad-request', summary, { issues });
}
