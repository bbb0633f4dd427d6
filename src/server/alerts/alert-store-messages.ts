import type { NewAlert, StoredAlert } from '../../store/index.ts';

/**
 * What the intake thread is asked: store one call's alerts, committed before the answer (with
 * the calls that arrive meanwhile, in one transaction).
 */
export interface AlertStoreRequest {
  readonly id: number;
  readonly alerts: readonly NewAlert[];
  readonly at: string;
}

/** An error as the intake thread saw it, with what classifying it reads (codes, cause). */
export interface ThreadError {
  readonly name: string;
  readonly message: string;
  readonly code?: unknown;
  readonly errcode?: unknown;
  readonly errstr?: unknown;
  readonly cause?: ThreadError | undefined;
}

export type AlertStoreReply =
  | { readonly id: number; readonly ok: true; readonly stored: readonly StoredAlert[] }
  | { readonly id: number; readonly ok: false; readonly error: ThreadError };

/** An error to send between threads: structured cloning would drop `code` and `errcode`. */
export function threadErrorOf(error: unknown, depth = 0): ThreadError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const { code, errcode, errstr } = error as {
    code?: unknown;
    errcode?: unknown;
    errstr?: unknown;
  };
  return {
    name: error.name,
    message: error.message,
    ...(code === undefined ? {} : { code }),
    ...(errcode === undefined ? {} : { errcode }),
    ...(errstr === undefined ? {} : { errstr }),
    cause:
      error.cause !== undefined && depth < 4 ? threadErrorOf(error.cause, depth + 1) : undefined,
  };
}

/** The error again, on this side, so that the store's error classification reads it as before. */
export function errorOfThread(sent: ThreadError): Error {
  const { name, message, cause, ...codes } = sent;
  const error = new Error(message, cause ? { cause: errorOfThread(cause) } : undefined);
  error.name = name;
  return Object.assign(error, codes);
}
