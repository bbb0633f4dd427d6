// A whole whorunsit server on a throwaway SQLite folder whose clock stands still, as the
// screenshots and the console benchmark run it: what they show or measure does not move while
// they run, and nothing ticks in the background.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { durationMillis } from '../src/model/index.ts';
import { buildApp } from '../src/server/app.ts';
import { DEFAULT_CONFIG } from '../src/server/config.ts';
import { openStore, type Store } from '../src/store/index.ts';

export interface FrozenClockApp {
  readonly app: FastifyInstance;
  readonly store: Store;
  /** The instant the server's clock shows throughout. */
  readonly now: Date;
  /** Stops the server, closes the store and deletes its folder. */
  readonly close: () => Promise<void>;
}

/** Starts the app (not yet listening) on a fresh SQLite folder, its clock stopped at `now`. */
export async function startFrozenClockApp(
  prefix: string,
  now: Date = new Date(),
): Promise<FrozenClockApp> {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  const store = await openStore({ dataDir: folder });
  const { app } = await buildApp({
    store,
    config: { ...DEFAULT_CONFIG, tickIntervalMs: durationMillis(0) },
    now: () => now,
  });
  return {
    app,
    store,
    now,
    close: async () => {
      await app.close();
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
