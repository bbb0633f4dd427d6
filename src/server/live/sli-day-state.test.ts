import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.ts';
import { serverModelSources } from '../../../test/support/server-model.ts';
import { startTestApp } from '../../../test/support/test-app.ts';
import { doc } from '../../../test/support/yaml-model.ts';
import { budgetCalendarFrom } from '../../engine/budgets/index.ts';
import { handover, runFromDays } from '../../engine/handover/index.ts';
import { type CompiledModel, epochSecondsOf } from '../../model/index.ts';
import {
  type IncidentRecord,
  insertSliSamples,
  openStore,
  type SliSampleRecord,
  type Store,
  upsertIncidents,
} from '../../store/index.ts';
import { sliDays } from '../../store/migrations/0007-sli-days.ts';
import { sliDaysByCountedDay } from '../../store/migrations/0010-sli-days-by-counted-day.ts';
import { deleteExpiredData } from '../../store/retention/delete-expired-data.ts';
import { loadLiveData } from './load-live-data.ts';
import { createSliDayState, daySeconds, horizonDay, type SliDayState } from './sli-day-state.ts';

const DAY_MS = 86_400_000;
const HORIZON_DAYS = 60;

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

/** The server test model plus an SRE-run service measured per calendar month. */
function sources() {
  const ledger = [
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
  ].join('---\n');
  return [...serverModelSources(), { name: 'ledger.yaml', text: ledger }];
}

const SERVICES = ['payments-api', 'ledger-api', 'checkout-api', 'search-api', 'not-in-the-model'];

/** What the runner decides for each service from the day sums, and the periods it rests on. */
function fromDays(model: CompiledModel, days: SliDayState, now: Date) {
  const calendar = budgetCalendarFrom(days.firstDay(), epochSecondsOf(now));
  return [...model.services.values()].map((service) => {
    const run = runFromDays({ model, service, days: days.daysOf(service.name), calendar });
    return { name: service.name, ...decision(run) };
  });
}

/** The same from every sample of the horizon, by the handover engine of `plan` and the API. */
async function fromSamples(model: CompiledModel, store: Store, now: Date) {
  const from = new Date(daySeconds(horizonDay(now, HORIZON_DAYS)) * 1000);
  const data = await loadLiveData({
    db: store.db,
    now,
    horizonDays: (now.getTime() - from.getTime()) / DAY_MS,
  });
  const report = handover({ model, ...data, asOf: epochSecondsOf(now) });
  return report.services.map((s) => ({
    name: s.name,
    ...decision({ current: s.currentRunModel, timeline: s.timeline, periods: s.periods }),
  }));
}

function decision(run: ReturnType<typeof runFromDays>) {
  return {
    current: run.current,
    timeline: run.timeline,
    periods: run.periods.map((p) => ({
      runModel: p.runModel,
      label: p.budget.period.label,
      complete: p.budget.period.complete,
      samples: p.budget.samples,
      total: p.budget.total,
      bad: p.budget.bad,
      status: p.budget.status,
    })),
  };
}

function snapshot(days: SliDayState) {
  return {
    first: days.firstDay(),
    services: days.services().map((s) => [s, [...days.daysOf(s).entries()].sort()]),
  };
}

