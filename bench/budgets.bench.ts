/**
 * Error budget and burn-rate throughput: whorunsit's budget engine over compact typed arrays
 * against two baselines measured in the same run on the same data: a plain scan summing the
 * same arrays (the floor: it does nothing but read them) and DuckDB computing the same
 * per-service, per-month budgets in SQL. Median of RUNS runs each, taken in rounds (see
 * inRounds). Each size checks that budgets and alerts computed in one pass are the very reports
 * `serviceBudgets` and `serviceAlerts` give.
 *
 * Run: npx node bench/budgets.bench.ts [services …] [--duckdb-max N]
 *   default: 1000 2500 10000 services, DuckDB up to 2500 (about 3 minutes, 11 GB at 10000);
 *   e.g. `npx node bench/budgets.bench.ts 500 --duckdb-max 0` for a quick look.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { serviceAlerts, serviceBudgetsAndAlerts } from '../src/engine/alerts/index.ts';
import { type SliSeries, serviceBudgets } from '../src/engine/budgets/index.ts';
import { loadModel } from '../src/model/index.ts';
import { AS_OF, duckdbCreateTable, generateSeries, MINUTES, modelYaml } from './sli-data.ts';

const RUNS = 5;
/** DuckDB queries take seconds each at these sizes; three runs keep the whole bench short. */
const DUCKDB_RUNS = 3;
const args = process.argv.slice(2);
const maxAt = args.indexOf('--duckdb-max');
const duckdbMax = maxAt >= 0 ? Number(args[maxAt + 1]) : 2500;
const sizes = args.filter((a, i) => !a.startsWith('--') && i !== maxAt + 1).map(Number);
if (sizes.length === 0) sizes.push(1000, 2500, 10_000);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function time(fn: () => unknown): Promise<{ ms: number; value: unknown }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

async function measure(fn: () => unknown, runs = RUNS): Promise<{ ms: number; value: unknown }> {
  let value: unknown;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await time(fn);
    times.push(run.ms);
    value = run.value;
  }
  return { ms: median(times), value };
}

/**
 * Runs each function once per round, RUNS rounds, starting each round with a different one: the
 * machine is shared, and load that comes and goes then weighs on all of them alike. Each gets its
 * median time and its median share of the first one's rate (the plain scan) within a round.
 */
function inRounds(fns: Record<string, () => unknown>): Record<string, Measured> {
  const names = Object.keys(fns);
  const times: Record<string, number[]> = {};
  const values: Record<string, unknown> = {};
  const shares: Record<string, number[]> = {};
  for (let round = 0; round < RUNS; round++) {
    const ms: Record<string, number> = {};
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length] as string;
      const start = performance.now();
      values[name] = (fns[name] as () => unknown)();
      ms[name] = performance.now() - start;
      times[name] = [...(times[name] ?? []), ms[name]];
    }
    for (const name of names) {
      const share = (ms[names[0] as string] as number) / (ms[name] as number);
      shares[name] = [...(shares[name] ?? []), share];
    }
  }
  return Object.fromEntries(
    names.map((name) => [
      name,
      {
        ms: median(times[name] ?? []),
        value: values[name],
        share: median(shares[name] ?? []),
      },
    ]),
  );
}

interface Measured {
  readonly ms: number;
  readonly value: unknown;
  /** Median share of the plain scan's rate, within a round. */
  readonly share: number;
}

function plainScan(series: ReadonlyMap<string, SliSeries>): number {
  let bad = 0;
  for (const s of series.values()) {
    const { good, total, length } = s;
    let t = 0;
    let g = 0;
    for (let i = 0; i < length; i++) {
      t += total[i] as number;
      g += good[i] as number;
    }
    bad += t - g;
  }
  return bad;
}

const rate = (samples: number, ms: number) => `${(((samples / ms) * 1000) / 1e6).toFixed(0)} M/s`;
const rows: string[] = [];
const began = performance.now();

