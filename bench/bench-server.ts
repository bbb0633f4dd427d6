/**
 * A real `whorunsit serve` process serving examples/acme on 127.0.0.1 for the server
 * benchmarks, on the embedded SQLite (a temporary data folder) or on PostgreSQL (a throwaway
 * cluster with its production durability: fsync and synchronous commit on), with a viewer and
 * an ingest token and a live horizon's worth of SLI samples for one service.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createToken } from '../src/server/auth/create-token.ts';
import { openStore } from '../src/store/index.ts';
import { startPostgresCluster } from '../test/support/postgres-cluster.ts';
import { type ServerProcess, startServerProcess } from '../test/support/server-process.ts';

export const ACME = new URL('../examples/acme', import.meta.url).pathname;
/** The runner case without data, and where the alerts go. */
export const SERVICE = 'payment-gateway-api';
/** The runner case with a live horizon's worth of SLI samples (all within budget). */
export const SERVICE_WITH_SAMPLES = 'checkout-api';
export const SAMPLE_DAYS = 400;

export const DATABASES = ['sqlite', 'postgres'] as const;
export type Database = (typeof DATABASES)[number];

export interface BenchServer {
  readonly url: string;
  readonly dataDir: string;
  readonly databaseUrl: string;
  readonly tokens: { readonly viewer: string; readonly ingest: string };
  readonly process: ServerProcess;
  /** Stops the server (SIGTERM, so a CPU profile is written) and waits until it exited. */
  readonly stop: () => Promise<void>;
  /** Undoes everything at once (the server, the cluster, the data folder); safe to call twice. */
  readonly cleanup: () => void;
}

/**
 * Starts the server with its data in place and checks that the runner answers for real before
 * any rate of it means something. `env` goes to the server process only (e.g. NODE_OPTIONS
 * with --cpu-prof).
 */
export async function startBenchServer(
  database: Database,
  env: Readonly<Record<string, string>> = {},
): Promise<BenchServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'whorunsit-bench-'));
  const cluster = database === 'postgres' ? await startPostgresCluster({ durable: true }) : null;
  let server: ServerProcess | undefined;
  const cleanup = () => {
    server?.child.kill('SIGKILL');
    cluster?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const databaseUrl = cluster ? await cluster.createDatabase() : '';
    const tokens = await createTokens(dataDir, databaseUrl);
    server = await startServerProcess(
      [
        ...['--host', '127.0.0.1', '--data', dataDir, '--model', ACME],
        // The limit is per token; the benchmark is one very busy client on purpose.
        ...['--rate-limit', '1000000', '--tick', '0'],
      ],
      { DATABASE_URL: databaseUrl, ...env },
    );
    if (!server.url.startsWith('http://127.0.0.1:')) {
      throw new Error(`the server listens on ${server.url}, not on 127.0.0.1`);
    }
    await storeSamples(server.url, tokens.ingest);
    for (const service of [SERVICE, SERVICE_WITH_SAMPLES]) {
      await checkRunner(server.url, tokens.viewer, service);
    }
    const running = server;
    return {
      url: running.url,
      dataDir,
      databaseUrl,
      tokens,
      process: running,
      stop: () => stopServer(running),
      cleanup,
    };
  } catch (error) {
    cleanup();
    throw error;
  }
}

async function createTokens(dataDir: string, databaseUrl: string) {
  const store = await openStore({ dataDir, databaseUrl });
  try {
    const now = new Date();
    const viewer = await createToken({ db: store.db, name: 'bench', role: 'viewer', now });
    const ingest = await createToken({ db: store.db, name: 'bench-am', role: 'ingest', now });
    return { viewer: viewer.token, ingest: ingest.token };
  } finally {
    await store.close();
  }
}

/** Hourly samples of the last SAMPLE_DAYS days for SERVICE_WITH_SAMPLES, 1 in 100,000 bad. */
async function storeSamples(url: string, token: string): Promise<void> {
  const hour = 3_600_000;
  const end = Math.floor(Date.now() / hour) * hour;
  const samples = Array.from({ length: SAMPLE_DAYS * 24 }, (_, i) => ({
    service: SERVICE_WITH_SAMPLES,
    timestamp: new Date(end - (SAMPLE_DAYS * 24 - i) * hour).toISOString(),
    good: i % 10 === 0 ? 9_999 : 10_000,
    total: 10_000,
  }));
  const response = await fetch(`${url}/api/v1/sli-samples`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ samples }),
  });
  if (response.status !== 200) {
    throw new Error(`storing the samples answered ${response.status}: ${await response.text()}`);
  }
}

/** The runner endpoint must answer for real before its rate means anything. */
async function checkRunner(url: string, token: string, service: string): Promise<void> {
  const response = await fetch(`${url}/api/v1/services/${service}/runner`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await response.json()) as {
    onCall?: unknown[];
    errorBudget?: { status?: string };
  };
  const expected = service === SERVICE_WITH_SAMPLES ? 'within' : 'no-data';
  if (
    response.status !== 200 ||
    !Array.isArray(body.onCall) ||
    body.onCall.length === 0 ||
    body.errorBudget?.status !== expected
  ) {
    throw new Error(
      `the runner of ${service} answered ${response.status}: ${JSON.stringify(body)}`,
    );
  }
}

async function stopServer(server: ServerProcess): Promise<void> {
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 20_000);
  const { code } = await server.exited;
  clearTimeout(timer);
  if (code !== 0) throw new Error(`the server exited with ${code}:\n${server.stderr()}`);
}

/**
 * CPU seconds (user + system) a process has used so far, from /proc (Linux): what the server
 * spent, apart from the load generator beside it on the same cores. NaN where /proc is absent.
 */
export function processCpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after its closing paren.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return ticks / CLOCK_TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

/** USER_HZ, the unit of /proc/<pid>/stat times: 100 on every Linux Node.js runs on. */
const CLOCK_TICKS_PER_SECOND = 100;
