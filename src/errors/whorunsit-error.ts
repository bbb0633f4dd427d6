import type { ErrorCode } from './error-table.ts';

/**
 * A failure the user can act on, with a stable code from the one table. The core and the
 * edges throw it; the server turns it into `{"error": {"code", "message", "details"}}` with
 * the code's HTTP status, the CLI into one line and the code's exit code. Bugs throw anything
 * else.
 */
export class WhorunsitError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'WhorunsitError';
    this.code = code;
    this.details = details ?? null;
  }
}
