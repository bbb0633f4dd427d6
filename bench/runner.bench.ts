/**
 * The runner endpoint against the HTTP floor of the same process (issue #15: `GET
 * /services/{name}/runner` at ≥ 60 % of `/healthz`), measured so that a noisy neighbour on a
 * shared two-core machine does not decide the figure:
 *
 * - a real `whorunsit serve` process (bench-server.ts), SQLite and/or PostgreSQL;
 * - three cases: GET /healthz (no token, no database: the baseline), the runner of a service
 *   without samples and of one with 400 days of hourly samples, with a viewer token;
 * - ROUNDS rounds after an untimed warm-up; a round runs every case twice for SECONDS, back to
 *   back in an order and its mirror (A B C C B A, so a drift of the machine's load during the
 *   round favours no case), and each runner case's rate is divided by the /healthz rate of the
 *   SAME round;
 * - the report gives the median of those per-round ratios (and their range), the median rates,
 *   and the server's own CPU time per request (from /proc, apart from the load generator), which
 *   the machine's load stretches much less than the clock.
 *
 * `--cpu-prof DIR` starts the server with Node's --cpu-prof: the profile of the whole run is
 * written to DIR when the server stops.
 *
 * Run: npm run bench:runner [-- --rounds 9 --seconds 2 --connections 4 --only sqlite|postgres
 *      --cpu-prof /tmp/runner-prof]
 */
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { guardBench } from './bench-guard.ts';
import {
  type BenchServer,
  DATABASES,
  type Database,
  processCpuSeconds,
  SAMPLE_DAYS,
  SERVICE,
  SERVICE_WITH_SAMPLES,
  startBenchServer,
} from './bench-server.ts';
import { type LoadCase, median, runLoad } from './server-load.ts';

const WARM_UP_SECONDS = 2;
const GOAL = 0.6;

const args = parseArgs(process.argv.slice(2));

/** Stops everything if a run hangs: the benchmark must end by itself. */
const budgetSeconds =
  args.only.length * (3 * (args.rounds * 2 * (args.seconds + 1) + WARM_UP_SECONDS + 1) + 240);
const guard = guardBench('bench:runner', budgetSeconds);

/** One timed run of one case. */
interface Run {
  readonly ok: number;
  readonly seconds: number;
  readonly p50: number;
  readonly p99: number;
  readonly failed: number;
  /** CPU seconds the server used during the run. */
  readonly serverCpu: number;
  /** CPU seconds the load generator (this process) used during the run. */
  readonly clientCpu: number;
}

/** One case in one round: its two runs taken together. */
interface Measured {
  readonly requestsPerSecond: number;
  /** Server CPU microseconds per answered request. */
  readonly serverCpuMicros: number;
  /** Load generator CPU microseconds per answered request. */
  readonly clientCpuMicros: number;
  readonly runs: readonly Run[];
}

function measured(runs: readonly Run[]): Measured {
  const sum = (f: (r: Run) => number) => runs.reduce((n, r) => n + f(r), 0);
  const ok = Math.max(
    sum((r) => r.ok),
    1,
  );
  return {
    requestsPerSecond: sum((r) => r.ok) / sum((r) => r.seconds),
    serverCpuMicros: (sum((r) => r.serverCpu) * 1e6) / ok,
    clientCpuMicros: (sum((r) => r.clientCpu) * 1e6) / ok,
    runs,
  };
}

interface DatabaseResult {
  readonly database: Database;
  readonly labels: readonly string[];
  /** rounds[i][c]: round i, case c. */
  readonly rounds: readonly (readonly Measured[])[];
  readonly loads: readonly number[];
}

