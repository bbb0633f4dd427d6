import { type ErrorCode, WhorunsitError } from '../../errors/index.ts';

/**
 * A failure the client can act on: handlers and services throw it, and the error handler turns
 * it into `{"error": {"code", "message", "details"}}` with the status the one error table
 * gives its code (src/errors/error-table.ts).
 */
export { WhorunsitError as ApiError };

/** The one shape of every error answer. */
export interface ErrorBody {
  readonly error: { readonly code: ErrorCode; readonly message: string; readonly details: unknown };
}

export function errorBody(error: WhorunsitError): ErrorBody {
  return { error: { code: error.code, message: error.message, details: error.details } };
}

export function notFound(what: string): WhorunsitError {
  return new WhorunsitError('not-found', `${what} does not exist`);
}
