import { describe, expect, it } from 'vitest';
import {
  acknowledgedFingerprints,
  firingAlert,
  manyAlerts,
  sendAlerts,
  servedStore,
} from '../support/alert-intake.ts';
import type { ServerProcess } from '../support/server-process.ts';

/** `npm run test:soak` sets WHORUNSIT_SOAK: a larger outage. */
const DELIVERIES = process.env.WHORUNSIT_SOAK ? 32 : 6;
/** Alertmanager's largest delivery the server takes (its `max_alerts` in the docs). */
const ALERTS_PER_DELIVERY = 10_000;
/** A delivery answered 503 is resent this many times at most before the test gives up. */
const MAX_ATTEMPTS = 30;
/** The test waits what Retry-After says, but at most this long, to stay bounded. */
const MAX_WAIT_MS = 2_000;

const SERVICES = ['checkout-api', 'payments-api', 'search-api', 'no-such-service'];

/** One delivery of an outage: 10,000 nodes down, spread over services, one unknown. */
function delivery(k: number): string {
  return JSON.stringify(
    manyAlerts(ALERTS_PER_DELIVERY, (i) =>
      firingAlert(`Outage${k}`, {
        service: SERVICES[i % SERVICES.length] as string,
        labels: { instance: `node-${i}`, severity: i % 10 === 0 ? 'page' : 'ticket' },
        summary: `node-${i} is down`,
      }),
    ),
  );
}

interface Answers {
  ok: number;
  retried: number;
  wrong: string[];
  fingerprints: Set<string>;
}

/**
 * Delivers like Alertmanager: a 2xx acknowledges the delivery; a 503 with Retry-After is sent
 * again after the wait; anything else (4xx, 500, a dropped connection, a 503 without
 * Retry-After) is what loses alerts, and is recorded as wrong.
 */
async function deliver(server: ServerProcess, token: string, body: string, answers: Answers) {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    let response: Response;
    try {
      response = await sendAlerts(server.url, token, body);
    } catch (error) {
      // The cause says which side dropped the connection, and where.
      const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
      answers.wrong.push(
        `no answer: ${(error as Error).message} (${cause?.code ?? ''} ${cause?.message ?? ''})`,
      );
      return;
    }
    if (response.ok) {
      for (const f of await acknowledgedFingerprints(response)) answers.fingerprints.add(f);
      answers.ok += 1;
      return;
    }
    const text = await response.text();
    const retryAfter = Number(response.headers.get('retry-after'));
    const code = (JSON.parse(text) as { error?: { code?: string } }).error?.code;
    if (response.status !== 503 || !(retryAfter > 0) || !code) {
      answers.wrong.push(`${response.status} retry-after=${retryAfter}: ${text.slice(0, 200)}`);
      return;
    }
    answers.retried += 1;
    await new Promise((r) => setTimeout(r, Math.min(retryAfter * 1_000, MAX_WAIT_MS)));
  }
  answers.wrong.push(`still refused after ${MAX_ATTEMPTS} attempts`);
}

describe('an outage: many Alertmanager deliveries of 10,000 alerts at once', () => {
  it.each(['sqlite', 'postgres'] as const)(
    'answers each 2xx or 503 with Retry-After, and stores every acknowledged alert on %s',
    async (dialect) => {
      const store = await servedStore(dialect);
      const server = await store.start();
      const answers: Answers = { ok: 0, retried: 0, wrong: [], fingerprints: new Set() };
      const started = performance.now();
      try {
        const bodies = Array.from({ length: DELIVERIES }, (_, k) => delivery(k));
        await Promise.all(bodies.map((body) => deliver(server, store.token, body, answers)));
      } finally {
        server.child.kill('SIGTERM');
        await server.exited;
      }
      const seconds = (performance.now() - started) / 1_000;

      const stored = await store.storedFingerprints();
      const fingerprints = new Set(stored);
      const lost = [...answers.fingerprints].filter((f) => !fingerprints.has(f));
      console.log(
        `outage burst (${dialect}): ${DELIVERIES} deliveries × ${ALERTS_PER_DELIVERY} alerts at once in ${seconds.toFixed(1)} s: ${answers.ok} acknowledged, ${answers.retried} answers 503 with Retry-After (resent), ${answers.wrong.length} wrong answers; ${answers.fingerprints.size} alerts acknowledged, ${stored.length} stored, ${lost.length} lost`,
      );
      expect(answers.wrong).toEqual([]);
      expect(answers.ok).toBe(DELIVERIES);
      expect(answers.fingerprints.size).toBe(DELIVERIES * ALERTS_PER_DELIVERY);
      expect(lost).toEqual([]);
      // Each alert once, resent deliveries included.
      expect(stored.length).toBe(DELIVERIES * ALERTS_PER_DELIVERY);
    },
    // A real server process storing 60,000 alerts: minutes on a loaded two-core machine.
    (process.env.WHORUNSIT_SOAK ? 5 : 2) * 300_000,
  );
});
