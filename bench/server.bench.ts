/**
 * Load on a real `whorunsit serve` process serving examples/acme on 127.0.0.1, once on the
 * embedded SQLite (a temporary data folder) and once on PostgreSQL (a throwaway cluster with its
 * production durability: fsync and synchronous commit on). Four cases, measured in turns:
 *
 * - GET /healthz: no token, no database; the HTTP floor of the same process, the baseline;
 * - GET /api/v1/services/{name}/runner with a viewer token, for payment-gateway-api (no SLI
 *   samples) and for checkout-api, which holds 400 days (the live horizon) of hourly samples;
 * - POST /api/v1/alerts/alertmanager with an ingest token, new alerts each request (one
 *   durable write each), in the shape of test/fixtures/alertmanager/webhook-1-alert.json, with
 *   1 and with 10 alerts per webhook;
 * - the baseline of intake: Alertmanager's own API (`POST /api/v2/alerts`, Debian's
 *   prometheus-alertmanager, in memory) taking the same alerts, 1 and 10 per request, started
 *   once and measured in the same turns as each database's cases.
 *
 * Each case runs RUNS times for SECONDS on CONNECTIONS keep-alive connections, after a short
 * untimed warm-up, in turns (reversed every other turn); the report gives the median requests/s,
 * p50 and p99 latency over the runs and the share of the /healthz rate, then the goals of issue
 * #15 as the median of per-turn ratios (bench:runner measures the runner goal alone, in more
 * and shorter rounds). Right after each run of whorunsit's intake, the disk under the data
 * folder is timed making 16 KiB writes durable (fdatasync), back to back for a second: every
 * alert acknowledged waited for at least one such sync, so connections / mean sync time bounds
 * the intake's rate on this disk, whatever its CPU costs; the report gives that bound beside the
 * intake goals. Then every alert
 * is accounted for: requests cut off by the end of a run are redelivered (as Alertmanager
 * would), and the alerts stored must be exactly the alerts answered 2xx.
 *
 * Run: npm run bench:server [-- --seconds 10 --connections 4 --runs 3 --only sqlite|postgres]
 */
import { cpus, loadavg } from 'node:os';
import { openStore } from '../src/store/index.ts';
import { alertPayloads } from './alert-payloads.ts';
import {
  alertmanagerBody,
  type RunningAlertmanager,
  startAlertmanager,
} from './alertmanager-baseline.ts';
import { guardBench } from './bench-guard.ts';
import {
  type BenchServer,
  DATABASES,
  type Database,
  SAMPLE_DAYS,
  SERVICE,
  SERVICE_WITH_SAMPLES,
  startBenchServer,
} from './bench-server.ts';
import { measureSyncFloor, type SyncFloor } from './disk-sync-floor.ts';
import { type LoadCase, type LoadRun, median, runLoad } from './server-load.ts';

const WARM_UP_SECONDS = 2;
/** How long the disk's syncs are timed after each turn. */
const SYNC_FLOOR_SECONDS = 1;
/** Alerts per webhook of the batched intake case (Alertmanager's default group batches more). */
const BATCH = 10;

/** A load case and what the report needs to know of it. */
interface BenchCase extends LoadCase {
  /** Alerts each request carries (0: not an alert case). */
  readonly alerts: number;
  /** Another server than whorunsit (the Alertmanager baseline). */
  readonly url?: string;
  /** The alerts it answers are checked to be stored by whorunsit. */
  readonly accounted: boolean;
}

const args = parseArgs(process.argv.slice(2));

const loadBefore = loadavg()[0] ?? 0;

/** Stops everything if a run hangs: the benchmark must end by itself. */
const budgetSeconds =
  args.only.length * 8 * (args.runs * (args.seconds + 1) + WARM_UP_SECONDS + 1) +
  args.only.length * args.runs * 2 * SYNC_FLOOR_SECONDS +
  180;
const guard = guardBench('bench:server', budgetSeconds);

