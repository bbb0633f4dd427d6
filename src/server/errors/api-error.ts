import { ERROR_STATUS, type ErrorCode } from './error-codes.ts';

/**
 * A failure the client can act on. Handlers and services throw it; the error handler turns it
 * into `{"error": {"code", "message", "details"}}` with the status from ERROR_STATUS.
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  readonly statusCode: number;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details ?? null;
    this.statusCode = ERROR_STATUS[code];
  }
}

/** The one shape of every error answer. */
export interface ErrorBody {
  readonly error: { readonly code: ErrorCode; readonly message: string; readonly details: unknown };
}

export function errorBody(error: ApiError): ErrorBody {
  return { error: { code: error.code, message: error.message, details: error.details } };
}

export function notFound(what: string): ApiError {
  return new ApiError('not-found', `${what} does not exist`);
}
