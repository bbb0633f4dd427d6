/** Why the store could not do what it was asked, when the cause is the environment, not a bug. */
export type StoreFailure = 'database-unavailable' | 'disk-full' | 'read-only';

// SQLite primary result codes (the low byte of node:sqlite's `errcode`).
const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const SQLITE_NOMEM = 7;
const SQLITE_READONLY = 8;
const SQLITE_IOERR = 10;
const SQLITE_FULL = 13;
const SQLITE_CANTOPEN = 14;

/** SQLSTATE classes and codes of PostgreSQL that say the database, not the request, failed. */
const PG_DISK_FULL = '53100';
const PG_READ_ONLY = '25006';
const PG_UNAVAILABLE = new Set(['53000', '53200', '53300', '57P01', '57P02', '57P03', '58030']);

/** Errors of the network or the file system (Node's `code`) and what they mean for the store. */
const SYSTEM_CODES: Readonly<Record<string, StoreFailure>> = {
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EROFS: 'read-only',
  EACCES: 'read-only',
  EPERM: 'read-only',
  ECONNREFUSED: 'database-unavailable',
  ECONNRESET: 'database-unavailable',
  ETIMEDOUT: 'database-unavailable',
  EPIPE: 'database-unavailable',
  EHOSTUNREACH: 'database-unavailable',
  ENETUNREACH: 'database-unavailable',
  ENOTFOUND: 'database-unavailable',
  EAI_AGAIN: 'database-unavailable',
};

/**
 * The `code` of the error alert intake fails every call with once a sync of its committed writes
 * failed (`AlertGroupCommit.halted`): the database does not take alerts until the server is
 * restarted. It is classified as its cause when that says what broke, else as a database down.
 */
export const INTAKE_HALTED = 'WHORUNSIT_INTAKE_HALTED';

/** Whether `error` is alert intake's refusal after a failed sync (see INTAKE_HALTED). */
export function isIntakeHalted(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === INTAKE_HALTED;
}

/** What node-postgres says when a connection is lost, cannot be made in time, or a query hangs. */
const PG_CONNECTION_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|not queryable|Connection ended|the database system is (starting up|shutting down|in recovery)|terminating connection/i;

/**
 * Tells an environmental failure of the store (the database is unreachable or hung, the disk is
 * full, the data folder or database is read-only) from anything else, on either engine. The
 * server answers these 503 with the failure as the code, so operators see what broke, and
 * clients (Alertmanager) retry instead of dropping the request. Undefined for anything else.
 */
export function classifyStoreError(error: unknown): StoreFailure | undefined {
  if (isIntakeHalted(error)) {
    // Said as what failed the sync when it says (a disk turned read-only), else as a database down.
    return classifyStoreError((error as { cause?: unknown }).cause) ?? 'database-unavailable';
  }
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const found = classifyOne(e);
    if (found) return found;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

function classifyOne(error: unknown): StoreFailure | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, errcode, message } = error as {
    code?: unknown;
    errcode?: unknown;
    message?: unknown;
  };
  const text = typeof message === 'string' ? message : '';
  if (typeof errcode === 'number') {
    switch (errcode & 0xff) {
      case SQLITE_FULL:
        return 'disk-full';
      case SQLITE_READONLY:
        return 'read-only';
      case SQLITE_IOERR:
        // The VFS reports ENOSPC as SQLITE_FULL; other I/O errors on a read-only remount say so.
        return /read-only|readonly/i.test(text) ? 'read-only' : 'database-unavailable';
      case SQLITE_BUSY:
      case SQLITE_LOCKED:
      case SQLITE_NOMEM:
      case SQLITE_CANTOPEN:
        return 'database-unavailable';
    }
  }
  if (typeof code === 'string') {
    if (code === PG_DISK_FULL) return 'disk-full';
    if (code === PG_READ_ONLY) return 'read-only';
    if (PG_UNAVAILABLE.has(code) || code.startsWith('08')) return 'database-unavailable';
    const system = SYSTEM_CODES[code];
    if (system) return system;
  }
  if (PG_CONNECTION_MESSAGES.test(text)) return 'database-unavailable';
  if (/database is closed|database connection is not open/i.test(text)) {
    return 'database-unavailable';
  }
  return undefined;
}
