/** Exit codes of every command, in one table. */
export const EXIT = {
  /** Done; the model is valid and no check found an error. */
  ok: 0,
  /** The model is invalid, or a check found an error. */
  invalid: 1,
  /** Usage error (bad flags or arguments) or an input/output error (missing file, unreadable). */
  usage: 2,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure the user can fix; printed as one line, never as a stack trace. */
export class CliError extends Error {
  readonly exitCode: ExitCode;
  readonly code: string;
  constructor(code: string, message: string, exitCode: ExitCode = EXIT.usage) {
    super(message);
    this.code = code;
    this.exitCode = exitCode;
  }
}
