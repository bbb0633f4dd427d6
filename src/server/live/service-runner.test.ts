import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serverModelSources } from '../../../test/support/server-model.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { doc } from '../../../test/support/yaml-model.ts';
import { serviceBudgets } from '../../engine/budgets/index.ts';
import { epochSeconds } from '../../model/index.ts';
import { currentWindowStart } from './current-window-start.ts';
import { loadLiveData } from './load-live-data.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** payments-api has a 28-day rolling window; billing-api a calendar month (§12.5). */
const MONTHLY = [
  doc(
    'ErrorBudgetPolicy',
    'monthly',
    'window: calendar-month\ntakeover: { withinBudgetPeriods: 2 }\nhandback: { depletedPeriods: 2, outOf: 3 }',
  ),
  doc(
    'Service',
    'billing-api',
    'owner: payments\nrunModel: sre-runs-it\nsreTeam: sre-core\nerrorBudgetPolicy: monthly\navailabilityTarget: 99.9',
  ),
].join('---\n');

interface Sample {
  readonly service: string;
  readonly timestamp: string;
  readonly good: number;
  readonly total: number;
}

/**
 * Hourly samples from `from` for `hours` hours, each at the end of its hour (a sample counts the
 * interval that ends at it); `bad(i)` of every 1000 events of hour i bad.
 */
function hourly(service: string, from: string, hours: number, bad: (i: number) => number) {
  const start = Date.parse(from);
  return Array.from({ length: hours }, (_, i) => ({
    service,
    timestamp: new Date(start + (i + 1) * HOUR).toISOString(),
    good: 1000 - bad(i),
    total: 1000,
  }));
}

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ now: '2025-03-20T10:00:00.000Z' });
  await t.call({
    method: 'POST',
    url: '/api/v1/revisions',
    as: 'admin',
    payload: {
      message: 'model',
      sources: [...serverModelSources(), { name: 'monthly.yaml', text: MONTHLY }],
    },
  });
});
afterEach(() => t.close());

async function ingest(samples: readonly Sample[]) {
  const response = await t.call({
    method: 'POST',
    url: '/api/v1/sli-samples',
    as: 'ingest',
    payload: { samples },
  });
  expect(response.statusCode, response.body).toBe(200);
}