interface CaseResult {
  readonly label: string;
  readonly alerts: number;
  readonly runs: readonly LoadRun[];
  /** For whorunsit's intake: the disk's syncs, timed right after each run. */
  readonly syncs: readonly SyncFloor[];
}

interface AlertAccount {
  readonly answered: number;
  readonly cutOff: number;
  readonly redeliveredDuplicates: number;
  readonly distinctAnswered: number;
  readonly stored: number;
  readonly missing: number;
  readonly unexpected: number;
}

interface DatabaseResult {
  readonly database: Database;
  readonly cases: readonly CaseResult[];
  readonly alerts: AlertAccount;
}

async function benchDatabase(
  database: Database,
  alertmanager: RunningAlertmanager,
): Promise<DatabaseResult> {
  let server: BenchServer | undefined = await startBenchServer(database);
  const undo = guard.undoOnExit(() => server?.cleanup());
  try {
    const { tokens, dataDir, databaseUrl } = server;

    let seq = 0;
    const nextSeq = () => {
      seq += 1;
      return seq;
    };
    const startsAt = new Date().toISOString();
    const payloads = alertPayloads({ service: SERVICE, startsAt });
    const batches = alertPayloads({ service: SERVICE, startsAt, perRequest: BATCH });
    const ingest = { authorization: `Bearer ${tokens.ingest}`, 'content-type': 'application/json' };
    const json = { 'content-type': 'application/json' };
    const none = { alerts: 0, accounted: false };
    const cases: BenchCase[] = [
      { label: 'GET /healthz (baseline)', method: 'GET', path: '/healthz', headers: {}, ...none },
      {
        label: 'GET /api/v1/services/{name}/runner, no samples',
        method: 'GET',
        path: `/api/v1/services/${SERVICE}/runner`,
        headers: { authorization: `Bearer ${tokens.viewer}` },
        ...none,
      },
      {
        label: `GET /api/v1/services/{name}/runner, ${SAMPLE_DAYS} days of hourly samples`,
        method: 'GET',
        path: `/api/v1/services/${SERVICE_WITH_SAMPLES}/runner`,
        headers: { authorization: `Bearer ${tokens.viewer}` },
        ...none,
      },
      {
        label: 'POST /api/v1/alerts/alertmanager, 1 alert',
        method: 'POST',
        path: '/api/v1/alerts/alertmanager',
        headers: ingest,
        body: payloads.body,
        alerts: 1,
        accounted: true,
      },
      {
        label: `POST /api/v1/alerts/alertmanager, ${BATCH} alerts`,
        method: 'POST',
        path: '/api/v1/alerts/alertmanager',
        headers: ingest,
        body: batches.body,
        alerts: BATCH,
        accounted: true,
      },
      {
        label: 'Alertmanager POST /api/v2/alerts, 1 alert (baseline, in memory)',
        method: 'POST',
        path: '/api/v2/alerts',
        headers: json,
        body: alertmanagerBody(payloads.labels, startsAt, 1),
        alerts: 1,
        url: alertmanager.url,
        accounted: false,
      },
      {
        label: `Alertmanager POST /api/v2/alerts, ${BATCH} alerts (baseline, in memory)`,
        method: 'POST',
        path: '/api/v2/alerts',
        headers: json,
        body: alertmanagerBody(payloads.labels, startsAt, BATCH),
        alerts: BATCH,
        url: alertmanager.url,
        accounted: false,
      },
    ];
    const ledger = new AlertLedger();
    const url = server.url;
    const run = async (load: BenchCase, seconds: number) => {
      const result = await runLoad({
        url: load.url ?? url,
        load,
        seconds,
        connections: args.connections,
        nextSeq,
      });
      if (load.accounted) {
        const fingerprints = load.alerts === 1 ? payloads.fingerprints : batches.fingerprints;
        ledger.add(result, await redeliver(url, load, result.cutOff), fingerprints);
      }
      return result;
    };
    for (const load of cases) await run(load, WARM_UP_SECONDS);
    const runs = new Map<BenchCase, LoadRun[]>(cases.map((c) => [c, []]));
    const syncs = new Map<BenchCase, SyncFloor[]>(cases.map((c) => [c, []]));
    // In turns, so a noisy neighbour on the machine slows every case alike, in reverse order
    // every other turn, so a drift of the machine's load favours no case; the goals are taken
    // per turn (a rate divided by its baseline's in the same turn), then their median.
    for (let i = 0; i < args.runs; i++) {
      for (const load of i % 2 === 1 ? [...cases].reverse() : cases) {
        const result = await run(load, args.seconds);
        runs.get(load)?.push(result);
        process.stderr.write(
          `  ${database} run ${i + 1}/${args.runs} ${load.label}: ${result.requestsPerSecond.toFixed(0)} req/s, p99 ${result.p99.toFixed(2)} ms${result.failed > 0 ? `, ${result.failed} failed` : ''}\n`,
        );
        // The disk as it was for this run (a neighbour's writes change it from minute to minute).
        if (load.accounted) {
          const floor = measureSyncFloor(dataDir, SYNC_FLOOR_SECONDS);
          syncs.get(load)?.push(floor);
          process.stderr.write(
            `    then the disk: ${floor.syncs} syncs of 16 KiB, mean ${floor.mean.toFixed(2)} ms, p50 ${floor.p50.toFixed(2)} ms\n`,
          );
        }
      }
    }
    await server.stop();
    server = undefined;
    const stored = await storedFingerprints(dataDir, databaseUrl);
    return {
      database,
      cases: cases.map((c) => ({
        label: c.label,
        alerts: c.alerts,
        runs: runs.get(c) ?? [],
        syncs: syncs.get(c) ?? [],
      })),
      alerts: ledger.account(stored),
    };
  } finally {
    undo();
  }
}

