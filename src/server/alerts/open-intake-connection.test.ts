import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { type NewAlert, openStore, storeAlerts } from '../../store/index.ts';
import { openIntakeConnection } from './open-intake-connection.ts';

describe("alert intake thread's connection", () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('leaves commits to the caller’s sync and keeps temporary files in memory, and stores a group of 40 alerts', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'whorunsit-intake-connection-'));
    folders.push(folder);
    const store = await openStore({ dataDir: folder, databaseUrl: '' });
    await store.close();
    const { db } = openIntakeConnection(store.location);
    try {
      const pragma = async (name: 'synchronous' | 'temp_store') =>
        (await sql<Record<string, number>>`${sql.raw(`pragma ${name}`)}`.execute(db)).rows[0]?.[
          name
        ];
      // 1: NORMAL (the intake thread syncs the log itself before it answers); 2: MEMORY.
      expect(await pragma('synchronous')).toBe(1);
      expect(await pragma('temp_store')).toBe(2);
      const alerts = Array.from(
        { length: 40 },
        (_, i): NewAlert => ({
          fingerprint: `fp-${i}`,
          startsAt: '2025-03-03T09:58:00.000Z',
          status: 'firing',
          endsAt: null,
          service: 'checkout-api',
          labels: { alertname: 'HighErrorRate', n: String(i), text: 'x'.repeat(2_000) },
          annotations: {},
          generatorUrl: null,
          groupKey: null,
          receivedAt: '2025-03-03T10:00:00.000Z',
          revisionId: null,
          routedTo: { rotation: 'checkout-oncall', person: 'ana' },
          routeReason: 'team-rotation',
          routePending: false,
        }),
      );
      const at = '2025-03-03T10:00:00.000Z';
      const write = () =>
        storeAlerts({ db, alerts, webhooks: [], message: () => ({ event: '', payload: {} }), at });
      expect((await write()).map((s) => s.created)).toEqual(alerts.map(() => true));
      expect((await write()).map((s) => s.created)).toEqual(alerts.map(() => false));
    } finally {
      await db.destroy();
    }
  });
});