async function errorBudget(service: string) {
  const response = await t.call({
    method: 'GET',
    url: `/api/v1/services/${service}/runner`,
    as: 'viewer',
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().errorBudget;
}

/** The current window's budget computed over every stored sample of the live horizon. */
async function fromAllSamples(service: string) {
  const now = t.context.now();
  const { model } = await t.context.models.at();
  const horizonDays = t.context.config.liveHorizonDays;
  const data = await loadLiveData({ db: t.store.db, now, horizonDays, service });
  const budget = serviceBudgets({
    model,
    series: data.series,
    asOf: epochSeconds(Math.floor(now.getTime() / 1000)),
  }).services.find((b) => b.name === service);
  const window = budget?.current;
  return {
    remaining: window?.consumedShare == null ? null : 1 - window.consumedShare,
    remainingEvents: window && window.status !== 'no-data' ? window.remaining : null,
    window: budget?.window,
    status: window?.status ?? 'no-data',
  };
}

describe('the error budget of GET /api/v1/services/{name}/runner', () => {
  it('is the budget of the last 28 days for a rolling window, whatever came before', async () => {
    // 60 days: a heavy outage 40 days ago (outside the window), then 0.2 ‰ bad.
    await ingest(
      hourly('payments-api', '2025-01-19T10:00:00.000Z', 60 * 24, (i) =>
        i >= 20 * 24 && i < 21 * 24 ? 500 : i % 5 === 0 ? 1 : 0,
      ),
    );
    const budget = await errorBudget('payments-api');
    expect(budget).toEqual(await fromAllSamples('payments-api'));
    // 28 days × 24 h, one bad event every fifth hour; 0.05% of 672,000 events allowed.
    // 672 hours in the window, 134 of them with one bad event; 0.05% of 672,000 events allowed.
    expect(budget).toMatchObject({ window: '28d', status: 'within' });
    expect(budget.remainingEvents).toBeCloseTo(336 - 134, 6);
  });

  it('counts a sample of the first second of a rolling window and none before it', async () => {
    // A sample counts the interval that ends at it: the one at the window's start counts the
    // time before the window, the one a second later the window's first second.
    const start = Date.parse('2025-03-20T10:00:00.000Z') - 28 * DAY;
    await ingest([
      { service: 'payments-api', timestamp: new Date(start).toISOString(), good: 0, total: 1000 },
      {
        service: 'payments-api',
        timestamp: new Date(start + 1000).toISOString(),
        good: 999,
        total: 1000,
      },
    ]);
    const budget = await errorBudget('payments-api');
    expect(budget).toEqual(await fromAllSamples('payments-api'));
    expect(budget.remainingEvents).toBeCloseTo(0.5 - 1, 6);
  });

  it('is the month to date for a calendar-month window, and a month that has ended at its turn', async () => {
    // February all bad; March so far (466 hours) one bad event every other hour.
    await ingest([
      ...hourly('billing-api', '2025-02-01T00:00:00.000Z', 28 * 24, () => 1000),
      ...hourly('billing-api', '2025-03-01T00:00:00.000Z', 19 * 24 + 10, (i) => i % 2),
    ]);
    const march = await errorBudget('billing-api');
    expect(march).toEqual(await fromAllSamples('billing-api'));
    expect(march).toMatchObject({ window: 'calendar-month', status: 'within' });
    expect(march.remainingEvents).toBeCloseTo(466 - 233, 6);

    // At midnight on the first of April, March has just ended and is still the current window.
    t.setNow('2025-04-01T00:00:00.000Z');
    const ended = await errorBudget('billing-api');
    expect(ended).toEqual(await fromAllSamples('billing-api'));
    expect(ended.remainingEvents).toBeCloseTo(466 - 233, 6);
  });

  it('counts no sample older than the live horizon, even inside the window', async () => {
    await t.close();
    t = await startTestApp({ now: '2025-03-20T10:00:00.000Z', config: { liveHorizonDays: 7 } });
    await t.call({
      method: 'POST',
      url: '/api/v1/revisions',
      as: 'admin',
      payload: { message: 'model', sources: serverModelSources() },
    });
    // A bad day 10 days ago lies in the 28-day window but beyond the 7-day horizon.
    await ingest(
      hourly('payments-api', '2025-03-10T10:00:00.000Z', 10 * 24, (i) => (i < 24 ? 1000 : 0)),
    );
    const budget = await errorBudget('payments-api');
    expect(budget).toEqual(await fromAllSamples('payments-api'));
    expect(budget).toMatchObject({ status: 'within', remainingEvents: 7 * 24 * 1000 * 0.0005 });
  });

  it('has no data when every sample lies before the current window', async () => {
    await ingest(hourly('billing-api', '2025-02-01T00:00:00.000Z', 28 * 24, () => 1));
    const budget = await errorBudget('billing-api');
    expect(budget).toEqual(await fromAllSamples('billing-api'));
    expect(budget).toEqual({
      remaining: null,
      remainingEvents: null,
      window: 'calendar-month',
      status: 'no-data',
    });
  });
});

describe('currentWindowStart', () => {
  it('starts a rolling window its length before the instant and a calendar month at its first second', async () => {
    const { model } = await t.context.models.at();
    const asOf = epochSeconds(Date.parse('2025-03-20T10:00:00.000Z') / 1000);
    const rolling = model.services.get('payments-api');
    const monthly = model.services.get('billing-api');
    if (!rolling || !monthly) throw new Error('the test model lacks its services');
    expect(currentWindowStart(model, rolling, asOf)).toBe(asOf - 28 * 86_400);
    expect(currentWindowStart(model, monthly, asOf)).toBe(Date.parse('2025-03-01') / 1000);
    // At the turn of the month the month that just ended is the current one.
    expect(currentWindowStart(model, monthly, epochSeconds(Date.parse('2025-04-01') / 1000))).toBe(
      Date.parse('2025-03-01') / 1000,
    );
  });
});