/** Every alert request the benchmark made, and how it was answered. */
class AlertLedger {
  /** The fingerprints of every alert answered 2xx. */
  readonly #answered = new Set<string>();
  #answers = 0;
  #cutOff = 0;
  #redeliveredDuplicates = 0;

  add(run: LoadRun, redelivered: Redelivery, fingerprints: (seq: number) => readonly string[]) {
    for (const seq of [...run.created, ...run.duplicates, ...redelivered.answered]) {
      for (const fingerprint of fingerprints(seq)) this.#answered.add(fingerprint);
    }
    this.#answers += run.created.length + run.duplicates.length;
    this.#cutOff += run.cutOff.length;
    this.#redeliveredDuplicates += redelivered.duplicates;
  }

  account(stored: readonly string[]): AlertAccount {
    const expected = this.#answered;
    const storedSet = new Set(stored);
    return {
      answered: this.#answers,
      cutOff: this.#cutOff,
      redeliveredDuplicates: this.#redeliveredDuplicates,
      distinctAnswered: expected.size,
      stored: stored.length,
      missing: [...expected].filter((f) => !storedSet.has(f)).length,
      unexpected: [...storedSet].filter((f) => !expected.has(f)).length,
    };
  }
}

/** How often a redelivery answered 503 (overloaded) is sent again. */
const REDELIVERY_ATTEMPTS = 10;

interface Redelivery {
  readonly answered: readonly number[];
  /** Redeliveries the server had already stored: their first answer was lost with the cut. */
  readonly duplicates: number;
}

/** Sends the requests a run's end cut off once more, as Alertmanager retries unanswered ones. */
async function redeliver(
  url: string,
  load: LoadCase,
  seqs: readonly number[],
): Promise<Redelivery> {
  const answered: number[] = [];
  let duplicates = 0;
  for (const seq of seqs) {
    let response: Response;
    let text: string;
    // A 503 says the server is taking in all it can: Alertmanager retries later, and so do we.
    for (let attempt = 1; ; attempt++) {
      response = await fetch(`${url}${load.path}`, {
        method: load.method,
        headers: load.headers,
        body: load.body?.(seq) ?? null,
      });
      text = await response.text();
      if (response.status !== 503 || attempt >= REDELIVERY_ATTEMPTS) break;
      const wait = Number(response.headers.get('retry-after') ?? '1');
      await new Promise((r) => setTimeout(r, 1000 * (Number.isFinite(wait) ? wait : 1)));
    }
    if (!response.ok) throw new Error(`redelivery of alert ${seq}: ${response.status} ${text}`);
    answered.push(seq);
    if (text.includes('"duplicate":true')) duplicates += 1;
  }
  return { answered, duplicates };
}

