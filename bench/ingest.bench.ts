/**
 * What an SLI ingest costs as history grows (issue #15: "ingest costs what arrived, flat in
 * history size"). The app of `whorunsit serve` in process (Fastify inject, no sockets), with
 * examples/acme (23 services) and hourly samples of every service for the last H days, H = 1,
 * 100 and 400 (the live horizon), on SQLite and on PostgreSQL (a throwaway durable cluster).
 * Per history length, in the same run:
 *
 * - `POST /api/v1/sli-samples` with one new sample of one service (the usual push);
 * - the same with one new sample of every service;
 * - the baseline: the handover engine over every sample of the horizon (`loadLiveData` +
 *   `handover`), which is what each ingest ran before the day sums; it grows with history.
 *
 * Reports medians and the ratio of each to its own figure at H = 1.
 *
 * Run: npm run -s bench:ingest [-- --runs 30 --only sqlite|postgres]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { handover } from '../src/engine/handover/index.ts';
import { epochSecondsOf } from '../src/model/index.ts';
import { loadLiveData } from '../src/server/live/load-live-data.ts';
import {
  insertSliSamples,
  openStore,
  type SliSampleRecord,
  type Store,
} from '../src/store/index.ts';
import { acmeSources } from '../test/support/acme-sources.ts';
import { startPostgresCluster } from '../test/support/postgres-cluster.ts';
import { startTestApp, type TestApp } from '../test/support/test-app.ts';
import { median } from './server-load.ts';

const NOW = new Date('2025-06-30T12:00:00.000Z');
const HISTORIES = [1, 100, 400];
const HOUR_MS = 3_600_000;

const argv = process.argv.slice(2);
const option = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const RUNS = Number(option('runs') ?? 30);
const only = option('only');
const databases = (['sqlite', 'postgres'] as const).filter((d) => only === undefined || only === d);

interface Row {
  readonly database: string;
  readonly days: number;
  readonly samples: number;
  readonly one: number;
  readonly every: number;
  readonly full: number;
}

async function openDatabase(database: 'sqlite' | 'postgres') {
  if (database === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'whorunsit-ingest-bench-'));
    return {
      store: await openStore({ dataDir }),
      close: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const cluster = await startPostgresCluster({ durable: true });
  return {
    store: await openStore({ databaseUrl: await cluster.createDatabase() }),
    close: async () => cluster.stop(),
  };
}

async function storeHistory(store: Store, services: readonly string[], days: number) {
  const samples: SliSampleRecord[] = [];
  for (let h = days * 24; h >= 1; h--) {
    const timestamp = new Date(NOW.getTime() - h * HOUR_MS).toISOString();
    for (const service of services) samples.push({ service, timestamp, good: 999, total: 1000 });
  }
  for (let i = 0; i < samples.length; i += 20_000) {
    const chunk = samples.slice(i, i + 20_000);
    await store.db.transaction().execute((tx) => insertSliSamples({ db: tx, samples: chunk }));
  }
  // A database that has held its history for a while has its planner statistics; right after a
  // bulk load PostgreSQL may not yet (autovacuum analyzes later) and would plan as for an empty table.
  await sql`analyze`.execute(store.db);
  return samples.length;
}

async function timed(runs: number, run: (i: number) => Promise<void>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
  }
  return median(times);
}

async function benchOne(database: 'sqlite' | 'postgres', days: number): Promise<Row> {
  const { store, close } = await openDatabase(database);
  let t: TestApp | undefined;
  try {
    t = await startTestApp({ store, now: NOW.toISOString() });
    const app = t;
    const pushed = await app.call({
      method: 'POST',
      url: '/api/v1/revisions',
      as: 'admin',
      payload: { message: 'acme', sources: acmeSources() },
    });
    if (pushed.statusCode !== 201) throw new Error(`revision: ${pushed.body}`);
    const { model } = await app.context.models.at();
    const services = [...model.services.keys()];
    const samples = await storeHistory(store, services, days);
    let minute = 0;
    const ingest = async (names: readonly string[]) => {
      minute += 1;
      // New samples in the last hour, each at a time not stored yet.
      const timestamp = new Date(NOW.getTime() - HOUR_MS + minute * 1000).toISOString();
      const response = await app.call({
        method: 'POST',
        url: '/api/v1/sli-samples',
        as: 'ingest',
        payload: {
          samples: names.map((service) => ({ service, timestamp, good: 99, total: 100 })),
        },
      });
      if (response.statusCode !== 200) throw new Error(`ingest: ${response.body}`);
    };
    // Warm up: the first ingest reads every day sum (as a restart does) and decides for all.
    for (let i = 0; i < 10; i++) await ingest([services[0] as string]);
    const one = await timed(RUNS, (i) => ingest([services[i % services.length] as string]));
    const every = await timed(Math.ceil(RUNS / 2), () => ingest(services));
    const full = await timed(3, async () => {
      const data = await loadLiveData({ db: store.db, now: NOW, horizonDays: 400 });
      handover({ model, ...data, asOf: epochSecondsOf(NOW) });
    });
    return { database, days, samples, one, every, full };
  } finally {
    await t?.close();
    await close();
  }
}

const load = loadavg()[0] ?? 0;
const rows: Row[] = [];
for (const database of databases) {
  for (const days of HISTORIES) {
    const row = await benchOne(database, days);
    rows.push(row);
    process.stderr.write(`${JSON.stringify(row)}\n`);
  }
}
const ms = (x: number) => x.toFixed(1);
const ratio = (x: number, base: number) => `${(x / base).toFixed(2)}×`;
const lines = [
  `ingest cost vs history, acme (23 services), hourly samples, median of ${RUNS} (every service: ${Math.ceil(RUNS / 2)}; full: 3); load average ${load.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)}`,
  '',
  '| database | history (days) | samples stored | ingest, 1 sample of 1 service (ms) | ingest, 1 sample of each service (ms) | handover over every sample of the horizon, the cost before (ms) |',
  '|---|---:|---:|---:|---:|---:|',
];
for (const row of rows) {
  const base = rows.find((r) => r.database === row.database && r.days === HISTORIES[0]) as Row;
  lines.push(
    `| ${row.database} | ${row.days} | ${row.samples} | ${ms(row.one)} (${ratio(row.one, base.one)}) | ${ms(row.every)} (${ratio(row.every, base.every)}) | ${ms(row.full)} (${ratio(row.full, base.full)}) |`,
  );
}
process.stdout.write(`${lines.join('\n')}\n`);
