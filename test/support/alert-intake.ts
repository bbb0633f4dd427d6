import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { onTestFinished } from 'vitest';
import { createToken } from '../../src/server/auth/create-token.ts';
import type { Dialect } from '../../src/store/dialect.ts';
import { listAlerts, openStore, type StoreOptions } from '../../src/store/index.ts';
import { startPostgresCluster } from './postgres-cluster.ts';
import { type ServerProcess, startServerProcess } from './server-process.ts';
import type { TestApp } from './test-app.ts';

/**
 * What the reliability tests share about alert intake: Alertmanager's webhook bodies, sending
 * them to an app in the test process or to a real `whorunsit serve` process, such a process's
 * store on either engine with an ingest token, and the alerts a store holds afterwards.
 */

/** Where Alertmanager delivers (its webhook receiver's URL path). */
export const INTAKE_PATH = '/api/v1/alerts/alertmanager';

const ACME = new URL('../../examples/acme', import.meta.url).pathname;

/** What sets one alert apart; the rest is what Alertmanager sends for a firing alert. */
export interface AlertOptions {
  /** The `service` label; checkout-api (a service of examples/acme) by default. */
  readonly service?: string;
  /** More labels, or other values for `severity` and `service`. */
  readonly labels?: Readonly<Record<string, string>>;
  /** The `summary` annotation: its length is what some tests need (a disk to fill). */
  readonly summary?: string;
}

/** A firing alert as Alertmanager's webhook carries it (test/fixtures/alertmanager/). */
export function firingAlert(alertname: string, options: AlertOptions = {}) {
  return {
    status: 'firing',
    labels: {
      alertname,
      service: options.service ?? 'checkout-api',
      severity: 'page',
      ...options.labels,
    },
    annotations: { summary: options.summary ?? `${alertname} fired` },
    startsAt: '2025-03-03T09:58:00Z',
    endsAt: '0001-01-01T00:00:00Z',
  };
}

export type FiringAlert = ReturnType<typeof firingAlert>;

/** Alertmanager's webhook body (version 4) delivering `alerts` of one group. */
export function webhook(alerts: readonly FiringAlert[]) {
  return {
    version: '4',
    status: 'firing',
    receiver: 'whorunsit',
    groupKey: `{}:{alertname="${alerts[0]?.labels.alertname ?? ''}"}`,
    alerts,
  };
}

/** A webhook of one firing alert. */
export function oneAlert(alertname: string, options: AlertOptions = {}) {
  return webhook([firingAlert(alertname, options)]);
}

/** A webhook of `count` firing alerts, the i-th made by `alert(i)`. */
export function manyAlerts(count: number, alert: (i: number) => FiringAlert) {
  return webhook(Array.from({ length: count }, (_, i) => alert(i)));
}

/** Delivers a webhook to an app in the test process, as its ingest token. */
export function postAlerts(app: TestApp, body: object): Promise<LightMyRequestResponse> {
  return app.call({ method: 'POST', url: INTAKE_PATH, as: 'ingest', payload: body });
}

/** Delivers a webhook (an object, or JSON made once for many sends) to a server over HTTP. */
export function sendAlerts(url: string, token: string, body: object | string): Promise<Response> {
  return fetch(`${url}${INTAKE_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The fingerprints of the alerts an answer of intake acknowledged. */
export async function acknowledgedFingerprints(response: Response): Promise<string[]> {
  const body = (await response.json()) as { alerts: { fingerprint: string }[] };
  return body.alerts.map((a) => a.fingerprint);
}

/** A store for `whorunsit serve` processes, with an ingest token made in it. */
export interface ServedStore {
  readonly dialect: Dialect;
  readonly token: string;
  /** The PostgreSQL database's URL; empty on SQLite. */
  readonly databaseUrl: string;
  /** Starts a server process on the store (again after a kill: the data stays). */
  readonly start: () => Promise<ServerProcess>;
  /** The fingerprint of every alert stored, read by a connection of the test's own. */
  readonly storedFingerprints: () => Promise<string[]>;
}

/**
 * An empty store on `dialect` for server processes: a temporary SQLite data folder, or a
 * database on a throwaway PostgreSQL cluster (`durable`: fsync on, for tests that kill the
 * server and count on what was committed). The servers serve examples/acme unless
 * `withoutModel` (intake stores alerts without a model; their routing waits). Everything is
 * removed when the test finishes.
 */
export async function servedStore(
  dialect: Dialect,
  options: { readonly durable?: boolean; readonly withoutModel?: boolean } = {},
): Promise<ServedStore> {
  const servers: ServerProcess[] = [];
  const removals: (() => void)[] = [];
  // Servers first, then their store: nothing outlives the test.
  onTestFinished(async () => {
    for (const server of servers) {
      if (server.child.exitCode === null && server.child.signalCode === null) {
        server.child.kill('SIGKILL');
        await server.exited;
      }
    }
    for (const remove of removals) remove();
  }, 60_000);
  let storeOptions: StoreOptions;
  let args: string[];
  let databaseUrl = '';
  if (dialect === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'whorunsit-served-'));
    removals.push(() => rmSync(dataDir, { recursive: true, force: true }));
    storeOptions = { dataDir };
    args = ['--data', dataDir];
  } else {
    const cluster = await startPostgresCluster({ durable: options.durable ?? false });
    removals.push(() => cluster.stop());
    databaseUrl = await cluster.createDatabase();
    storeOptions = { databaseUrl };
    args = ['--database-url', databaseUrl];
  }
  if (!options.withoutModel) args.push('--model', ACME);
  const setup = await openStore(storeOptions);
  let token: string;
  try {
    token = (
      await createToken({ db: setup.db, name: 'alertmanager', role: 'ingest', now: new Date() })
    ).token;
  } finally {
    await setup.close();
  }
  return {
    dialect,
    token,
    databaseUrl,
    start: async () => {
      const server = await startServerProcess(args);
      servers.push(server);
      return server;
    },
    storedFingerprints: async () => {
      const store = await openStore(storeOptions);
      try {
        const stored = await listAlerts({ db: store.db, limit: 1_000_000 });
        return stored.map((a) => a.fingerprint);
      } finally {
        await store.close();
      }
    },
  };
}

/** Waits until `check` says yes, asking every 200 ms; false when `ms` pass first. */
export async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

/** Runs a command as root (CI containers run the suite as root; elsewhere password-less sudo). */
export function asRoot(args: readonly string[], input?: string): string {
  const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const [file, ...rest] = [...sudo, ...args] as [string, ...string[]];
  return execFileSync(file, rest, { stdio: 'pipe', ...(input ? { input } : {}) }).toString();
}
