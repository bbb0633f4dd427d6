import { hash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import {
  findUnsafeText,
  formatPath,
  issueProblems,
  type ProblemCode,
  shapeKeysAt,
  unsafeTextMessage,
} from '../../model/index.ts';
import { ApiError } from '../errors/api-error.ts';
import { ERROR_BODY } from '../errors/error-schema.ts';
import { type Access, securityOf } from './access.ts';
import { isPlainJsonBody } from './json-body.ts';
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
  /**
   * What `body` makes of the common valid bodies, worked out faster; undefined for any other,
   * which `body` then reads (and locates the problems of). Must agree with `body` exactly.
   * Called only with data in which no string holds an unsafe character (made sure of first).
   */
  readonly fastBody?: (data: unknown) => z.output<B> | undefined;
  /** The success answer, documented in OpenAPI. */
  readonly response: R;
  readonly status?: number;
  /** Overrides the server's body limit for this route, in bytes. */
  readonly bodyLimit?: number;
  /**
   * Answers already written as JSON (`Serialized`) carry an ETag, and a GET whose
   * If-None-Match names it gets 304 without the body: for clients that poll.
   */
  readonly conditional?: boolean;
  readonly handler: (
    input: { params: z.output<P>; query: z.output<Q>; body: z.output<B> },
    request: FastifyRequest,
    reply: FastifyReply,
  ) => Promise<DeepReadonly<z.input<R>> | Serialized>;
}

/** An answer already written as JSON (one kept for many requests), sent as it is. */
export class Serialized {
  readonly json: string;
  #etag: string | undefined;
  constructor(json: string) {
    this.json = json;
  }

  /** A strong validator: the same JSON, the same tag. Worked out once, for a kept answer. */
  get etag(): string {
    this.#etag ??= `"${hash('sha256', this.json, 'base64url')}"`;
    return this.#etag;
  }
}

/** Whether an If-None-Match header names `etag` (a weak match, as RFC 9110 §13.1.2 asks). */
export function ifNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
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
      ...(spec.access === 'public' ? {} : { security: securityOf(spec.access) }),
      ...(spec.params ? { params: jsonSchema(spec.params, 'input') } : {}),
      ...(spec.querystring ? { querystring: jsonSchema(spec.querystring, 'input') } : {}),
      ...(spec.body ? { body: jsonSchema(spec.body, 'input') } : {}),
      response: {
        [status]: jsonSchema(spec.response, 'output'),
        ...(spec.conditional
          ? {
              304: {
                type: 'null',
                description: 'Not modified: the answer is still the one the ETag names',
              },
            }
          : {}),
        '4XX': ERROR_BODY,
      },
    },
    validatorCompiler: ({ httpPart }) => {
      const part = httpPart as Part;
      const schema = zodFor[part];
      return (data: unknown) => {
        if (!schema) return { value: data };
        // A body whose JSON text shows plain text only need not be searched string by string.
        const plainText = part === 'body' && isPlainJsonBody(data);
        const unsafe = plainText ? undefined : findUnsafeText(data);
        if (unsafe) return { error: unsafeTextError(part, unsafe) };
        const fast = part === 'body' ? spec.fastBody?.(data) : undefined;
        if (fast !== undefined) return { value: fast };
        const result = schema.safeParse(data);
        if (result.success) return { value: result.data };
        return { error: validationError({ part, error: result.error, data, schema }) };
      };
    },
    // Answers are plain JSON of what the handler returns; the schema above only documents it.
    serializerCompiler: () => (data) =>
      data instanceof Serialized ? data.json : JSON.stringify(data),
    handler: async (request, reply) => {
      // The handler may still choose another status, e.g. 200 instead of 201 when nothing new.
      reply.status(status);
      const answer = await spec.handler(
        {
          params: request.params as z.output<P>,
          query: request.query as z.output<Q>,
          body: request.body as z.output<B>,
        },
        request,
        reply,
      );
      if (spec.conditional && answer instanceof Serialized) {
        reply.header('etag', answer.etag);
        if (
          request.method === 'GET' &&
          ifNoneMatch(request.headers['if-none-match'], answer.etag)
        ) {
          return reply.status(304).send();
        }
      }
      return answer;
    },
  });
}

/** Where a part of the request is, as `details.issues[].in` names it. */
type Where = 'params' | 'query' | 'body' | 'headers';

/** One located issue of a request, with the model's problem code. */
interface RequestIssue {
  readonly in: Where;
  readonly path: string;
  readonly code: ProblemCode;
  readonly message: string;
}

function validationError(options: {
  readonly part: Part;
  readonly error: z.ZodError;
  readonly data: unknown;
  readonly schema: z.ZodType;
}): ApiError {
  const { part, error, data, schema } = options;
  const where = whereOf(part);
  const issues = error.issues.flatMap((issue) =>
    issueProblems(issue, data, (path) => shapeKeysAt(schema, path)).map(
      (p): RequestIssue => ({
        in: where,
        path: formatPath(p.path),
        code: p.code,
        message: p.message,
      }),
    ),
  );
  return badRequest(where, issues);
}

/**
 * NUL and other control characters are refused in every part of every request, before the
 * schema: PostgreSQL cannot store NUL at all, so the same request must fail alike on both engines.
 */
function unsafeTextError(
  part: Part,
  unsafe: NonNullable<ReturnType<typeof findUnsafeText>>,
): ApiError {
  return badRequest(whereOf(part), [
    {
      in: whereOf(part),
      path: formatPath(unsafe.path),
      code: 'not-text',
      message: unsafeTextMessage(unsafe),
    },
  ]);
}

function badRequest(where: Where, issues: readonly RequestIssue[]): ApiError {
  const first = issues[0];
  const summary = first
    ? `${where}${first.path ? ` ${first.path}` : ''}: ${first.message}`
    : `invalid ${where}`;
  return new ApiError('bad-request', summary, { issues });
}

function whereOf(part: Part): Where {
  return part === 'querystring' ? 'query' : part;
}
