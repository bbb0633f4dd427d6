/** Exit codes of every command. */
export const EXIT = {
  /** Done; the model is valid and no check found an error. */
  ok: 0,
  /** The model or the data is invalid, a check found an error, or an edit lost a race. */
  invalid: 1,
  /** Usage error (bad flags or arguments), an input/output error, or a server that refused. */
  usage: 2,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** What one error code means at each edge. */
export interface ErrorMeaning {
  /** The HTTP status the server answers with. */
  readonly status: number;
  /** The exit code a command ends with. */
  readonly exit: ExitCode;
  /** Seconds a client should wait before retrying (`Retry-After`); only for 429 and 503. */
  readonly retryAfter?: number;
}

const input = { status: 400, exit: EXIT.usage } as const;
const invalid = { status: 400, exit: EXIT.invalid } as const;
const notFound = { status: 404, exit: EXIT.usage } as const;
/** The server or its database cannot take the request now; clients retry later. */
const unavailable = (retryAfter: number) =>
  ({ status: 503, exit: EXIT.usage, retryAfter }) as const;

/**
 * Every error code whorunsit reports, server and CLI alike, with its HTTP status and its exit
 * code: the one table. Codes are stable (scripts branch on them); the server and the CLI each
 * translate through this table in one place, and `satisfies` makes the compiler reject a code
 * without both. Located problems inside an error (`details.problems`, `details.issues`) carry
 * the model's problem codes (`missing-field`, `invalid-value`, …), never a library's own.
 */
export const ERROR_TABLE = {
  /** The request is malformed: bad JSON, a missing or invalid field, a bad header. */
  'bad-request': input,
  /** An uploaded model does not validate; `details.problems` lists every problem. */
  'invalid-model': invalid,
  /** No token, or a token that is unknown, revoked or expired. */
  unauthorized: { status: 401, exit: EXIT.usage },
  /** The token's role may not do this. */
  forbidden: { status: 403, exit: EXIT.usage },
  /** No such route, revision, service, alert, token, file or name. */
  'not-found': notFound,
  /** No model revision is stored yet: push one first. */
  'no-revision': notFound,
  /** `If-Match` named a revision that is no longer the latest; `details.latest` says which is. */
  'revision-conflict': { status: 409, exit: EXIT.invalid },
  /** The client took too long to send its request. */
  'request-timeout': { status: 408, exit: EXIT.usage },
  'payload-too-large': { status: 413, exit: EXIT.usage },
  'unsupported-media-type': { status: 415, exit: EXIT.usage },
  /** A stored revision no longer validates with this version of whorunsit. */
  'revision-invalid': { status: 422, exit: EXIT.invalid },
  /** The model lacks what this computation needs (e.g. a CompensationPolicy to price on-call). */
  'model-incomplete': { status: 422, exit: EXIT.invalid },
  /** Too many requests from one client; `Retry-After` says when to come back. */
  'rate-limited': { status: 429, exit: EXIT.usage, retryAfter: 60 },
  /** The request's headers are larger than the server reads. */
  'headers-too-large': { status: 431, exit: EXIT.usage },
  /** A bug: the details are in the server log, never in the answer. */
  internal: { status: 500, exit: EXIT.usage },
  /** The server is starting or shutting down. */
  unavailable: unavailable(5),
  /** The server has more work in hand than it takes at once: retry shortly. */
  overloaded: unavailable(2),
  /** The request took longer than the server's request timeout. */
  timeout: unavailable(2),
  /** The database does not answer, or refused the connection. */
  'database-unavailable': unavailable(5),
  /** The disk holding the data is full: nothing new can be stored until space is freed. */
  'disk-full': unavailable(30),
  /** The data folder or database accepts no writes (read-only file system or database). */
  'read-only': unavailable(30),

  // Command-line usage: a flag, an argument or a file the command cannot use.
  'unknown-command': input,
  'unknown-option': input,
  'bad-argument': input,
  'too-many-arguments': input,
  'conflicting-options': input,
  'bad-backend': input,
  'bad-baseline': input,
  'bad-decision': input,
  'bad-duration': input,
  'bad-filter': input,
  'bad-format': input,
  'bad-header': input,
  'bad-month': input,
  'bad-number': input,
  'bad-range': input,
  'bad-role': input,
  'bad-time': input,
  'bad-url': input,
  'bad-webhook': input,
  'baseline-needed': input,
  'incidents-needed': input,
  'sli-needed': input,
  'invalid-month': input,
  'missing-argument': input,
  'missing-option': input,
  'no-input': input,
  'no-reason': input,
  'not-a-file': input,
  'range-too-long': input,
  'stdin-twice': input,
  'input-too-large': { status: 413, exit: EXIT.usage },
  /** A file given to `restore` is not a whole whorunsit database (damaged, or another file). */
  'bad-backup': { status: 400, exit: EXIT.invalid },
  /** `backup`/`restore` on PostgreSQL: its own tools do it (the message says how). */
  'use-pg-dump': input,
  'file-exists': { status: 409, exit: EXIT.usage },
  'io-error': { status: 500, exit: EXIT.usage },
  /** `compare` was given too few or too many models. */
  'scenario-count': input,
  /** `--format pdf` would print binary to a terminal. */
  'pdf-to-terminal': input,
  /** `--format pdf` found no Chromium to print with. */
  'chromium-not-found': { status: 500, exit: EXIT.usage },
  /** Chromium could not print the PDF. */
  'pdf-failed': { status: 500, exit: EXIT.usage },
  'unknown-kind': notFound,
  'unknown-person': notFound,
  'unknown-policy': notFound,
  'unknown-rotation': notFound,
  'unknown-service': notFound,
  /** The command needs an API token and has none. */
  'no-token': { status: 401, exit: EXIT.usage },
  /** The server cannot be reached. */
  network: unavailable(5),
  /** The server refused what a command asked (its own code is in the message). */
  server: { status: 502, exit: EXIT.usage },
  /** `serve` could not start (port taken, database unreachable, …). */
  'server-start': unavailable(5),
  /** The store (data folder or database) cannot be opened. */
  store: unavailable(5),
} as const satisfies Record<string, ErrorMeaning>;

export type ErrorCode = keyof typeof ERROR_TABLE;

/** Whether a string is one of the codes in the table (codes from a newer server may not be). */
export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_TABLE, code);
}

/** The HTTP status of an error code. */
export function httpStatusOf(code: ErrorCode): number {
  return ERROR_TABLE[code].status;
}

/** The exit code of an error code; a code this version does not know is a usage error. */
export function exitCodeOf(code: string): ExitCode {
  return isErrorCode(code) ? ERROR_TABLE[code].exit : EXIT.usage;
}

/** Seconds to wait before retrying, for codes answered with `Retry-After`. */
export function retryAfterOf(code: ErrorCode): number | undefined {
  const meaning: ErrorMeaning = ERROR_TABLE[code];
  return meaning.retryAfter;
}
