import type { DurationMillis } from '../../model/concepts/time-units.ts';
import {
  claimWebhookDeliveries,
  NEVER,
  recordWebhookAttempt,
  type StoreDb,
  type WebhookDelivery,
} from '../../store/index.ts';

export interface WebhookDispatcherOptions {
  readonly db: StoreDb;
  readonly now: () => Date;
  readonly fetch: typeof fetch;
  /** How often the outbox is polled when nothing kicks it, in milliseconds. */
  readonly intervalMs: DurationMillis;
  readonly log: { warn: (object: object, message: string) => void };
}

export interface WebhookDispatcher {
  /** Sends what is due now, without waiting for the next poll. */
  readonly kick: () => void;
  /** Sends everything due and resolves when done: for tests and shutdown. */
  readonly flush: () => Promise<void>;
  readonly stop: () => Promise<void>;
}

/** A receiver gets this long to answer before the attempt counts as failed. */
const SEND_TIMEOUT_MS = 5_000;
/** How long a claim protects a message from other servers while it is being sent. */
const CLAIM_MS = 60_000;
const BATCH = 50;
/** After this many failed attempts (about a day of backoff) a message is given up. */
const MAX_ATTEMPTS = 12;

/**
 * Sends queued messages to outgoing webhooks, at least once: a message leaves the outbox only
 * when a receiver answered 2xx. Failures are retried with exponential backoff (5 s doubling,
 * capped at 2 h); a server that dies mid-send leaves a claim that lapses, and another sends it.
 */
export function startWebhookDispatcher(options: WebhookDispatcherOptions): WebhookDispatcher {
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  const drain = async () => {
    for (;;) {
      const now = options.now();
      const due = await claimWebhookDeliveries({
        db: options.db,
        now: now.toISOString(),
        claimUntil: new Date(now.getTime() + CLAIM_MS).toISOString(),
        limit: BATCH,
      });
      if (due.length === 0) return;
      await Promise.all(due.map((delivery) => deliver(options, delivery)));
    }
  };
  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = drain()
      .catch((error: unknown) => options.log.warn({ err: error }, 'webhook dispatch failed'))
      .finally(() => {
        running = undefined;
        if (again && !stopped) {
          again = false;
          void run();
        }
      });
    return running;
  };
  const timer = setInterval(() => void run(), options.intervalMs);
  timer.unref();
  return {
    kick: () => {
      if (!stopped) void run();
    },
    flush: async () => {
      await run();
      while (running) await running;
    },
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

async function deliver(
  options: WebhookDispatcherOptions,
  delivery: WebhookDelivery,
): Promise<void> {
  let error: string | undefined;
  try {
    const response = await options.fetch(delivery.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'whorunsit',
        'x-whorunsit-event': delivery.event,
        'x-whorunsit-delivery': String(delivery.id),
      },
      body: delivery.payload,
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
    if (!response.ok) error = `HTTP ${response.status}`;
    await response.body?.cancel();
  } catch (cause) {
    error = cause instanceof Error ? cause.message : String(cause);
  }
  const at = options.now();
  if (error === undefined) {
    await recordWebhookAttempt({
      db: options.db,
      id: delivery.id,
      attempt: { delivered: true, at: at.toISOString() },
    });
    return;
  }
  const attempts = delivery.attempts + 1;
  const backoff = Math.min(5_000 * 2 ** (attempts - 1), 2 * 3_600_000);
  options.log.warn({ url: delivery.url, attempts, error }, 'webhook delivery failed');
  await recordWebhookAttempt({
    db: options.db,
    id: delivery.id,
    attempt: {
      delivered: false,
      at: at.toISOString(),
      error,
      nextAttemptAt:
        attempts >= MAX_ATTEMPTS ? NEVER : new Date(at.getTime() + backoff).toISOString(),
    },
  });
}
