/**
 * The console's plan page on a server whose live data keeps changing: GET /api/v1/console/plan
 * on the acme demo (scripts/demo-data.ts: 120 days of SLI samples, an incident, an alert) after
 * each kind of change a running server sees, against the same request with nothing changed
 * (the baseline, measured in the same run). What each change should cost:
 *
 * - an alert, or an on-call override made: nothing the plan reads (its error budgets read SLI
 *   samples and incidents only), so no new plan;
 * - an SLI sample (here one that spends budget): a new plan, as it must, since the error
 *   budgets the plan shows are measured from the samples.
 *
 * Run: npm run bench:console-plan [-- --runs 7]
 */
import { cpus, loadavg } from 'node:os';
import { seedDemo } from '../scripts/demo-data.ts';
import { startFrozenClockApp } from '../scripts/frozen-clock-app.ts';
import { createToken } from '../src/server/auth/create-token.ts';
import { median } from './server-load.ts';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;
const HOUR = 3_600_000;

const { app, store, now, close } = await startFrozenClockApp('whorunsit-console-plan-bench-');
try {
  const admin = (await createToken({ db: store.db, name: 'bench', role: 'admin', now })).token;
  await seedDemo(app, admin, now);
  const call = async (method: 'GET' | 'POST', url: string, payload?: object) => {
    const response = await app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${admin}` },
      ...(payload ? { payload } : {}),
    });
    if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.body}`);
    return response;
  };
  const plan = async () => {
    const started = performance.now();
    const response = await call('GET', '/api/v1/console/plan');
    if (!response.json().sections?.length) throw new Error('the plan has no sections');
    return performance.now() - started;
  };
  const hour = Math.floor(now.getTime() / HOUR) * HOUR;
  let step = 0;
  const changes: Record<string, () => Promise<unknown>> = {
    'nothing changed (baseline)': async () => undefined,
    'an alert': () =>
      call('POST', '/api/v1/alerts/alertmanager', {
        version: '4',
        groupKey: `{}:{alertname="Bench${step}"}`,
        status: 'firing',
        receiver: 'whorunsit',
        alerts: [
          {
            labels: { alertname: `Bench${++step}`, service: 'orders-api' },
            annotations: {},
            startsAt: new Date(hour - HOUR).toISOString(),
            endsAt: '0001-01-01T00:00:00Z',
          },
        ],
      }),
    'an on-call override': () =>
      call('POST', '/api/v1/on-call-overrides', {
        rotation: 'orders-oncall',
        person: 'florian-jung',
        from: new Date(hour + (++step + 1) * HOUR).toISOString(),
        to: new Date(hour + (step + 2) * HOUR).toISOString(),
      }),
    'an SLI sample that spends budget': () =>
      call('POST', '/api/v1/sli-samples', {
        samples: [
          {
            service: 'orders-api',
            timestamp: new Date(hour - HOUR + ++step * 1000).toISOString(),
            good: 90,
            total: 100,
          },
        ],
      }),
  };
  await plan(); // the first plan of the day, untimed
  console.log(
    `GET /api/v1/console/plan on the acme demo after each change, ${RUNS} runs each, ${cpus().length} cores, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const times = new Map<string, number[]>(Object.keys(changes).map((k) => [k, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const [name, change] of Object.entries(changes)) {
      await change();
      times.get(name)?.push(await plan());
    }
  }
  const baseline = median(times.get('nothing changed (baseline)') ?? []);
  console.log('| after | GET /api/v1/console/plan (median) | × baseline |');
  console.log('|---|---:|---:|');
  for (const [name, values] of times) {
    console.log(
      `| ${name} | ${median(values).toFixed(1)} ms | ${(median(values) / baseline).toFixed(1)} |`,
    );
  }
} finally {
  await close();
}
