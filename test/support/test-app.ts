import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  FastifyInstance,
  FastifyServerOptions,
  InjectOptions,
  LightMyRequestResponse,
} from 'fastify';
import { durationMillis } from '../../src/model/index.ts';
import { buildApp } from '../../src/server/app.ts';
import { createToken } from '../../src/server/auth/create-token.ts';
import { DEFAULT_CONFIG, type ServerConfig } from '../../src/server/config.ts';
import type { ServerContext } from '../../src/server/context.ts';
import { openStore, type Role, type Store } from '../../src/store/index.ts';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly context: ServerContext;
  /** A live token of each role. */
  readonly tokens: Readonly<Record<Role, string>>;
  /** Sends a request, as `role` when given. */
  readonly call: (
    options: InjectOptions & { as?: Role | undefined },
  ) => Promise<LightMyRequestResponse>;
  /** Sets the clock the app reads. */
  readonly setNow: (iso: string) => void;
  readonly close: () => Promise<void>;
}

export interface TestAppOptions {
  readonly config?: Partial<ServerConfig>;
  /** An existing store (e.g. PostgreSQL); by default a fresh SQLite folder. */
  readonly store?: Store;
  readonly now?: string;
  /** Receives outgoing webhook calls. */
  readonly fetch?: typeof fetch;
  /** Pino options; none by default. */
  readonly logger?: FastifyServerOptions['logger'];
}

/** A whole app on a fresh store, with a token of every role, for `inject` tests. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const folder = options.store ? undefined : mkdtempSync(join(tmpdir(), 'whorunsit-app-'));
  const store = options.store ?? (await openStore({ dataDir: folder }));
  let now = new Date(options.now ?? '2025-03-03T10:00:00.000Z');
  const { app, context } = await buildApp({
    store,
    // No clock tick in tests: they run the handover engine when they mean to.
    config: {
      ...DEFAULT_CONFIG,
      tickIntervalMs: durationMillis(0),
      routeRetryMs: durationMillis(0),
      retentionIntervalMs: durationMillis(0),
      ...options.config,
    },
    now: () => now,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  const tokens = {} as Record<Role, string>;
  for (const role of ['viewer', 'editor', 'admin', 'ingest'] as const) {
    tokens[role] = (await createToken({ db: store.db, name: `${role}-token`, role, now })).token;
  }
  return {
    app,
    store,
    context,
    tokens,
    call: ({ as, headers, ...rest }) =>
      app.inject({
        ...rest,
        headers: { ...headers, ...(as ? { authorization: `Bearer ${tokens[as]}` } : {}) },
      }),
    setNow: (iso) => {
      now = new Date(iso);
    },
    close: async () => {
      await app.close();
      await store.close();
      if (folder) rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Expects the one error shape with a code, and returns its details. */
export function errorOf(response: LightMyRequestResponse): {
  code: string;
  message: string;
  details: unknown;
} {
  const body = response.json() as { error?: { code: string; message: string; details: unknown } };
  if (
    !body.error ||
    typeof body.error.code !== 'string' ||
    typeof body.error.message !== 'string'
  ) {
    throw new Error(`expected the error shape, got ${response.body}`);
  }
  if (!('details' in body.error)) throw new Error('the error shape has no details');
  return body.error;
}
