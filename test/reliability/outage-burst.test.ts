import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/server/auth/create-token.ts';
import { listAlerts, openStore, type StoreOptions } from '../../src/store/index.ts';
import { type PostgresCluster, startPostgresCluster } from '../support/postgres-cluster.ts';
import { type ServerProcess, startServerProcess } from '../support/server-process.ts';

/** `npm run test:soak` sets WHORUNSIT_SOAK: a larger outage. */
const DELIVERIES = process.env.WHORUNSIT_SOAK ? 32 : 6;
/** Alertmanager's largest delivery the server takes (its `max_alerts` in the docs). */
const ALERTS_PER_DELIVERY = 10_000;
/** A delivery answered 503 is resent this many times at most before the test gives up. */
const MAX_ATTEMPTS = 30;
/** The test waits what Retry-After says, but at most this long, to stay bounded. */
const MAX_WAIT_MS = 2_000;

const MODEL = new URL('../../examples/acme', import.meta.url).pathname;
const SERVICES = ['checkout-api', 'payments-api', 'search-api', 'no-such-service'];

function delivery(k: number): string {
  return JSON.stringify({
    version: '4',
    status: 'firing',
    receiver: 'whorunsit',
    groupKey: `{}:{alertname="Outage${k}"}`,
    alerts: Array.from({ length: ALERTS_PER_DELIVERY }, (_, i) => ({
      status: 'firing',
      labels: {
        alertname: `Outage${k}`,
        instance: `node-${i}`,
        service: SERVICES[i % SERVICES.length],
        severity: i % 10 === 0 ? 'page' : 'ticket',
      },
      annotations: { summary: `node-${i} is down` },
      startsAt: '2025-03-03T09:58:00Z',
      endsAt: '0001-01-01T00:00:00Z',
    })),
  });
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
      response = await fetch(`${server.url}/api/v1/alerts/alertmanager`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      });
    } catch (error) {
      answers.wrong.push(`no answer: ${(error as Error).message}`);
      return;
    }
    if (response.ok) {
      const answer = (await response.json()) as { alerts: { fingerprint: string }[] };
      for (const a of answer.alerts) answers.fingerprints.add(a.fingerprint);
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
  let cluster: PostgresCluster | undefined;
  const folders: string[] = [];
  afterAll(() => {
    cluster?.stop();
    for (const f of folders) rmSync(f, { recursive: true, force: true });
  }, 60_000);

  it.each(['sqlite', 'postgres'] as const)(
    'answers each 2xx or 503 with Retry-After, and stores every acknowledged alert on %s',
    async (dialect) => {
      let options: StoreOptions;
      let args: string[];
      if (dialect === 'sqlite') {
        const data = mkdtempSync(join(tmpdir(), 'whorunsit-burst-'));
        folders.push(data);
        options = { dataDir: data };
        args = ['--data', data, '--model', MODEL];
      } else {
        cluster = await startPostgresCluster();
        const url = await cluster.createDatabase();
        options = { databaseUrl: url };
        args = ['--database-url', url, '--model', MODEL];
      }
      const setup = await openStore(options);
      const { token } = await createToken({
        db: setup.db,
        name: 'alertmanager',
        role: 'ingest',
        now: new Date(),
      });
      await setup.close();

      const server = await startServerProcess(args);
      const answers: Answers = { ok: 0, retried: 0, wrong: [], fingerprints: new Set() };
      const started = performance.now();
      try {
        const bodies = Array.from({ length: DELIVERIES }, (_, k) => delivery(k));
        await Promise.all(bodies.map((body) => deliver(server, token, body, answers)));
      } finally {
        server.child.kill('SIGTERM');
        await server.exited;
      }
      const seconds = (performance.now() - started) / 1_000;

      const after = await openStore(options);
      try {
        const stored = await listAlerts({ db: after.db, limit: 1_000_000 });
        const fingerprints = new Set(stored.map((a) => a.fingerprint));
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
      } finally {
        await after.close();
      }
    },
    // A real server process storing 60,000 alerts: minutes on a loaded two-core machine.
    (process.env.WHORUNSIT_SOAK ? 5 : 2) * 300_000,
  );
});