async function benchDatabase(database: Database): Promise<DatabaseResult> {
  const env: Record<string, string> = args.cpuProf
    ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${args.cpuProf}` }
    : {};
  let server: BenchServer | undefined = await startBenchServer(database, env);
  const undo = guard.undoOnExit(() => server?.cleanup());
  try {
    const viewer = { authorization: `Bearer ${server.tokens.viewer}` };
    const cases: LoadCase[] = [
      { label: 'GET /healthz (baseline)', method: 'GET', path: '/healthz', headers: {} },
      {
        label: 'GET /api/v1/services/{name}/runner, no samples',
        method: 'GET',
        path: `/api/v1/services/${SERVICE}/runner`,
        headers: viewer,
      },
      {
        label: `GET /api/v1/services/{name}/runner, ${SAMPLE_DAYS} days of hourly samples`,
        method: 'GET',
        path: `/api/v1/services/${SERVICE_WITH_SAMPLES}/runner`,
        headers: viewer,
      },
    ];
    const pid = server.process.child.pid;
    const url = server.url;
    let seq = 0;
    const run = async (load: LoadCase, seconds: number): Promise<Run> => {
      const serverBefore = processCpuSeconds(pid);
      const clientBefore = process.cpuUsage();
      const result = await runLoad({
        url,
        load,
        seconds,
        connections: args.connections,
        nextSeq: () => ++seq,
      });
      const client = process.cpuUsage(clientBefore);
      if (result.failed > 0) {
        throw new Error(`${load.label}: ${result.failed} requests failed`);
      }
      return {
        ok: result.ok,
        seconds: result.requestsPerSecond > 0 ? result.ok / result.requestsPerSecond : seconds,
        p50: result.p50,
        p99: result.p99,
        failed: result.failed,
        serverCpu: processCpuSeconds(pid) - serverBefore,
        clientCpu: (client.user + client.system) / 1e6,
      };
    };
    for (const load of cases) await run(load, WARM_UP_SECONDS);
    const rounds: Measured[][] = [];
    const loads: number[] = [];
    for (let i = 0; i < args.rounds; i++) {
      // Each case twice, in an order and its mirror (A B C C B A): a drift of the machine's
      // load during the round weighs on every case alike.
      const order = cases.map((_, c) => c);
      const runs: Run[][] = cases.map(() => []);
      for (const c of [...order, ...order.reverse()]) {
        runs[c]?.push(await run(cases[c] as LoadCase, args.seconds));
      }
      const round = runs.map(measured);
      rounds.push(round);
      loads.push(loadavg()[0] ?? Number.NaN);
      const floor = round[0]?.requestsPerSecond ?? Number.NaN;
      process.stderr.write(
        `  ${database} round ${i + 1}/${args.rounds} (load ${loads.at(-1)?.toFixed(1)}): ${round
          .map(
            (m, c) =>
              `${m.requestsPerSecond.toFixed(0)} req/s${c > 0 ? ` (${percent(m.requestsPerSecond / floor)})` : ''} ${m.serverCpuMicros.toFixed(0)} µs`,
          )
          .join(', ')}\n`,
      );
    }
    await server.stop();
    server = undefined;
    return { database, labels: cases.map((c) => c.label), rounds, loads };
  } finally {
    undo();
  }
}

function percent(ratio: number): string {
  return `${(100 * ratio).toFixed(1)} %`;
}

function printReport(results: readonly DatabaseResult[], loadBefore: number): void {
  const cpu = cpus();
  const lines = [
    `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, Node.js ${process.version}, load average ${loadBefore.toFixed(2)} before, ${(loadavg()[0] ?? 0).toFixed(2)} after`,
    `${args.rounds} rounds, each running every case twice for ${args.seconds} s in mirrored order (A B C C B A), ${args.connections} connections, one request in flight each; load generator on the same machine`,
    '',
    '| database | endpoint | req/s (median of rounds) | req/s per round | p50 ms | p99 ms | server CPU µs/request | load generator CPU µs/request |',
    '|---|---|---:|---|---:|---:|---:|---:|',
  ];
  const goals: string[] = [];
  for (const result of results) {
    const column = (c: number) => result.rounds.map((round) => round[c] as Measured);
    result.labels.forEach((label, c) => {
      const runs = column(c);
      const rates = runs.map((m) => m.requestsPerSecond);
      lines.push(
        `| ${result.database} | ${label} | ${median(rates).toFixed(0)} | ${rates.map((r) => r.toFixed(0)).join(', ')} | ${median(runs.flatMap((m) => m.runs.map((r) => r.p50))).toFixed(2)} | ${median(runs.flatMap((m) => m.runs.map((r) => r.p99))).toFixed(2)} | ${median(runs.map((m) => m.serverCpuMicros)).toFixed(0)} | ${median(runs.map((m) => m.clientCpuMicros)).toFixed(0)} |`,
      );
    });
    result.labels.forEach((label, c) => {
      if (c === 0) return;
      const ratios = result.rounds.map(
        (round) =>
          (round[c]?.requestsPerSecond ?? Number.NaN) / (round[0]?.requestsPerSecond ?? Number.NaN),
      );
      const cpuShare = result.rounds.map(
        (round) =>
          (round[0]?.serverCpuMicros ?? Number.NaN) / (round[c]?.serverCpuMicros ?? Number.NaN),
      );
      const sorted = [...ratios].sort((a, b) => a - b);
      goals.push(
        `| ${result.database} | ${label.replace('GET /api/v1/services/{name}/runner, ', 'runner, ')}: req/s of /healthz | ${percent(median(ratios))} | ${percent(sorted[0] ?? Number.NaN)} – ${percent(sorted.at(-1) ?? Number.NaN)} | ${percent(median(cpuShare))} | ≥ ${percent(GOAL)} |`,
      );
    });
  }
  lines.push(
    '',
    "| database | goal (issue #15) | median of the per-round ratios | range over the rounds | /healthz server CPU per request ÷ the runner's | goal |",
    '|---|---|---:|---:|---:|---:|',
    ...goals,
    '',
    `load average (1 min) after each round: ${results.map((r) => `${r.database} ${r.loads.map((l) => l.toFixed(1)).join(', ')}`).join('; ')}`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

function parseArgs(argv: readonly string[]) {
  const value = (name: string, fallback: number, max: number) => {
    const at = argv.indexOf(`--${name}`);
    const n = at >= 0 ? Number(argv[at + 1]) : fallback;
    if (!Number.isInteger(n) || n < 1 || n > max) {
      throw new Error(`--${name}: expected a whole number from 1 to ${max}`);
    }
    return n;
  };
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? argv[onlyAt + 1] : undefined;
  if (only !== undefined && !(DATABASES as readonly string[]).includes(only)) {
    throw new Error(`--only: expected one of ${DATABASES.join(', ')}`);
  }
  const profAt = argv.indexOf('--cpu-prof');
  const cpuProf = profAt >= 0 ? argv[profAt + 1] : undefined;
  if (profAt >= 0 && (cpuProf === undefined || cpuProf.startsWith('--'))) {
    throw new Error('--cpu-prof: expected the folder to write the profile to');
  }
  return {
    seconds: value('seconds', 2, 60),
    connections: value('connections', 4, 64),
    rounds: value('rounds', 9, 31),
    only: only ? [only as Database] : [...DATABASES],
    cpuProf: cpuProf === undefined ? undefined : resolve(cpuProf),
  };
}

// Last, once every declaration above is initialized.
const loadBefore = loadavg()[0] ?? 0;
process.stderr.write(
  `bench:runner: ${args.only.join(' and ')}, ${args.rounds} rounds × 2 × ${args.seconds} s × 3 cases, ${args.connections} connections (at most ${budgetSeconds} s)\n`,
);
const results: DatabaseResult[] = [];
for (const database of args.only) results.push(await benchDatabase(database));
guard.finished();
printReport(results, loadBefore);
if (args.cpuProf) process.stderr.write(`bench:runner: server CPU profile(s) in ${args.cpuProf}\n`);
process.exit(0);
