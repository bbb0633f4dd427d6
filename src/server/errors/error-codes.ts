/**
 * Every error code the API answers with, and its HTTP status: the one table. Codes are stable;
 * scripts branch on them. `satisfies` makes the compiler reject a code without a status.
 */
export const ERROR_STATUS = {
  /** The request is malformed: bad JSON, a missing or invalid field, a bad header. */
  'bad-request': 400,
  /** An uploaded model does not validate; `details.problems` lists every problem. */
  'invalid-model': 400,
  /** No token, or a token that is unknown or revoked. */
  unauthorized: 401,
  /** The token's role may not do this. */
  forbidden: 403,
  /** No such route, revision, service, alert or token. */
  'not-found': 404,
  /** No model revision is stored yet: push one first. */
  'no-revision': 404,
  /** `If-Match` named a revision that is no longer the latest; `details.latest` says which is. */
  'revision-conflict': 409,
  /** A stored revision no longer validates with this version of whorunsit. */
  'revision-invalid': 422,
  /** The model lacks what this computation needs (e.g. a CompensationPolicy to price on-call). */
  'model-incomplete': 422,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'rate-limited': 429,
  /** A bug: the details are in the server log, never in the answer. */
  internal: 500,
  /** The server is starting, shutting down, or its database is unreachable. */
  unavailable: 503,
  /** The request took longer than the server's request timeout. */
  timeout: 503,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;