describe.each(eachDialect())('SLI day sums kept as samples arrive, on $dialect', (engine) => {
  beforeAll(() => engine.setup());
  afterAll(() => engine.teardown());

  it('decide as the handover engine over every sample does, and rebuild the same after a restart', async () => {
    const store = await engine.open();
    // A second connection writes half the batches: another server on the same database.
    const other = await openStore(engine.lastOptions());
    const t = await startTestApp({ store });
    try {
      const pushed = await t.call({
        method: 'POST',
        url: '/api/v1/revisions',
        as: 'admin',
        payload: { message: 'model', sources: sources() },
      });
      expect(pushed.statusCode, pushed.body).toBe(201);
      const { model } = await t.context.models.at();
      const next = random(15);
      const days = createSliDayState(store.db);
      let now = new Date('2025-01-10T10:00:00.000Z');
      const seen = new Set<string>();
      for (let batch = 0; batch < 40; batch++) {
        now = new Date(now.getTime() + Math.floor(next() * 4 * DAY_MS));
        const samples = new Map<string, SliSampleRecord>();
        for (let k = 0; k < 20 + Math.floor(next() * 120); k++) {
          const service = SERVICES[Math.floor(next() * SERVICES.length)] as string;
          // Mostly recent, sometimes late or resent (a sample for a stored time replaces it).
          const back = next() < 0.7 ? next() * 3 * DAY_MS : next() * 90 * DAY_MS;
          const at = new Date(now.getTime() - back);
          at.setUTCMinutes(Math.floor(next() * 4) * 15, 0, 0);
          const total = Math.floor(next() * 1000);
          // Bad stretches come and go, so periods are depleted, within or without data.
          const bad = next() < 0.15 ? Math.floor(next() * total) : Math.floor(next() * 2);
          const timestamp = at.toISOString();
          samples.set(`${service} ${timestamp}`, {
            service,
            timestamp,
            good: total - Math.min(bad, total),
            total,
          });
        }
        const incidents: IncidentRecord[] = [0, 1].map((i) => ({
          id: `incident-${batch}-${i}`,
          service: SERVICES[Math.floor(next() * SERVICES.length)] as string,
          startedAt: new Date(now.getTime() - next() * 20 * DAY_MS).toISOString(),
          detectedAt: null,
          resolvedAt: next() < 0.5 ? null : now.toISOString(),
          customerVisible: next() < 0.5,
          budgetConsumed: next() < 0.3 ? next() : null,
        }));
        const writer = batch % 2 === 0 ? store.db : other.db;
        await writer.transaction().execute(async (tx) => {
          await insertSliSamples({ db: tx, samples: [...samples.values()] });
          await upsertIncidents({ db: tx, incidents, at: now.toISOString() });
        });

        await days.refresh(horizonDay(now, HORIZON_DAYS));
        const incremental = fromDays(model, days, now);
        expect(incremental).toEqual(await fromSamples(model, store, now));
        for (const s of incremental) seen.add(`${s.name} ${s.current}`);
      }
      // The stream moved the SRE-run services both ways, so the comparison saw decisions, not just data.
      for (const service of ['ledger-api', 'payments-api']) {
        expect(seen).toContain(`${service} sre-runs-it`);
        expect(seen).toContain(`${service} you-run-it`);
      }

      // A restart reads the same sums from the store, on either connection.
      for (const db of [store.db, other.db]) {
        const restarted = createSliDayState(db);
        await restarted.refresh(horizonDay(now, HORIZON_DAYS));
        expect(snapshot(restarted)).toEqual(snapshot(days));
        expect(fromDays(model, restarted, now)).toEqual(fromDays(model, days, now));
      }
    } finally {
      await t.close();
      await other.close();
    }
  }, 180_000);

  it('counts the samples stored before the day sums existed, and forgets days whose samples were removed', async () => {
    const store = await engine.open();
    const at = (day: string, hour: number) => `${day}T${String(hour).padStart(2, '0')}:00:00.000Z`;
    const samples = ['2025-03-01', '2025-03-02', '2025-03-03'].flatMap((day, d) =>
      [1, 5, 23].map((hour) => ({ service: 's', timestamp: at(day, hour), good: d, total: 10 })),
    );
    await store.db.insertInto('sli_samples').values(samples).execute();
    // As a store made before migration 0007: samples but no day sums, then the migrations.
    await sql`drop table sli_days`.execute(store.db);
    await sliDays().up(store.db);
    await sliDaysByCountedDay().up(store.db);
    const reopened = store;
    try {
      const days = createSliDayState(reopened.db);
      const now = new Date('2025-03-10T00:00:00.000Z');
      await days.refresh(horizonDay(now, HORIZON_DAYS));
      const tally = (good: number) => ({ samples: 3, total: 30, good: 3 * good });
      expect([...days.daysOf('s').entries()].sort()).toEqual([
        [daySeconds('2025-03-01'), tally(0)],
        [daySeconds('2025-03-02'), tally(1)],
        [daySeconds('2025-03-03'), tally(2)],
      ]);

      // Retention deletes samples and recounts their days in the same transaction.
      const deleted = await deleteExpiredData({
        db: reopened.db,
        before: { sliSamples: at('2025-03-02', 6) },
      });
      expect(deleted.sliSamples).toBe(5);
      expect([...(await days.refresh(horizonDay(now, HORIZON_DAYS)))]).toEqual(['s']);
      expect([...days.daysOf('s').entries()].sort()).toEqual([
        [daySeconds('2025-03-02'), { samples: 1, total: 10, good: 1 }],
        [daySeconds('2025-03-03'), tally(2)],
      ]);
      expect(days.firstDay()).toBe(daySeconds('2025-03-02'));
    } finally {
      await reopened.close();
    }
  });

  it('counts a sample at midnight on the day it ends, from migration 0010 on and as samples arrive', async () => {
    // A sample counts the interval that ends at it (engine/budgets/sample-span.ts).
    const store = await engine.open();
    try {
      await store.db
        .insertInto('sli_samples')
        .values([
          { service: 's', timestamp: '2025-03-02T00:00:00.000Z', good: 0, total: 10 },
          { service: 's', timestamp: '2025-03-02T12:00:00.000Z', good: 10, total: 10 },
        ])
        .execute();
      await sql`drop table sli_days`.execute(store.db);
      await sliDays().up(store.db);
      await sliDaysByCountedDay().up(store.db);
      const days = createSliDayState(store.db);
      const now = new Date('2025-03-10T00:00:00.000Z');
      await days.refresh(horizonDay(now, HORIZON_DAYS));
      expect([...days.daysOf('s').entries()].sort()).toEqual([
        [daySeconds('2025-03-01'), { samples: 1, total: 10, good: 0 }],
        [daySeconds('2025-03-02'), { samples: 1, total: 10, good: 10 }],
      ]);
      await store.db.transaction().execute((db) =>
        insertSliSamples({
          db,
          samples: [{ service: 's', timestamp: '2025-03-03T00:00:00.000Z', good: 5, total: 10 }],
        }),
      );
      await days.refresh(horizonDay(now, HORIZON_DAYS));
      expect(days.daysOf('s').get(daySeconds('2025-03-02'))).toEqual({
        samples: 2,
        total: 20,
        good: 15,
      });
      expect(days.daysOf('s').has(daySeconds('2025-03-03'))).toBe(false);
    } finally {
      await store.close();
    }
  });
});
