import pg from 'pg';
import { describe, expect, it } from 'vitest';
import {
  acknowledgedFingerprints,
  firingAlert,
  manyAlerts,
  sendAlerts,
  servedStore,
} from '../support/alert-intake.ts';

const ROUNDS = 3;

const delivery = (round: number, size: number) =>
  manyAlerts(size, (i) => firingAlert(`Cut${round}`, { labels: { instance: `node-${i}` } }));

/**
 * PostgreSQL ends the server's connections while it stores alerts, as a database restart, a
 * failover or an operator's pg_terminate_backend does. The server must answer (2xx, or 503 with
 * Retry-After), stay up, and take alerts again once it reconnects.
 */
describe('PostgreSQL connections cut while alerts are stored', () => {
  it('answers every delivery 2xx or 503 with Retry-After, stays up, and stores every acknowledged alert', async () => {
    const store = await servedStore('postgres', { withoutModel: true });
    const running = await store.start();
    let exited = false;
    void running.exited.then(() => {
      exited = true;
    });

    const admin = new pg.Client({ connectionString: store.databaseUrl });
    await admin.connect();
    const post = (body: object) => sendAlerts(running.url, store.token, body);
    const acknowledged = new Set<string>();
    const answers: string[] = [];
    let terminated = 0;
    try {
      for (let round = 1; round <= ROUNDS; round += 1) {
        let done = false;
        const sent = post(delivery(round, 5_000))
          .catch((error: Error) => error)
          .finally(() => {
            done = true;
          });
        // Cut every connection of the server, again and again, while the delivery is stored.
        while (!done) {
          await new Promise((r) => setTimeout(r, 100));
          const { rows } = await admin.query<{ cut: boolean }>(
            `select pg_terminate_backend(pid) as cut from pg_stat_activity
              where datname = current_database() and pid <> pg_backend_pid()
                and backend_type = 'client backend'`,
          );
          terminated += rows.filter((row) => row.cut).length;
        }
        const response = await sent;
        if (response instanceof Error) {
          answers.push(`no answer (${String(response.cause ?? response.message)})`);
          break;
        }
        answers.push(`${response.status} ${response.headers.get('retry-after') ?? '-'}`);
        if (response.ok) {
          for (const f of await acknowledgedFingerprints(response)) acknowledged.add(f);
        } else {
          const error = (await response.json()) as { error: { code: string } };
          expect(response.status).toBe(503);
          expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
          expect(['database-unavailable', 'timeout']).toContain(error.error.code);
        }
      }
    } finally {
      await admin.end();
    }
    console.log(
      `connections cut (postgres): ${ROUNDS} deliveries, ${terminated} connections ended, answers ${answers.join(', ')}`,
    );
    expect(terminated).toBeGreaterThan(0);
    expect(exited, running.stderr().slice(-2_000)).toBe(false);
    expect(answers.filter((answer) => answer.startsWith('no answer'))).toEqual([]);
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);

    // Once the connections are left alone, the resent deliveries are taken and nothing is lost.
    for (let round = 1; round <= ROUNDS; round += 1) {
      const response = await post(delivery(round, 5_000));
      expect(response.status, await response.clone().text()).toBe(200);
      for (const f of await acknowledgedFingerprints(response)) acknowledged.add(f);
    }
    const stored = await store.storedFingerprints();
    const fingerprints = new Set(stored);
    expect([...acknowledged].filter((f) => !fingerprints.has(f))).toEqual([]);
    expect(stored.length).toBe(ROUNDS * 5_000);
  }, 300_000);
});
