import { type ErrorCode, EXIT, type ExitCode, WhorunsitError } from '../errors/index.ts';

export { EXIT, type ExitCode };

/**
 * A failure the user can fix; printed as one line, never as a stack trace. Its exit code comes
 * from the one error table (src/errors/error-table.ts), through `run` in program.ts.
 */
export class CliError extends WhorunsitError {
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(code, message, details);
    this.name = 'CliError';
  }
}
