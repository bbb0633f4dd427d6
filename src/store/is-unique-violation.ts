/**
 * Whether a database error is a unique-key violation, on either engine. Optimistic writes
 * (revisions, run model events) rely on it: the loser of a race sees this error, not a lost write.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, errcode, message } = error as {
    code?: unknown;
    errcode?: unknown;
    message?: unknown;
  };
  // PostgreSQL: unique_violation. node:sqlite: SQLITE_CONSTRAINT_PRIMARYKEY (1555) or _UNIQUE (2067).
  if (code === '23505') return true;
  if (errcode === 1555 || errcode === 2067) return true;
  return typeof message === 'string' && /UNIQUE constraint failed/.test(message);
}
