import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/server/auth/create-token.ts';
import { listAlerts, openStore, type StoreOptions } from '../../src/store/index.ts';
import { type PostgresCluster, startPostgresCluster } from '../support/postgres-cluster.ts';
import { type ServerProcess, startServerProcess } from '../support/server-process.ts';

/** `npm run test:soak` sets WHORUNSIT_SOAK: many kill cycles instead of one per engine. */
const CYCLES = process.env.WHORUNSIT_SOAK ? 16 : 1;
/** Alerts acknowledged per cycle before the process is killed. */
const ACKNOWLEDGED_PER_CYCLE = process.env.WHORUNSIT_SOAK ? 400 : 100;

const MODEL = new URL('../../examples/acme', import.meta.url).pathname;

function batch(name: string, size: number) {
  return {
    version: '4',
    status: 'firing',
    alerts: Array.from({ length: size }, (_, i) => ({
      labels: { alertname: `${name}-${i}`, service: 'checkout-api' },
      startsAt: '2025-03-03T10:00:00Z',
    })),
  };
}

/**
 * One cycle: four senders post webhooks to a real `whorunsit serve` process; once enough were
 * acknowledged, a large webhook is sent and the process is killed with SIGKILL while it is being
 * stored. Whatever was answered 2xx must be in the store afterwards, once.
 */
async function killCycle(
  cycle: number,
  args: readonly string[],
  token: string,
  acknowledged: Set<string>,
): Promise<{ inFlightAtKill: number }> {
  const server: ServerProcess = await startServerProcess(args);
  let killed = false;
  let inFlight = 0;
  let inFlightAtKill = 0;
  let sent = 0;
  let ackedThisCycle = 0;
  const send = async (name: string, size: number) => {
    inFlight += 1;
    try {
      const response = await fetch(`${server.url}/api/v1/alerts/alertmanager`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(batch(name, size)),
      });
      if (response.ok) {
        const body = (await response.json()) as { alerts: { fingerprint: string }[] };
        for (const a of body.alerts) acknowledged.add(a.fingerprint);
        ackedThisCycle += body.alerts.length;
      }
    } catch {
      // The connection died with the process: never acknowledged.
    } finally {
      inFlight -= 1;
    }
  };
  const sender = async () => {
    while (!killed) {
      sent += 1;
      await send(`c${cycle}-b${sent}`, 5);
      if (!killed && ackedThisCycle >= ACKNOWLEDGED_PER_CYCLE) {
        killed = true;
        const large = send(`c${cycle}-large`, 2_000);
        await new Promise((r) => setTimeout(r, 30));
        inFlightAtKill = inFlight;
        server.child.kill('SIGKILL');
        await large;
      }
    }
  };
  await Promise.all([sender(), sender(), sender(), sender()]);
  expect((await server.exited).signal).toBe('SIGKILL');
  return { inFlightAtKill };
}

describe('SIGKILL in the middle of intake', () => {
  let cluster: PostgresCluster | undefined;
  const folders: string[] = [];
  afterAll(() => {
    cluster?.stop();
    for (const f of folders) rmSync(f, { recursive: true, force: true });
  }, 60_000);

  it.each(['sqlite', 'postgres'] as const)(
    'loses no acknowledged alert on %s',
    async (dialect) => {
      let options: StoreOptions;
      let args: string[];
      if (dialect === 'sqlite') {
        const data = mkdtempSync(join(tmpdir(), 'whorunsit-kill-'));
        folders.push(data);
        options = { dataDir: data };
        args = ['--data', data, '--model', MODEL];
      } else {
        // Durable: the database must keep what it acknowledged, as a production one does.
        cluster = await startPostgresCluster({ durable: true });
        const url = await cluster.createDatabase();
        options = { databaseUrl: url };
        args = ['--database-url', url, '--model', MODEL];
      }
      const setup = await openStore(options);
      const { token } = await createToken({
        db: setup.db,
        name: 'am',
        role: 'admin',
        now: new Date(),
      });
      await setup.close();

      const acknowledged = new Set<string>();
      let inFlightAtKills = 0;
      for (let cycle = 1; cycle <= CYCLES; cycle += 1) {
        const { inFlightAtKill } = await killCycle(cycle, args, token, acknowledged);
        if (inFlightAtKill > 0) inFlightAtKills += 1;
      }

      const after = await openStore(options);
      try {
        const stored = await listAlerts({ db: after.db, limit: 1_000_000 });
        const fingerprints = new Set(stored.map((a) => a.fingerprint));
        const lost = [...acknowledged].filter((f) => !fingerprints.has(f));
        console.log(
          `SIGKILL cycles (${dialect}): ${CYCLES} cycles (${inFlightAtKills} with requests in flight), ${acknowledged.size} acknowledged, ${stored.length} stored, ${lost.length} lost`,
        );
        expect(inFlightAtKills).toBeGreaterThan(0);
        expect(lost).toEqual([]);
        // Each alert once: a webhook resent after a kill is a duplicate, not a second alert.
        expect(stored.length).toBe(fingerprints.size);
      } finally {
        await after.close();
      }
    },
    // Each cycle starts a server process: minutes on a loaded two-core machine.
    (process.env.WHORUNSIT_SOAK ? 60 : 1) * 300_000,
  );
});
