import type { ErrorCode } from './error-table.ts';

/**
 * What each error code means, in words a user reads: docs/reference/errors.md is generated from
 * it (with each code's status and exit code from the table), so the page cannot drift from the
 * codes the server and the CLI report. Every code has one: the compiler rejects a missing one.
 *
 * First the codes a server answers with (the CLI reports them too, e.g. from `push`).
 */
export const SERVER_ERROR_MEANINGS = {
  'bad-request':
    'the request is malformed: bad JSON, a missing or invalid field (`details.issues[]` with `in`: `params`/`query`/`body`, the JSON `path` and a problem code), a bad `If-Match`, a bad URL',
  'invalid-model':
    'an uploaded model does not validate; `details.problems[]` as `whorunsit validate --json` (`code, file, line, column, path, message`)',
  unauthorized: 'no token, or a token that is unknown, revoked or expired',
  forbidden: "the token's role may not do this",
  'not-found': 'no such route, revision, service, alert, token, file or name',
  'no-revision': 'no model revision is stored yet: push one first',
  'revision-conflict':
    '`If-Match` names a revision that is no longer the latest; `details: {expected, latest}`',
  'request-timeout': 'the client took too long to send its headers or body',
  'payload-too-large': "the request's body is above the route's limit",
  'unsupported-media-type': 'the body is not JSON (nor YAML, for model uploads)',
  'revision-invalid':
    'a revision asked for by number (`?revision=N`) no longer validates with this version',
  'model-incomplete':
    'the model lacks what the computation needs (e.g. no CompensationPolicy to price on-call)',
  'rate-limited': 'too many requests from one client; `Retry-After` says when to come back',
  'headers-too-large': "the request's headers are larger than the server reads",
  internal: 'a bug; the details are in the server log, never in the answer',
  unavailable: 'the server is starting or shutting down',
  overloaded: 'the server has more work in hand than it takes at once: retry shortly',
  timeout: "the answer took longer than the server's request timeout",
  'database-unavailable': 'the database does not answer, refuses connections or hangs',
  'disk-full': 'the disk holding the data is full: nothing new can be stored until space is freed',
  'read-only': 'the data folder or the database accepts no writes',
} as const satisfies Partial<Record<ErrorCode, string>>;

/** Codes only the command line reports (a server never answers with them). */
export const CLI_ERROR_MEANINGS = {
  'unknown-command': 'no command of that name; the message suggests the closest one',
  'unknown-option': 'the command has no option of that name; `--help` lists those it has',
  'bad-argument':
    'an argument or option value outside its allowed set (e.g. `--format xml`); the message lists the allowed ones',
  'too-many-arguments': 'the command was given more arguments than it takes',
  'conflicting-options': 'two options that cannot be given together',
  'bad-backend':
    'a `--prometheus` backend that is malformed, given twice, or named other than as a lowercase slug',
  'bad-baseline':
    'the value baseline is malformed, or both `--baseline-downtime` and `--baseline-months` were given',
  'bad-decision': 'a `gate --override` other than `allowed` or `frozen`',
  'bad-duration': 'not a Prometheus duration (e.g. `30s`, `5m`, `1h`)',
  'bad-filter': 'a filter that does not apply to the kind listed (e.g. `--tier` with `get teams`)',
  'bad-format': 'an output format the command does not print',
  'bad-header': 'a `--prometheus-header` that is not `[NAME=]Header: value`',
  'bad-month': 'not a month as `YYYY-MM` (the months of `value`)',
  'bad-number': 'not a number, or a number outside the range the option takes',
  'bad-range': '`--to` is not after `--from`',
  'bad-role': 'a token role other than viewer, editor, admin or ingest',
  'bad-time': 'not an ISO 8601 date or time (e.g. `2025-05-05` or `2025-05-05T09:00:00Z`)',
  'bad-url': 'not an http(s) URL',
  'bad-webhook': 'a `serve --webhook` that is not an http(s) URL',
  'baseline-needed':
    '`plan --incidents` without a baseline (`--baseline-downtime` or `--baseline-months`) to measure revenue protected against',
  'incidents-needed': 'a baseline needs `--incidents` to measure against',
  'sli-needed':
    '`diff --incidents` without `--sli`: the moves to SRE are checked against the budget the SLI samples measure',
  'invalid-month': 'a `--month` that is not a month as `YYYY-MM` (`chargeback`, `oncall-cost`)',
  'missing-argument': 'a required argument is missing',
  'missing-option': 'a required option, or the value of an option, is missing',
  'no-input': 'no model to read: give files, folders or `-` for stdin',
  'no-reason': 'an override without `--reason`: why, for the record',
  'not-a-file': 'the path is not a file (or a folder, where folders are read)',
  'range-too-long': '`--from` to `--to` spans more than the command plans at once',
  'stdin-twice': 'stdin (`-`) was named for more than one input; it can be read once',
  'input-too-large': 'an input file above the size the command reads',
  'file-exists': 'the file is there already; nothing was overwritten',
  'bad-backup':
    'the file given to `restore` is not a whole whorunsit database (damaged, or another file)',
  'use-pg-dump':
    '`backup` and `restore` copy SQLite data folders; PostgreSQL is backed up with `pg_dump` and restored with `pg_restore`, as the message says',
  'io-error': 'a file or folder cannot be read or written (the message says why)',
  'scenario-count': '`compare` was given too few or too many models',
  'pdf-to-terminal': '`--format pdf` would print binary to a terminal: redirect it to a file',
  'chromium-not-found':
    '`--format pdf` found no Chromium to print with (the message says how to install one)',
  'pdf-failed': 'Chromium could not print the PDF',
  'unknown-kind': 'a kind of thing the command does not list (e.g. `get widgets`)',
  'unknown-person': 'no Person of that name in the model',
  'unknown-policy': 'no CompensationPolicy of that name in the model',
  'unknown-rotation': 'no Rotation of that name in the model; the message suggests the closest',
  'unknown-service': 'no Service of that name in the model; the message suggests the closest',
  'no-token': 'the command needs an API token: pass `--token` or set `WHORUNSIT_TOKEN`',
  network: 'the server cannot be reached',
  server: 'the server refused what the command asked; its own code is in the message',
  'server-start': '`serve` could not start (port taken, database unreachable, …)',
  store: "the server's store (data folder or database) cannot be opened",
} as const satisfies Partial<Record<ErrorCode, string>>;

/** Every code's meaning, the server's and the command line's. */
export const ERROR_MEANINGS: Readonly<Record<ErrorCode, string>> = {
  ...SERVER_ERROR_MEANINGS,
  ...CLI_ERROR_MEANINGS,
};