async function storedFingerprints(dataDir: string, databaseUrl: string): Promise<string[]> {
  const store = await openStore({ dataDir, databaseUrl });
  try {
    const rows = await store.db.selectFrom('alerts').select('fingerprint').execute();
    return rows.map((r) => r.fingerprint);
  } finally {
    await store.close();
  }
}

function printReport(all: readonly DatabaseResult[], baseline: string): void {
  const cpu = cpus();
  const lines = [
    `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, Node.js ${process.version}, load average ${loadBefore.toFixed(2)} before, ${(loadavg()[0] ?? 0).toFixed(2)} after`,
    `Baseline of intake: ${baseline}, POST /api/v2/alerts on 127.0.0.1 (in memory)`,
    `${args.runs} runs × ${args.seconds} s per case, ${args.connections} connections, one request in flight each; load generator on the same machine`,
    '',
    '| database | endpoint | req/s (median) | req/s per run | alerts/s | p50 ms | p99 ms | of /healthz |',
    '|---|---|---:|---|---:|---:|---:|---:|',
  ];
  const goals: string[] = [];
  for (const result of all) {
    const rates = result.cases.map((c) => median(c.runs.map((r) => r.requestsPerSecond)));
    const floor = rates[0] ?? Number.NaN;
    result.cases.forEach((c, i) => {
      const rate = rates[i] ?? Number.NaN;
      const failed = c.runs.reduce((n, r) => n + r.failed, 0);
      lines.push(
        `| ${result.database} | ${c.label} | ${rate.toFixed(0)} | ${c.runs.map((r) => r.requestsPerSecond.toFixed(0)).join(', ')} | ${c.alerts > 0 ? (rate * c.alerts).toFixed(0) : ''} | ${median(c.runs.map((r) => r.p50)).toFixed(2)} | ${median(c.runs.map((r) => r.p99)).toFixed(2)} | ${((100 * rate) / floor).toFixed(1)} %${failed > 0 ? ` (${failed} failed)` : ''} |`,
      );
    });
    // The goals of issue #15, each the median over the turns of a ratio of two rates measured
    // in the same turn (alerts/s for alert cases), with the range of those ratios.
    const perRun = (label: string) => {
      const c = result.cases.find((x) => x.label.startsWith(label));
      return c ? c.runs.map((r) => r.requestsPerSecond * Math.max(c.alerts, 1)) : [];
    };
    const share = (a: readonly number[], b: readonly number[]) => {
      const ratios = a.map((x, i) => (100 * x) / (b[i] ?? Number.NaN)).sort((p, q) => p - q);
      const range =
        ratios.length > 1 ? ` | ${ratios[0]?.toFixed(1)} – ${ratios.at(-1)?.toFixed(1)} %` : ' | ';
      return `${median(ratios).toFixed(1)} %${range}`;
    };
    const healthz = perRun('GET /healthz');
    const intakeLabel = (n: number) => `POST /api/v1/alerts/alertmanager, ${n} alert`;
    const intakeCase = (n: number) => result.cases.find((x) => x.label.startsWith(intakeLabel(n)));
    const intake = (n: number) => perRun(intakeLabel(n));
    const baseline = (n: number) => perRun(`Alertmanager POST /api/v2/alerts, ${n} alert`);
    // The most intake could answer in each run, given the disk's mean sync right after it (see
    // measureSyncFloor), in alerts/s for n alerts per webhook.
    const bound = (n: number) =>
      (intakeCase(n)?.syncs ?? []).map((f) => (n * args.connections * 1000) / f.mean);
    const most = (a: readonly number[], b: readonly number[]) => {
      const ratios = a.map((x, i) => (100 * x) / (b[i] ?? Number.NaN));
      return `${median(ratios).toFixed(0)} %`;
    };
    goals.push(
      `| ${result.database} | alert intake, ${BATCH} alerts per webhook: alerts/s of Alertmanager's | ${share(intake(BATCH), baseline(BATCH))} | ≥ 50 % | ${most(bound(BATCH), baseline(BATCH))} |`,
      `| ${result.database} | alert intake, 1 alert per webhook: alerts/s of Alertmanager's | ${share(intake(1), baseline(1))} | (for comparison) | ${most(bound(1), baseline(1))} |`,
      `| ${result.database} | alert intake, 1 alert per webhook: req/s of /healthz | ${share(intake(1), healthz)} | ≥ 20 % | ${most(bound(1), healthz)} |`,
      `| ${result.database} | runner, no samples: req/s of /healthz | ${share(perRun('GET /api/v1/services/{name}/runner, no'), healthz)} | ≥ 60 % | |`,
      `| ${result.database} | runner, ${SAMPLE_DAYS} days of samples: req/s of /healthz | ${share(perRun(`GET /api/v1/services/{name}/runner, ${SAMPLE_DAYS}`), healthz)} | ≥ 60 % | |`,
    );
  }
  lines.push(
    '',
    '| database | goal (issue #15) | median of the per-turn ratios | range over the turns | goal | at most, on this disk |',
    '|---|---|---:|---:|---:|---:|',
    ...goals,
  );
  lines.push(
    '',
    `"At most, on this disk": ${args.connections} connections with one request in flight each, over the mean time the disk under the data folder took to make a 16 KiB write durable (fdatasync, timed for ${SYNC_FLOOR_SECONDS} s right after each intake run), which every acknowledged alert waited for at least once; the median over the turns of that rate over the baseline's.`,
  );
  for (const { database, cases } of all) {
    for (const c of cases.filter((x) => x.syncs.length > 0)) {
      const means = c.syncs.map((f) => f.mean);
      lines.push(
        `${database} disk after ${c.label}: mean sync per run ${means.map((m) => m.toFixed(2)).join(', ')} ms, p50 ${c.syncs.map((f) => f.p50.toFixed(2)).join(', ')} ms: at most ${means.map((m) => ((args.connections * 1000) / m).toFixed(0)).join(', ')} durable requests/s`,
      );
    }
  }
  lines.push('');
  for (const { database, alerts: a } of all) {
    const ok = a.stored === a.distinctAnswered && a.missing === 0 && a.unexpected === 0;
    lines.push(
      `${database} alerts: ${a.answered} webhook requests answered 2xx in the runs, ${a.cutOff} cut off by a run's end and redelivered ` +
        `(${a.redeliveredDuplicates} already stored) → ${a.distinctAnswered} distinct alerts answered 2xx; ` +
        `stored ${a.stored}${ok ? ': equal, none lost, none twice' : `: MISMATCH (${a.missing} answered but not stored, ${a.unexpected} stored but never answered)`}`,
    );
  }
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
  return {
    seconds: value('seconds', 10, 60),
    connections: value('connections', 4, 64),
    runs: value('runs', 3, 9),
    only: only ? [only as Database] : [...DATABASES],
  };
}

// Last, once every declaration above is initialized.
const results: DatabaseResult[] = [];
process.stderr.write(
  `bench:server: ${args.only.join(' and ')}, ${args.runs} runs × ${args.seconds} s × 7 cases, ${args.connections} connections (at most ${budgetSeconds} s)\n`,
);
const alertmanager = await startAlertmanager();
guard.undoOnExit(alertmanager.stop);
process.stderr.write(`bench:server: baseline ${alertmanager.version} at ${alertmanager.url}\n`);
for (const database of args.only) results.push(await benchDatabase(database, alertmanager));
guard.finished();
printReport(results, alertmanager.version);
const failed = results.some(
  (r) => r.alerts.stored !== r.alerts.distinctAnswered || r.alerts.missing > 0,
);
process.exit(failed ? 1 : 0);
