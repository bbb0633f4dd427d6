import type { IncomingHttpHeaders } from 'node:http';
import { type FastifyInstance, LogController } from 'fastify';
import type { DurationMillis } from '../../model/concepts/time-units.ts';
import { bearerHashOf } from '../auth/bearer-hash.ts';
import type { KnownTokens } from '../auth/known-tokens.ts';
import { ApiError } from '../errors/api-error.ts';
import { sendError } from '../errors/error-handler.ts';
import { createAdmission } from './admission.ts';
import type { HandlerTimeout } from './handler-timeout.ts';
import { createRateLimiter, type RateLimiter } from './rate-limiter.ts';

/** Probes are never limited: an orchestrator must always learn how the server is. */
const PROBES = new Set(['/healthz', '/readyz']);

/**
 * The limit before authentication: per client address, requests that carry no known token (none,
 * a bad one, one not seen lately) are counted and, past the limit, answered 429 before any
 * database lookup. A real client behind the same address (an Alertmanager behind the same NAT)
 * carries a known token and is never slowed by a flood of bad ones.
 */
export interface AddressLimit {
  /** Whether the request comes from an address already over its limit: log nothing for it. */
  readonly quiet: (request: unknown) => boolean;
  readonly install: (app: FastifyInstance) => void;
}

export function createAddressLimit(options: {
  readonly perMinute: number;
  readonly knownTokens: KnownTokens;
}): AddressLimit {
  const byAddress: RateLimiter = createRateLimiter({
    perMinute: options.perMinute,
    maxKeys: 100_000,
  });
  const exempt = (url: string, headers: IncomingHttpHeaders) =>
    PROBES.has(url) || options.knownTokens.knows(bearerHashOf(headers));
  return {
    quiet: (request) => {
      const r = request as {
        ip?: string;
        url?: string;
        headers?: IncomingHttpHeaders;
        socket?: { remoteAddress?: string };
      };
      const address = r.ip ?? r.socket?.remoteAddress;
      if (address === undefined || exempt(r.url ?? '', r.headers ?? {})) return false;
      return byAddress.over(`ip:${address}`);
    },
    install: (app) => {
      let lastLogged = 0;
      app.addHook('onRequest', async (request, reply) => {
        if (exempt(request.url, request.headers)) return;
        const taken = byAddress.take(`ip:${request.ip}`);
        if (taken.ok) return;
        // One line a minute says a flood is being refused, instead of a line per request.
        const now = Date.now();
        if (now - lastLogged > 60_000) {
          lastLogged = now;
          request.log.warn(
            { address: request.ip },
            'refusing requests without a valid token from this address (rate limit)',
          );
        }
        return sendError(
          reply,
          new ApiError(
            'rate-limited',
            'too many requests without a valid token from this address; slow down and retry',
          ),
          taken.retryAfter,
        );
      });
    },
  };
}

/** Fastify's per-request log lines, except for requests of an address being refused. */
export function quietLogController(limit: AddressLimit): LogController {
  return new LogController({ disableRequestLogging: (request: unknown) => limit.quiet(request) });
}

/**
 * Ingest routes (alerts, samples, incidents) have no rate: a rate would refuse a real outage's
 * alerts with a 4xx Alertmanager never retries. They are admitted a few at a time instead, the
 * rest queue briefly, and past the queue they get 503 `overloaded` with Retry-After, which
 * Alertmanager and collectors retry. A call whose time limit is reached while it still waits
 * is answered `overloaded` too (nothing of it was stored); an admitted call is out of the time
 * limit and answered when its work ends, so a 503 never leaves its alerts being stored behind
 * the sender's back.
 */
export function installIngestAdmission(
  app: FastifyInstance,
  options: {
    readonly concurrency: number;
    readonly maxWaiting: number;
    readonly maxWaitMs: DurationMillis;
    readonly timeout: HandlerTimeout;
  },
): void {
  const ingest = createAdmission(options);
  const admitted = new WeakSet<object>();
  const overloaded = () =>
    new ApiError('overloaded', 'the server is taking in as much as it can; retry shortly');
  app.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.config.access !== 'ingest') return;
    const gaveUp = new AbortController();
    options.timeout.whileWaiting(request, () => gaveUp.abort());
    const entered = await ingest.enter(gaveUp.signal);
    if (entered && !gaveUp.signal.aborted) {
      options.timeout.stop(request);
      // A client that went away while waiting gets no answer: its place goes to the next.
      if (reply.raw.destroyed || request.raw.socket?.destroyed) {
        ingest.leave();
        return;
      }
      admitted.add(request);
      // The connection is silent while the call works (the client waits for the answer): the
      // idle-connection limit must not close it then. A listener on the response's 'timeout'
      // tells Node not to destroy the socket; once answered, the keep-alive limit applies.
      reply.raw.on('timeout', keepOpen);
      // Neither onResponse nor onRequestAbort runs when the client goes away while the
      // handler works and its answer can no longer be sent; the response's close always does.
      reply.raw.once('close', () => void release(request));
      return;
    }
    if (entered) ingest.leave();
    return sendError(reply, overloaded());
  });
  const keepOpen = () => {};
  const release = async (request: object) => {
    if (admitted.delete(request)) ingest.leave();
  };
  app.addHook('onResponse', release);
  app.addHook('onRequestAbort', release);
}