for (const services of sizes) {
  const samples = services * MINUTES;
  const loaded = loadModel([{ name: 'bench.yaml', text: modelYaml(services) }]);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems.slice(0, 3)));
  const model = loaded.model;
  const series = generateSeries(services);
  // The same series assembled by hand rather than made by a collector: nothing is known about
  // their times, so each evaluation reads and checks them.
  const assembled = new Map([...series].map(([name, s]) => [name, { ...s }]));
  const measured = inRounds({
    scan: () => plainScan(series),
    budgets: () => serviceBudgets({ model, series, asOf: AS_OF }),
    alerts: () => serviceAlerts({ model, series, asOf: AS_OF }),
    combined: () => serviceBudgetsAndAlerts({ model, series, asOf: AS_OF }),
    assembled: () => serviceBudgetsAndAlerts({ model, series: assembled, asOf: AS_OF }),
  });
  const {
    scan,
    budgets,
    alerts,
    combined,
    assembled: checked,
  } = measured as Record<'scan' | 'budgets' | 'alerts' | 'combined' | 'assembled', Measured>;
  const report = budgets.value as ReturnType<typeof serviceBudgets>;
  let bad = 0;
  let depleted = 0;
  for (const s of report.services) {
    for (const p of s.periods) {
      bad += p.bad;
      if (p.status === 'depleted') depleted++;
    }
  }
  if (bad !== scan.value) throw new Error(`budgets disagree with the scan: ${bad} ≠ ${scan.value}`);
  const firings = (alerts.value as ReturnType<typeof serviceAlerts>).services.reduce(
    (n, s) => n + s.firings.length,
    0,
  );
  const together = combined.value as ReturnType<typeof serviceBudgetsAndAlerts>;
  const sameBudgets = JSON.stringify(together.budgets) === JSON.stringify(report);
  const sameAlerts = JSON.stringify(together.alerts) === JSON.stringify(alerts.value);
  const sameChecked = JSON.stringify(checked.value) === JSON.stringify(together);
  if (!sameBudgets || !sameAlerts || !sameChecked) {
    throw new Error('budgets and alerts in one pass disagree with computing them apart');
  }
  let duck = { one: '–', two: '–' };
  if (services <= duckdbMax) {
    const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
    const connection = await instance.connect();
    await connection.run(duckdbCreateTable(services));
    const sql = `SELECT service, date_trunc('month', ts) AS period, count(*) AS samples,
        sum(total) AS total, sum(total - good) AS bad, sum(total) * 0.001 AS allowed,
        sum(total) * 0.001 - sum(total - good) AS remaining,
        CASE WHEN sum(total - good) * 1000 > sum(total) THEN 'depleted' ELSE 'within' END AS status
      FROM samples GROUP BY ALL`;
    const query = async () => (await connection.runAndReadAll(sql)).getRowObjectsJS();
    // DuckDB's best case: the month of each sample stored as a column, so the query is a bare
    // GROUP BY with sums.
    const bare = async () =>
      (
        await connection.runAndReadAll(sql.replace("date_trunc('month', ts)", 'month'))
      ).getRowObjectsJS();
    const two = await measure(query, DUCKDB_RUNS);
    const twoBare = await measure(bare, DUCKDB_RUNS);
    await connection.run('SET threads = 1');
    const one = await measure(query, DUCKDB_RUNS);
    const oneBare = await measure(bare, DUCKDB_RUNS);
    const result = one.value as { bad: bigint; status: string }[];
    const duckBad = result.reduce((n, r) => n + Number(r.bad), 0);
    const duckDepleted = result.filter((r) => r.status === 'depleted').length;
    if (duckBad !== bad || duckDepleted !== depleted) {
      throw new Error(
        `DuckDB disagrees: bad ${duckBad} vs ${bad}, depleted ${duckDepleted} vs ${depleted}`,
      );
    }
    duck = {
      one: `${rate(samples, one.ms)} (${rate(samples, oneBare.ms)})`,
      two: `${rate(samples, two.ms)} (${rate(samples, twoBare.ms)})`,
    };
    connection.closeSync();
    instance.closeSync();
  }
  rows.push(
    `| ${services.toLocaleString('en-US')} | ${(samples / 1e6).toFixed(1)} M | ${rate(samples, scan.ms)} | ${rate(samples, budgets.ms)} (${budgets.share.toFixed(2)}) | ${duck.one} | ${duck.two} | ${rate(samples, alerts.ms)} (${alerts.share.toFixed(2)}) | ${rate(samples, combined.ms)} (${combined.share.toFixed(2)}) | ${rate(samples, checked.ms)} (${checked.share.toFixed(2)}) | ${depleted} / ${firings} |`,
  );
  console.error(
    `${services} services done after ${((performance.now() - began) / 1000).toFixed(0)} s`,
  );
}

console.log(
  `Node ${process.version}; median of ${RUNS} runs (DuckDB ${DUCKDB_RUNS}); samples per second, higher is better.`,
);
console.log('');
console.log(
  '| services | samples | plain scan | whorunsit budgets (share of scan) | DuckDB budgets, 1 thread (month column) | DuckDB budgets, 2 threads (month column) | whorunsit burn-rate alerts, 4 rules (share of scan) | whorunsit budgets + alerts in one pass (share of scan) | the same, series assembled by hand (share of scan) | depleted periods / alert firings |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
