import {
  type AlertRecord,
  alertRecordOf,
  type NewAlert,
  type StoredAlert,
} from '../../store/index.ts';

/**
 * What the intake thread is asked (in messages of several, one per turn of the request thread's
 * event loop, each the JSON text of an array of them): store one call's alerts, committed
 * before the answer (with the calls that arrive meanwhile, in one transaction).
 */
export interface AlertStoreRequest {
  readonly id: number;
  readonly alerts: readonly NewAlert[];
  readonly at: string;
}

/**
 * Sent instead of a JSON text when the request thread closes intake, once every call it sent
 * is answered: the thread closes its connection and its log's descriptor and ends by itself.
 */
export const CLOSE_THREAD = 'close';

/** An error as the intake thread saw it, with what classifying it reads (codes, cause). */
export interface ThreadError {
  readonly name: string;
  readonly message: string;
  readonly code?: unknown;
  readonly errcode?: unknown;
  readonly errstr?: unknown;
  readonly cause?: ThreadError | undefined;
}

/** One call's answer; the thread sends those of one turn together, as an array. */
export type AlertStoreReply =
  | { readonly id: number; readonly ok: true; readonly stored: readonly SentBack[] }
  | { readonly id: number; readonly ok: false; readonly error: ThreadError };

/**
 * What comes back for each alert of a call: its id alone when it was stored anew as it was
 * sent (its record is the sent alert with that id: `alertRecordOf`), else the stored alert (a
 * duplicate, or a resolution routed like its firing alert). Copying every record back between
 * the threads cost about as much as sending the call (10 alerts: 0.1 ms and more under load).
 */
export type SentBack = number | StoredAlert;

/** `stored` as the thread sends it back for a call of `sent` alerts. */
export function sentBackOf(sent: readonly NewAlert[], stored: readonly StoredAlert[]): SentBack[] {
  return stored.map((s, i) => {
    const given = sent[i];
    return given && s.created && routedAsSent(s.alert, given) ? s.alert.id : s;
  });
}

/** The stored alerts of a call of `sent` alerts, from what the thread sent back. */
export function storedOf(sent: readonly NewAlert[], back: readonly SentBack[]): StoredAlert[] {
  return back.map((b, i) =>
    typeof b === 'number' ? { alert: alertRecordOf(sent[i] as NewAlert, b), created: true } : b,
  );
}

/** A new alert's record differs from what was sent only in its routing (see `storeAlerts`). */
function routedAsSent(stored: AlertRecord, sent: NewAlert): boolean {
  return (
    stored.routedTo.rotation === sent.routedTo.rotation &&
    stored.routedTo.person === sent.routedTo.person &&
    stored.routeReason === sent.routeReason &&
    stored.routePending === sent.routePending &&
    stored.revisionId === sent.revisionId
  );
}

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
