import type { Socket } from 'node:net';
import { ApiError } from '../errors/api-error.ts';
import { rawErrorResponse } from './raw-error-response.ts';

/**
 * Requests the HTTP parser gives up on before Fastify sees them (headers too large, too slow,
 * malformed) get the one error shape too, instead of Fastify's own body.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed || !socket.writable) return;
  socket.end(rawErrorResponse(clientError(error.code)));
}

function clientError(code: string | undefined): ApiError {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return new ApiError(
      'headers-too-large',
      'the request headers are larger than the server reads (16 KiB)',
    );
  }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return new ApiError(
      'request-timeout',
      'the request was not sent within the server’s request timeout',
    );
  }
  return new ApiError('bad-request', 'the request is not valid HTTP/1.1');
}
