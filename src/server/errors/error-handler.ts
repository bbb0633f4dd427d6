import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { httpStatusOf, retryAfterOf } from '../../errors/index.ts';
import { classifyStoreError, isIntakeHalted } from '../../store/index.ts';
import type { StoreHealth } from '../health/store-health.ts';
import { ApiError, errorBody } from './api-error.ts';

/**
 * Turns every failure into the one error shape, with the status and `Retry-After` the one error
 * table gives its code: the one place the server translates codes into HTTP. Fastify's own
 * errors (body too large, bad JSON, wrong content type) get stable codes; a store that is
 * unreachable, full or read-only answers 503 with that as the code and the real cause in the
 * log (and readiness hears of it through `health`, when given); anything else is a bug, logged
 * and answered as `internal` without a stack trace.
 */
export function installErrorHandler(app: FastifyInstance, health?: StoreHealth): void {
  app.setErrorHandler((error, request, reply) => {
    const apiError = toApiError(error as FastifyError);
    const failure = classifyStoreError(error);
    if (isIntakeHalted(error)) {
      // Logged once, with what to do, when intake halted; each refused call adds nothing.
      request.log.info({ code: apiError.code }, apiError.message);
    } else if (failure) {
      // The real cause (errno, SQLSTATE, driver message) goes to the log, never to the client.
      health?.failed(failure);
      request.log.error({ err: error, code: apiError.code }, `store failure: ${apiError.message}`);
    } else if (apiError.code === 'internal') request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: apiError.code }, apiError.message);
    return sendError(reply, apiError);
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, new ApiError('not-found', `no route ${request.method} ${request.url}`)),
  );
}

/** Answers an error in the one shape, with its status and, for 429 and 503, `Retry-After`. */
export function sendError(reply: FastifyReply, error: ApiError, retryAfter?: number): FastifyReply {
  const wait = retryAfter ?? retryAfterOf(error.code);
  if (wait !== undefined) reply.header('retry-after', String(wait));
  return reply.status(httpStatusOf(error.code)).send(errorBody(error));
}

/** The error code and message of any failure a request can meet. */
export function toApiError(error: FastifyError): ApiError {
  if (error instanceof ApiError) return error;
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError('payload-too-large', 'the request body is larger than this route allows');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError(
        'unsupported-media-type',
        'expected a body of type application/json (or application/yaml for models)',
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ApiError('bad-request', 'expected a JSON body, found an empty body');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ApiError('bad-request', error.message);
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      // Also valid JSON with a `__proto__` key, which the parser refuses: located, as every 400 is.
      return invalidJson(error.message);
  }
  if (isIntakeHalted(error)) {
    return new ApiError(
      classifyStoreError(error) ?? 'database-unavailable',
      'alert intake stopped after a failed disk sync and takes no alerts until the server is restarted; retry later',
    );
  }
  const failure = classifyStoreError(error);
  if (failure) return new ApiError(failure, STORE_FAILURES[failure]);
  if (error.statusCode === 429) {
    return new ApiError('rate-limited', 'too many requests: slow down and retry');
  }
  if (error instanceof SyntaxError || error.statusCode === 400) {
    return invalidJson(`the body is not valid JSON: ${error.message}`);
  }
  if (error.statusCode === 408) return new ApiError('request-timeout', error.message);
  if (error.statusCode === 415) return new ApiError('unsupported-media-type', error.message);
  if (error.statusCode === 413) return new ApiError('payload-too-large', error.message);
  if (error.statusCode === 503) return new ApiError('unavailable', error.message);
  return new ApiError('internal', 'the server failed to handle this request; see its log');
}

const STORE_FAILURES = {
  'database-unavailable':
    'the database does not answer; retry shortly (the cause is in the server log)',
  'disk-full': 'the disk holding the data is full: nothing can be stored until space is freed',
  'read-only': 'the data folder or database accepts no writes (read-only); nothing can be stored',
} as const;

/** A body that could not be read as JSON: a 400 located at the body, in the one error shape. */
function invalidJson(message: string): ApiError {
  return new ApiError('bad-request', message, {
    issues: [{ in: 'body', path: '', code: 'invalid-json', message }],
  });
}
