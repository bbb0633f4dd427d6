import { STATUS_CODES } from 'node:http';
import { httpStatusOf, retryAfterOf } from '../../errors/index.ts';
import { type ApiError, errorBody } from '../errors/api-error.ts';

/**
 * A whole HTTP/1.1 response carrying an error in the one shape, for the places Fastify's reply
 * does not reach: a connection refused at the cap, a request the HTTP parser gave up on (too
 * slow, headers too large, malformed). It closes the connection.
 */
export function rawErrorResponse(error: ApiError): string {
  const status = httpStatusOf(error.code);
  const body = JSON.stringify(errorBody(error));
  const wait = retryAfterOf(error.code);
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    ...(wait === undefined ? [] : [`Retry-After: ${wait}`]),
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}
