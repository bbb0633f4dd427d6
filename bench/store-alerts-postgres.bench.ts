/**
 * The CPU of storing one group of alerts on PostgreSQL (`storeAlerts`, as intake's group commit
 * calls it) against a throwaway cluster, apart from HTTP: in this process (what building and
 * sending the statement costs the request thread) and in the database's backend process of the
 * connection (parsing, planning and running it), read from /proc, with the wall time. With
 * `--against <other checkout>` both builds' `storeAlerts` run in alternating rounds on the same
 * database and the report gives each round's ratio (this checkout ÷ the other) and their median.
 *
 * Run: npm run bench:store-alerts-postgres [-- --alerts 10 --rounds 10 --calls 200
 *      --against /path/to/other/checkout]
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import type { NewAlert, StoreAlertsOptions, StoredAlert } from '../src/store/index.ts';
import { openStore } from '../src/store/index.ts';
import { startPostgresCluster } from '../test/support/postgres-cluster.ts';
import { guardBench } from './bench-guard.ts';
import { median } from './server-load.ts';

type StoreAlerts = (options: StoreAlertsOptions) => Promise<StoredAlert[]>;

const args = parseArgs(process.argv.slice(2));
const guard = guardBench('bench:store-alerts-postgres', 900);
const AT = new Date().toISOString();

let seq = 0;
/** An alert no other call carries, shaped as the benchmark's webhook alert (bench/alert-payloads.ts). */
function newAlert(): NewAlert {
  seq += 1;
  return {
    fingerprint: seq.toString(16).padStart(16, '0'),
    startsAt: AT,
    status: 'firing',
    endsAt: null,
    service: 'payment-gateway-api',
    labels: {
      alertname: 'high_memory_load',
      instance: 'instance-with-hyphen_and_underscore',
      job: 'docker_nodes',
      monitor: 'master',
      severity: 'warning',
      service: 'payment-gateway-api',
      bench_seq: String(seq),
    },
    annotations: {
      description: '10.80.40.11 reported high memory usage with 23.28%.',
      summary: 'Server High Memory usage',
    },
    generatorUrl: null,
    groupKey: '{}:{alertname="high_memory_load"}',
    receivedAt: AT,
    revisionId: 3,
    routedTo: { rotation: 'payments-oncall', person: 'ana' },
    routeReason: 'team-rotation',
    routePending: false,
  };
}

const roots = [resolve(import.meta.dirname, '..'), ...args.against];
const builds: { name: string; storeAlerts: StoreAlerts }[] = [];
for (const root of roots) {
  const module = (await import(join(root, 'src/store/alerts/store-alerts.ts'))) as {
    storeAlerts: StoreAlerts;
  };
  builds.push({ name: root, storeAlerts: module.storeAlerts });
}

const cluster = await startPostgresCluster({ durable: true });
guard.undoOnExit(() => cluster.stop());
const store = await openStore({ databaseUrl: await cluster.createDatabase() });
const cpu = new Map<string, number[]>(builds.map((b) => [b.name, []]));
const backend = new Map<string, number[]>(builds.map((b) => [b.name, []]));
const wall = new Map<string, number[]>(builds.map((b) => [b.name, []]));
try {
  console.log(
    `bench:store-alerts-postgres: ${args.alerts} alert(s) a group, ${args.calls} groups a run, ${args.rounds} rounds, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  for (let round = 0; round <= args.rounds; round++) {
    const order = round % 2 ? [...builds].reverse() : builds;
    for (const build of order) {
      // One connection a run, so the database's own work (parsing, planning and running the
      // statement) is read from its backend process as well.
      const run = await store.db.connection().execute(async (db) => {
        const pid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db)).rows[0]
          ?.pid as number;
        const before = process.cpuUsage();
        const backendBefore = processCpuMicros(pid);
        const started = performance.now();
        for (let i = 0; i < args.calls; i++) {
          await build.storeAlerts({
            db,
            alerts: Array.from({ length: args.alerts }, newAlert),
            webhooks: [],
            message: () => ({ event: 'alert.routed', payload: {} }),
            at: AT,
          });
        }
        const used = process.cpuUsage(before);
        return {
          client: (used.user + used.system) / args.calls,
          backend: (processCpuMicros(pid) - backendBefore) / args.calls,
          wall: ((performance.now() - started) * 1000) / args.calls,
        };
      });
      // Round 0 is untimed: the connection and the JIT warm up.
      if (round > 0) {
        cpu.get(build.name)?.push(run.client);
        backend.get(build.name)?.push(run.backend);
        wall.get(build.name)?.push(run.wall);
      }
      console.log(
        `round ${round} ${build.name}: ${run.client.toFixed(0)} µs CPU a group here, ${run.backend.toFixed(0)} µs in the database's backend, ${run.wall.toFixed(0)} µs wall`,
      );
    }
  }
  const report = (title: string, figures: Map<string, number[]>) => {
    const first = figures.get(builds[0]?.name as string) ?? [];
    for (const build of builds) {
      const values = figures.get(build.name) ?? [];
      const ratios = values.map((v, i) => (first[i] as number) / v);
      console.log(
        `${title}, ${build.name}: median ${median(values).toFixed(0)} µs a group (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})${build === builds[0] ? '' : `; this checkout ÷ it per round ${ratios.map((r) => r.toFixed(2)).join(' ')}, median ${median(ratios).toFixed(2)}`}`,
      );
    }
  };
  report('CPU of this process', cpu);
  report("CPU of the database's backend", backend);
  report('wall time', wall);
} finally {
  await store.close();
  cluster.stop();
  guard.finished();
}

/** User + system CPU of a process (a PostgreSQL backend), in microseconds, from /proc. */
function processCpuMicros(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime, in clock ticks of 10 ms (USER_HZ 100 on Linux).
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

function parseArgs(argv: readonly string[]) {
  const out = { alerts: 10, rounds: 10, calls: 200, against: [] as string[] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--against') out.against.push(resolve(value));
    else if (flag === '--alerts' || flag === '--rounds' || flag === '--calls') {
      const n = Number(value);
      if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${flag} takes a whole number ≥ 1`);
      out[flag.slice(2) as 'alerts' | 'rounds' | 'calls'] = n;
    } else throw new Error(`unknown option ${flag}`);
  }
  return out;
}
