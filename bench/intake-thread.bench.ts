/**
 * SQLite alert intake's thread driven directly, without HTTP: WRITERS callers in one process
 * each send a call of ALERTS new alerts and wait for its durable answer, again and again, as
 * Alertmanager's connections do. It measures what the request thread's hand-off to the intake
 * thread, the group commit and the log's sync cost, apart from Fastify's work (which
 * `bench:server` adds, on a shared machine too noisily to resolve changes of a few per cent).
 *
 * To compare two builds, pass the other checkout (a `git worktree` of main, its node_modules
 * linked) with `--against`: both intake threads run in this one process on databases of the
 * same folder, in rounds that alternate which goes first, and the report gives each round's
 * ratio and their median. CPU is the whole process's per call (both threads and libuv's pool),
 * which the machine's load stretches less than the clock; "disk" is the mean of the syncs of
 * 16 KiB made in 0.1 s right after each run (bench/disk-sync-floor.ts), since a busy disk moves every figure.
 *
 * Run: npm run bench:intake-thread [-- --alerts 1 --rounds 8 --calls 1500 --writers 4
 *      --against /path/to/other/checkout --data /folder/for/the/databases]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AlertStoreWorker } from '../src/server/alerts/alert-store-worker.ts';
import type { NewAlert, Store } from '../src/store/index.ts';
import { guardBench } from './bench-guard.ts';
import { measureSyncFloor } from './disk-sync-floor.ts';
import { median } from './server-load.ts';

const args = parseArgs(process.argv.slice(2));
const guard = guardBench('bench:intake-thread', 1_800);
const AT = new Date().toISOString();

interface Run {
  readonly callsPerSecond: number;
  /** Process CPU microseconds per call. */
  readonly cpuMicros: number;
  /** Milliseconds from a call to its answer. */
  readonly p50: number;
  readonly p99: number;
  /** Mean milliseconds of a 16 KiB sync right after the run. */
  readonly disk: number;
}

interface Side {
  readonly name: string;
  readonly run: () => Promise<Run>;
  readonly close: () => Promise<void>;
}

let seq = 0;
/** An alert no other call carries, in the shape intake's request thread sends on. */
function newAlert(): NewAlert {
  seq += 1;
  return {
    fingerprint: seq.toString(16).padStart(16, '0'),
    startsAt: AT,
    status: 'firing',
    endsAt: null,
    service: 'payment-gateway-api',
    labels: { alertname: 'high_memory_load', instance: `host-${seq}:9100`, severity: 'warning' },
    annotations: { summary: 'Server High Memory usage' },
    generatorUrl: null,
    groupKey: '{}:{alertname="high_memory_load"}',
    receivedAt: AT,
    revisionId: null,
    routedTo: { rotation: 'payments-oncall', person: 'ana' },
    routeReason: 'team-rotation',
    routePending: false,
  };
}

async function sideOf(root: string, folder: string): Promise<Side> {
  const { openStore } = (await import(join(root, 'src/store/index.ts'))) as {
    openStore: (options: { dataDir: string }) => Promise<Store>;
  };
  const { startAlertStoreWorker } = (await import(
    join(root, 'src/server/alerts/alert-store-worker.ts')
  )) as { startAlertStoreWorker: (file: string, webhooks: string[]) => AlertStoreWorker };
  const dataDir = mkdtempSync(join(folder, 'whorunsit-intake-thread-'));
  const undo = guard.undoOnExit(() => rmSync(dataDir, { recursive: true, force: true }));
  const store = await openStore({ dataDir });
  const worker = startAlertStoreWorker(store.location, []);
  return {
    name: root,
    run: async () => {
      const times: number[] = [];
      const cpuBefore = process.cpuUsage();
      const start = performance.now();
      await Promise.all(
        Array.from({ length: args.writers }, async () => {
          for (let i = 0; i < args.calls; i++) {
            const sent = performance.now();
            await worker.write(Array.from({ length: args.alerts }, newAlert), AT);
            times.push(performance.now() - sent);
          }
        }),
      );
      const seconds = (performance.now() - start) / 1000;
      const cpu = process.cpuUsage(cpuBefore);
      times.sort((a, b) => a - b);
      return {
        callsPerSecond: times.length / seconds,
        cpuMicros: (cpu.user + cpu.system) / times.length,
        p50: median(times),
        p99: times[Math.floor(times.length * 0.99)] as number,
        disk: measureSyncFloor(dataDir, 0.1).mean,
      };
    },
    close: async () => {
      await worker.close();
      await store.close();
      undo();
    },
  };
}

const folder = args.data ?? tmpdir();
const sides: Side[] = [];
for (const root of [resolve(import.meta.dirname, '..'), ...args.against]) {
  sides.push(await sideOf(root, folder));
}
console.log(
  `bench:intake-thread: ${args.alerts} alert(s) a call, ${args.writers} writers, ${args.calls} calls each a run, ${args.rounds} rounds, databases in ${folder}`,
);
const runs = new Map<Side, Run[]>(sides.map((side) => [side, []]));
try {
  // Untimed: the threads start, SQLite warms its cache.
  for (const side of sides) await side.run();
  for (let round = 0; round < args.rounds; round++) {
    const order = round % 2 ? [...sides].reverse() : sides;
    for (const side of order) {
      const run = await side.run();
      runs.get(side)?.push(run);
      console.log(
        `round ${round + 1} ${side.name}: ${run.callsPerSecond.toFixed(0)} calls/s, CPU ${run.cpuMicros.toFixed(0)} µs a call, p50 ${run.p50.toFixed(2)} ms, p99 ${run.p99.toFixed(2)} ms, disk ${run.disk.toFixed(2)} ms a sync`,
      );
    }
  }
  const first = runs.get(sides[0] as Side) ?? [];
  const metrics = [
    ['calls/s', (r: Run) => r.callsPerSecond],
    ['CPU µs a call', (r: Run) => r.cpuMicros],
    ['p50 ms', (r: Run) => r.p50],
  ] as const;
  for (const [label, of] of metrics) {
    for (const side of sides) {
      const values = (runs.get(side) ?? []).map(of);
      // This checkout's figure over the other's, round by round: below 1 is less of it.
      const ratios = values.map((v, i) => of(first[i] as Run) / v);
      console.log(
        `${label}, ${side.name}: median ${median(values).toFixed(2)} (${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)})${side === sides[0] ? '' : `; this checkout ÷ it per round ${ratios.map((r) => r.toFixed(2)).join(' ')}, median ${median(ratios).toFixed(2)}`}`,
      );
    }
  }
} finally {
  for (const side of sides) await side.close();
  guard.finished();
}

function parseArgs(argv: readonly string[]) {
  const out = {
    alerts: 1,
    rounds: 8,
    calls: 1_500,
    writers: 4,
    against: [] as string[],
    data: undefined as string | undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--against') out.against.push(resolve(value));
    else if (flag === '--data') out.data = resolve(value);
    else if (
      flag === '--alerts' ||
      flag === '--rounds' ||
      flag === '--calls' ||
      flag === '--writers'
    ) {
      const n = Number(value);
      if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${flag} takes a whole number ≥ 1`);
      out[flag.slice(2) as 'alerts' | 'rounds' | 'calls' | 'writers'] = n;
    } else throw new Error(`unknown option ${flag}`);
  }
  return out;
}
