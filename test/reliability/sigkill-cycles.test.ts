import { describe, expect, it } from 'vitest';
import {
  acknowledgedFingerprints,
  firingAlert,
  manyAlerts,
  type ServedStore,
  sendAlerts,
  servedStore,
} from '../support/alert-intake.ts';

/**
 * `npm run test:soak` sets WHORUNSIT_SOAK: many kill cycles instead of two per engine (two, so
 * that a kill also meets a store reopened after a kill, and group commits of several calls).
 */
const CYCLES = process.env.WHORUNSIT_SOAK ? 16 : 2;
/** Alerts acknowledged per cycle before the process is killed. */
const ACKNOWLEDGED_PER_CYCLE = process.env.WHORUNSIT_SOAK ? 400 : 100;

/**
 * One cycle: four senders post webhooks to a real `whorunsit serve` process; once enough were
 * acknowledged, a large webhook is sent and the process is killed with SIGKILL while it is being
 * stored. Whatever was answered 2xx must be in the store afterwards, once.
 */
async function killCycle(
  cycle: number,
  store: ServedStore,
  acknowledged: Set<string>,
): Promise<{ inFlightAtKill: number }> {
  const server = await store.start();
  let killed = false;
  let inFlight = 0;
  let inFlightAtKill = 0;
  let sent = 0;
  let ackedThisCycle = 0;
  const send = async (name: string, size: number) => {
    inFlight += 1;
    try {
      const response = await sendAlerts(
        server.url,
        store.token,
        manyAlerts(size, (i) => firingAlert(`${name}-${i}`)),
      );
      if (response.ok) {
        const fingerprints = await acknowledgedFingerprints(response);
        for (const f of fingerprints) acknowledged.add(f);
        ackedThisCycle += fingerprints.length;
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
  it.each(['sqlite', 'postgres'] as const)(
    'loses no acknowledged alert on %s',
    async (dialect) => {
      // Durable: the database must keep what it acknowledged, as a production one does.
      const store = await servedStore(dialect, { durable: true });
      const acknowledged = new Set<string>();
      let inFlightAtKills = 0;
      for (let cycle = 1; cycle <= CYCLES; cycle += 1) {
        const { inFlightAtKill } = await killCycle(cycle, store, acknowledged);
        if (inFlightAtKill > 0) inFlightAtKills += 1;
      }

      const stored = await store.storedFingerprints();
      const fingerprints = new Set(stored);
      const lost = [...acknowledged].filter((f) => !fingerprints.has(f));
      console.log(
        `SIGKILL cycles (${dialect}): ${CYCLES} cycles (${inFlightAtKills} with requests in flight), ${acknowledged.size} acknowledged, ${stored.length} stored, ${lost.length} lost`,
      );
      expect(inFlightAtKills).toBeGreaterThan(0);
      expect(lost).toEqual([]);
      // Each alert once: a webhook resent after a kill is a duplicate, not a second alert.
      expect(stored.length).toBe(fingerprints.size);
    },
    // Each cycle starts a server process: minutes on a loaded two-core machine.
    (process.env.WHORUNSIT_SOAK ? 60 : 1) * 300_000,
  );
});
