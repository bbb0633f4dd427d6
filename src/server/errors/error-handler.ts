import type { FastifyError, FastifyInstance } from 'fastify';
import { ApiError, errorBody } from './api-error.ts';

/**
 * Turns every failure into the one error shape. Fastify's own errors (body too large, bad JSON,
 * wrong content type) get stable codes; anything unexpected is logged and answered as
 * `internal` without a stack trace.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const apiError = toApiError(error as FastifyError);
    if (apiError.code === 'internal') request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: apiError.code }, apiError.message);
    if (apiError.code === 'rate-limited' || apiError.code === 'unavailable') {
      reply.header('retry-after', '1');
    }
    return reply.status(apiError.statusCode).send(errorBody(apiError));
  });
  app.setNotFoundHandler((request, reply) => {
    const error = new ApiError('not-found', `no route ${request.method} ${request.url}`);
    return reply.status(error.statusCode).send(errorBody(error));
  });
}

function toApiError(error: FastifyError): ApiError {
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
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ApiError('bad-request', error.message);
  }
  if (error.statusCode === 429) {
    return new ApiError('rate-limited', 'too many requests: slow down and retry');
  }
  if (error instanceof SyntaxError || error.statusCode === 400) {
    return new ApiError('bad-request', `the body is not valid JSON: ${error.message}`);
  }
  if (error.statusCode === 415) return new ApiError('unsupported-media-type', error.message);
  if (error.statusCode === 413) return new ApiError('payload-too-large', error.message);
  if (error.statusCode === 503) return new ApiError('unavailable', error.message);
  return new ApiError('internal', 'the server failed to handle this request; see its log');
}
