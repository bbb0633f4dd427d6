import type { FastifyInstance } from 'fastify';
import { ApiError } from '../errors/api-error.ts';
import { sendError } from '../errors/error-handler.ts';

/** The time limit of every request, and how ingest calls step out of it once admitted. */
export interface HandlerTimeout {
  /**
   * While the request waits for an intake place: reaching the limit then calls `instead` (which
   * gives up the wait and answers 503 `overloaded`) rather than answering 503 `timeout`.
   */
  readonly whileWaiting: (request: object, instead: () => void) => void;
  /**
   * The request's work began (an ingest call was admitted): the limit no longer answers for
   * it. An answer 503 `timeout` while its alerts are still being stored would be resent, and
   * each resend would be stored again behind the first, taking as long; the call is answered
   * when its transaction ends instead (2xx once committed, 503 with the cause if it failed).
   */
  readonly stop: (request: object) => void;
}

/**
 * Answers 503 `timeout` when a request gets no answer within `ms` (a hung database while
 * authenticating, a slow handler). The answer carries Retry-After; nothing was stored for it.
 */
export function installHandlerTimeout(app: FastifyInstance, ms: number): HandlerTimeout {
  const timers = new WeakMap<object, { timer: NodeJS.Timeout; instead?: () => void }>();
  app.addHook('onRequest', async (request, reply) => {
    const entry: { timer: NodeJS.Timeout; instead?: () => void } = {
      timer: setTimeout(() => {
        if (reply.sent) return;
        if (entry.instead) return entry.instead();
        sendError(reply, new ApiError('timeout', `no answer within ${ms} ms`));
      }, ms),
    };
    entry.timer.unref();
    timers.set(request, entry);
  });
  app.addHook('onResponse', async (request) => {
    clearTimeout(timers.get(request)?.timer);
  });
  return {
    whileWaiting: (request, instead) => {
      const entry = timers.get(request);
      if (entry) entry.instead = instead;
    },
    stop: (request) => {
      const entry = timers.get(request);
      if (!entry) return;
      clearTimeout(entry.timer);
      timers.delete(request);
    },
  };
}
