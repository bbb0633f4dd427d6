import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ServerProcess, startServerProcess } from '../../test/support/server-process.ts';
import { listAlerts, openStore } from '../store/index.ts';
import { createToken } from './auth/create-token.ts';

const folders: string[] = [];
const processes: ServerProcess[] = [];
afterEach(() => {
  for (const p of processes.splice(0)) p.child.kill('SIGKILL');
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

const MODEL = new URL('../../examples/acme', import.meta.url).pathname;

function batch(n: number, size = 5) {
  return {
    version: '4',
    status: 'firing',
    alerts: Array.from({ length: size }, (_, i) => ({
      labels: { alertname: `Burn${n}-${i}`, service: 'checkout-api' },
      startsAt: '2025-03-03T10:00:00Z',
    })),
  };
}

describe('alert intake survives a crash', () => {
  it('keeps every alert it answered 2xx when the process is killed in the middle of intake', async () => {
    const data = mkdtempSync(join(tmpdir(), 'whorunsit-kill-'));
    folders.push(data);
    const setup = await openStore({ dataDir: data });
    const { token } = await createToken({
      db: setup.db,
      name: 'am',
      role: 'admin',
      now: new Date(),
    });
    await setup.close();

    const server = await startServerProcess(['--data', data, '--model', MODEL]);
    processes.push(server);
    const acknowledged = new Set<string>();
    let inFlightAtKill = 0;
    let inFlight = 0;
    let sent = 0;
    let killed = false;
    const send = async (n: number, size?: number) => {
      inFlight += 1;
      try {
        const response = await fetch(`${server.url}/api/v1/alerts/alertmanager`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(batch(n, size)),
        });
        if (response.ok) {
          const body = (await response.json()) as { alerts: { fingerprint: string }[] };
          for (const a of body.alerts) acknowledged.add(a.fingerprint);
        }
      } catch {
        // The connection died with the process: this batch was never acknowledged.
      } finally {
        inFlight -= 1;
      }
    };
    // Four senders keep requests in flight; the process dies once 30 batches were answered.
    const sender = async () => {
      while (!killed) {
        sent += 1;
        await send(sent);
        if (!killed && acknowledged.size >= 150) {
          killed = true;
          // A large batch is surely still being stored when the process dies.
          const large = send(-1, 2_000);
          await new Promise((r) => setTimeout(r, 30));
          inFlightAtKill = inFlight;
          server.child.kill('SIGKILL');
          await large;
        }
      }
    };
    const senders = [sender(), sender(), sender(), sender()];
    await Promise.all(senders);
    expect((await server.exited).signal).toBe('SIGKILL');
    expect(acknowledged.size).toBeGreaterThanOrEqual(150);
    expect(inFlightAtKill).toBeGreaterThan(0);

    const after = await openStore({ dataDir: data });
    try {
      const stored = await listAlerts({ db: after.db, limit: 100_000 });
      const fingerprints = new Set(stored.map((a) => a.fingerprint));
      const missing = [...acknowledged].filter((f) => !fingerprints.has(f));
      expect(missing).toEqual([]);
      expect(stored.length).toBe(fingerprints.size);
    } finally {
      await after.close();
    }

    // The restarted server serves them too.
    const restarted = await startServerProcess(['--data', data]);
    processes.push(restarted);
    const listed = await fetch(`${restarted.url}/api/v1/alerts?limit=1000`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await listed.json()) as { alerts: { fingerprint: string }[] };
    const served = new Set(body.alerts.map((a) => a.fingerprint));
    expect([...acknowledged].every((f) => served.has(f))).toBe(true);
  }, 300_000); // two server processes start, one is killed: slow on a loaded machine
});
