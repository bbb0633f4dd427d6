import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../store/index.ts';
import { CLOSE_THREAD } from './alert-store-messages.ts';

const THREAD = new URL('./alert-store-thread.ts', import.meta.url);

describe('the alert intake thread, asked to close', () => {
  let folder: string;
  let store: Store;
  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'whorunsit-intake-close-'));
    store = await openStore({ dataDir: folder });
  });
  afterEach(async () => {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('ends by itself, exit code 0, after the calls it was sent are answered', async () => {
    // Stopped from outside (`terminate`) in the middle of SQLite's or the disk's work, the
    // thread once took the whole process down (SIGTRAP) on a loaded machine: it must end on
    // its own instead.
    const thread = new Worker(THREAD, { workerData: { file: store.location, webhooks: [] } });
    const replies: unknown[] = [];
    thread.on('message', (m: unknown[]) => replies.push(...m));
    const ended = once(thread, 'exit');
    const at = '2025-03-03T10:00:00.000Z';
    const call = {
      id: 1,
      at,
      alerts: [
        {
          fingerprint: 'a',
          startsAt: at,
          status: 'firing',
          endsAt: null,
          service: null,
          labels: { alertname: 'A' },
          annotations: {},
          generatorUrl: null,
          groupKey: null,
          receivedAt: at,
          revisionId: null,
          routedTo: { rotation: null, person: null },
          routeReason: 'no-model',
          routePending: true,
        },
      ],
    };
    thread.postMessage(JSON.stringify([call]));
    await once(thread, 'message');
    thread.postMessage(CLOSE_THREAD);
    expect(await ended).toEqual([0]);
    expect(replies).toMatchObject([{ id: 1, ok: true }]);
  });
});
