import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.ts';
import { serverModelSources } from '../../../test/support/server-model.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { untilVersionsSeen } from '../../../test/support/versions-seen.ts';
import { doc } from '../../../test/support/yaml-model.ts';
import { serviceBudgets } from '../../engine/budgets/index.ts';
import { type CompiledModel, dateOfSeconds, epochSecondsOf } from '../../model/index.ts';
import {
  insertSliSamples,
  openStore,
  type SliSampleRecord,
  type StoreDb,
} from '../../store/index.ts';
import { currentWindowStart } from './current-window-start.ts';
import { errorBudgetNow } from './error-budget-now.ts';
import { horizonStart, loadSliSeries } from './load-live-data.ts';

const DAY_MS = 86_400_000;

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The server test model (28-day windows) plus a calendar-month service and one without target. */
function sources() {
  const more = [
    doc(
      'Service',
      'ledger-api',
      'owner: payments\nrunModel: sre-runs-it\nsreTeam: sre-core\nerrorBudgetPolicy: monthly\navailabilityTarget: 99.9',
    ),
    doc(
      'ErrorBudgetPolicy',
      'monthly',
      'window: calendar-month\ntakeover: { withinBudgetPeriods: 1 }\nhandback: { depletedPeriods: 1, outOf: 2 }',
    ),
    doc('Service', 'docs-site', 'owner: checkout\nrunModel: you-run-it'),
  ].join('---\n');
  return [...serverModelSources(), { name: 'more.yaml', text: more }];
}

const SERVICES = ['payments-api', 'ledger-api', 'checkout-api', 'search-api', 'docs-site'];

/** The budget as the runner measured it before day sums: every sample of the current window. */
async function fromSamples(
  db: StoreDb,
  model: CompiledModel,
  name: string,
  now: Date,
  horizonDays: number,
) {
  const service = model.services.get(name);
  if (!service) throw new Error(`no ${name} in the model`);
  const asOf = epochSecondsOf(now);
  const start = dateOfSeconds(currentWindowStart(model, service, asOf)).getTime();
  const series = await loadSliSeries({
    db,
    service: name,
    from: new Date(Math.max(start, horizonStart(now, horizonDays).getTime())),
  });
  return errorBudgetNow(
    serviceBudgets({ model, series, asOf }).services.find((b) => b.name === name),
  );
}

async function runnerBudget(t: TestApp, name: string) {
  const response = await t.call({
    method: 'GET',
    url: `/api/v1/services/${name}/runner`,
    as: 'viewer',
  });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { errorBudget: unknown }).errorBudget;
}

describe.each(eachDialect())('the runner error budget from day sums, on $dialect', (engine) => {
  beforeAll(() => engine.setup());
  afterAll(() => engine.teardown());

  it('equals the budget over every sample of the window, across servers and after a restart', async () => {
    const store = await engine.open();
    const other = await openStore(engine.lastOptions());
    const start = '2025-01-27T22:59:58.000Z';
    // Two servers on one database; one's horizon cuts the 28-day windows, the other's does not.
    const short = await startTestApp({ store, now: start, config: { liveHorizonDays: 20 } });
    const long = await startTestApp({ store: other, now: start });
    const apps = [
      { t: short, db: store.db, horizonDays: 20 },
      { t: long, db: other.db, horizonDays: 400 },
    ];
    let restarted: TestApp | undefined;
    try {
      const pushed = await short.call({
        method: 'POST',
        url: '/api/v1/revisions',
        as: 'admin',
        payload: { message: 'model', sources: sources() },
      });
      expect(pushed.statusCode, pushed.body).toBe(201);
      const { model } = await short.context.models.at();
      const next = random(27);
      let now = new Date(start);
      const statuses = new Set<string>();
      for (let step = 0; step < 30; step++) {
        // Sometimes exactly at midnight or at the turn of a month, mostly anywhere.
        const roll = next();
        now =
          roll < 0.1
            ? new Date(Math.ceil(now.getTime() / DAY_MS) * DAY_MS)
            : roll < 0.15
              ? new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1))
              : new Date(now.getTime() + Math.floor(next() * 3 * DAY_MS));
        const samples = new Map<string, SliSampleRecord>();
        for (let k = 0; k < 10 + Math.floor(next() * 60); k++) {
          const service = SERVICES[Math.floor(next() * SERVICES.length)] as string;
          const where = next();
          // Recent; at the edge of a 28-day window or of the horizon; late; or ahead of the clock.
          const offset =
            where < 0.5
              ? -next() * 2 * DAY_MS
              : where < 0.7
                ? -(28 * DAY_MS) + (next() - 0.5) * 600_000
                : where < 0.8
                  ? -(20 * DAY_MS) + (next() - 0.5) * 600_000
                  : where < 0.95
                    ? -next() * 40 * DAY_MS
                    : next() * DAY_MS;
          const at = Math.floor((now.getTime() + offset) / 1000) * 1000;
          const timestamp = new Date(next() < 0.1 ? Math.floor(at / DAY_MS) * DAY_MS : at);
          const total = Math.floor(next() * 1000);
          const bad = next() < 0.2 ? Math.floor(next() * total) : Math.floor(next() * 2);
          samples.set(`${service} ${timestamp.toISOString()}`, {
            service,
            timestamp: timestamp.toISOString(),
            good: total - Math.min(bad, total),
            total,
          });
        }
        const writer = step % 2 === 0 ? store.db : other.db;
        await writer
          .transaction()
          .execute((tx) => insertSliSamples({ db: tx, samples: [...samples.values()] }));
        // The server that did not write counts it once told (at once on SQLite).
        await untilVersionsSeen([store, other]);

        for (const { t, db, horizonDays } of apps) {
          t.setNow(now.toISOString());
          for (const name of SERVICES) {
            const expected = await fromSamples(db, model, name, now, horizonDays);
            expect({ name, now, budget: await runnerBudget(t, name) }).toEqual({
              name,
              now,
              budget: expected,
            });
            statuses.add(expected.status);
          }
        }
      }
      // The stream reached every kind of answer, so the comparison saw budgets, not just gaps.
      expect([...statuses].sort()).toEqual(['depleted', 'no-data', 'no-target', 'within']);

      // A restart (a new server on a new connection) answers the same from the store.
      restarted = await startTestApp({
        store: await openStore(engine.lastOptions()),
        now: now.toISOString(),
      });
      for (const name of SERVICES) {
        expect(await runnerBudget(restarted, name)).toEqual(await runnerBudget(long, name));
      }
    } finally {
      await restarted?.close();
      await long.close();
      await short.close();
    }
  }, 240_000);
});
