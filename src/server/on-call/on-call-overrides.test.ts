import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.ts';
import { serverModelSources } from '../../../test/support/server-model.ts';
import { errorOf, startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { untilVersionsSeen } from '../../../test/support/versions-seen.ts';
import { openStore } from '../../store/index.ts';

const NOW = '2025-03-03T10:00:00.000Z';

/** Who is on call for the search service now: checkout-oncall's person (no thin layer covers it). */
async function searchOnCall(t: TestApp): Promise<string | undefined> {
  const runner = await t.call({
    method: 'GET',
    url: '/api/v1/services/search-api/runner',
    as: 'viewer',
  });
  expect(runner.statusCode, runner.body).toBe(200);
  const onCall = runner.json().onCall as { rotation: string; person: string }[];
  return onCall.find((o) => o.rotation === 'checkout-oncall')?.person;
}

interface Turn {
  readonly person: string;
  readonly start: number;
  readonly end: number;
}

/** checkout-oncall's turns on 3 March 2025 from GET /api/v1/schedules. */
async function scheduledTurns(t: TestApp): Promise<Turn[]> {
  const schedules = await t.call({
    method: 'GET',
    url: '/api/v1/schedules?from=2025-03-03&days=1',
    as: 'viewer',
  });
  expect(schedules.statusCode, schedules.body).toBe(200);
  return (schedules.json().result.shifts as Record<string, string>[])
    .filter((s) => s.rotation === 'checkout-oncall')
    .map((s) => ({
      person: s.person ?? '',
      start: Date.parse(s.start ?? ''),
      end: Date.parse(s.end ?? ''),
    }));
}

/** Who a list of turns puts on call at an instant. */
function whoAt(turns: readonly Turn[], at: number): string | undefined {
  return turns.find((s) => s.start <= at && at < s.end)?.person;
}

/** The turns of an iCalendar feed: DTSTART, DTEND and the person in each event's SUMMARY. */
function icalTurns(ics: string): Turn[] {
  const instant = (v: string) =>
    Date.parse(v.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
  return ics
    .split('BEGIN:VEVENT')
    .slice(1)
    .map((event) => ({
      person: /SUMMARY:On call: [^(]*\(([^)]*)\)/.exec(event)?.[1] ?? '',
      start: instant(/DTSTART:(\S+)/.exec(event)?.[1] ?? ''),
      end: instant(/DTEND:(\S+)/.exec(event)?.[1] ?? ''),
    }));
}

describe.each(eachDialect())('on-call overrides on $dialect', (engine) => {
  let t: TestApp;
  beforeAll(() => engine.setup(), 120_000);
  afterAll(() => engine.teardown());
  beforeEach(async () => {
    t = await startTestApp({ store: await engine.open(), now: NOW });
    const pushed = await t.call({
      method: 'POST',
      url: '/api/v1/revisions',
      as: 'editor',
      payload: { message: 'model', sources: serverModelSources() },
    });
    expect(pushed.statusCode).toBe(201);
  });
  afterEach(() => t.close());

  const create = (payload: Record<string, unknown>, as: 'editor' | 'viewer' = 'editor') =>
    t.call({ method: 'POST', url: '/api/v1/on-call-overrides', as, payload });

  it('hands the on-call to someone for a while: routing, the runner, the console follow; revoked, the schedule again', async () => {
    const planned = await searchOnCall(t);
    expect(['ana', 'ben']).toContain(planned);
    const other = planned === 'ana' ? 'ben' : 'ana';
    const feed = await t.call({
      method: 'POST',
      url: '/api/v1/calendar-feeds',
      as: 'editor',
      payload: { rotation: 'checkout-oncall' },
    });
    expect(feed.statusCode, feed.body).toBe(201);
    const calendar = async () =>
      (await t.call({ method: 'GET', url: new URL(feed.json().url).pathname })).body;
    const planCalendar = await calendar();
    const plannedTurns = await scheduledTurns(t);
    expect(whoAt(plannedTurns, Date.parse(NOW))).toBe(planned);
    expect(planCalendar).toMatch(/BEGIN:VCALENDAR/);

    const made = await create({
      rotation: 'checkout-oncall',
      person: other,
      from: '2025-03-03T09:00:00Z',
      to: '2025-03-03T13:00:00+01:00',
      reason: `${planned} at the dentist`,
    });
    expect(made.statusCode, made.body).toBe(201);
    const override = made.json().override;
    expect(override).toMatchObject({
      rotation: 'checkout-oncall',
      person: other,
      startsAt: '2025-03-03T09:00:00.000Z',
      endsAt: '2025-03-03T12:00:00.000Z',
      reason: `${planned} at the dentist`,
      author: 'editor-token',
      revokedAt: null,
    });
    expect(await searchOnCall(t)).toBe(other);
    // The rotation's calendar feed shows the override too.
    expect(await calendar()).not.toBe(planCalendar);

    // An alert for the search service now goes to whoever took over.
    const alert = await t.call({
      method: 'POST',
      url: '/api/v1/alerts/alertmanager',
      as: 'ingest',
      payload: {
        version: '4',
        groupKey: '{}:{alertname="HighErrorRate"}',
        status: 'firing',
        receiver: 'whorunsit',
        alerts: [
          {
            labels: { alertname: 'HighErrorRate', service: 'search-api' },
            annotations: {},
            startsAt: '2025-03-03T09:58:00Z',
            endsAt: '0001-01-01T00:00:00Z',
          },
        ],
      },
    });
    expect(alert.statusCode, alert.body).toBe(200);
    expect(alert.json().alerts[0].routedTo).toEqual({ rotation: 'checkout-oncall', person: other });

    // The console's timeline: who is on call now, the override in the range, its shift.
    const timeline = await t.call({
      method: 'GET',
      url: '/api/v1/console/on-call?from=2025-03-03&days=1',
      as: 'viewer',
    });
    const rotation = timeline
      .json()
      .rotations.find((r: { name: string }) => r.name === 'checkout-oncall');
    expect(rotation.now.person).toBe(other);
    // The override's turn ends at 12:00, when the planned person takes over again.
    const turns = rotation.shifts as { person: string; start: string; end: string }[];
    const at = (iso: string) => turns.find((s) => s.start <= iso && iso < s.end);
    expect(at('2025-03-03T09:00:00.000Z')).toMatchObject({
      person: other,
      end: '2025-03-03T12:00:00.000Z',
    });
    expect(at('2025-03-03T12:00:00.000Z')).toMatchObject({ person: planned });
    // GET /api/v1/schedules, the console's timeline and the calendar feed say the same, hour by
    // hour through the day of the override.
    const fromSchedules = await scheduledTurns(t);
    const fromConsole = turns.map((s) => ({
      ...s,
      start: Date.parse(s.start),
      end: Date.parse(s.end),
    }));
    const fromCalendar = icalTurns(await calendar());
    for (let hour = 0; hour < 24; hour++) {
      const instant = Date.parse('2025-03-03T00:00:00Z') + hour * 3_600_000;
      const expected = hour >= 9 && hour < 12 ? other : whoAt(plannedTurns, instant);
      expect([hour, whoAt(fromSchedules, instant)]).toEqual([hour, expected]);
      expect([hour, whoAt(fromConsole, instant)]).toEqual([hour, expected]);
      expect([hour, whoAt(fromCalendar, instant)]).toEqual([hour, expected]);
    }
    expect(timeline.json().overrides).toEqual([
      expect.objectContaining({ id: override.id, person: other, displayName: other }),
    ]);
    const listed = await t.call({
      method: 'GET',
      url: '/api/v1/on-call-overrides?from=2025-03-03T11:00:00Z',
      as: 'viewer',
    });
    expect(listed.json().overrides.map((o: { id: number }) => o.id)).toEqual([override.id]);
    const later = await t.call({
      method: 'GET',
      url: '/api/v1/on-call-overrides?from=2025-03-03T12:00:00Z',
      as: 'viewer',
    });
    expect(later.json().overrides).toEqual([]);

    const url = `/api/v1/on-call-overrides/${override.id}`;
    const revoked = await t.call({ method: 'DELETE', url, as: 'editor' });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().override).toMatchObject({ revokedAt: NOW, revokedBy: 'editor-token' });
    expect(await searchOnCall(t)).toBe(planned);
    expect(await calendar()).toBe(planCalendar);
    expect(await scheduledTurns(t)).toEqual(plannedTurns);
    // Revoking again changes nothing; the record keeps it, revoked.
    expect((await t.call({ method: 'DELETE', url, as: 'editor' })).statusCode).toBe(200);
    const all = await t.call({
      method: 'GET',
      url: '/api/v1/on-call-overrides?revoked=true',
      as: 'viewer',
    });
    expect(all.json().overrides).toEqual([expect.objectContaining({ id: override.id })]);
    const audit = await t.call({ method: 'GET', url: '/api/v1/audit', as: 'admin' });
    expect(
      audit
        .json()
        .events.map((e: { action: string }) => e.action)
        .filter((a: string) => a.startsWith('on-call')),
    ).toEqual(['on-call.override.revoked', 'on-call.override.created']);
  });

  it('is seen by another server on the same store, which had planned the day already', async () => {
    const second = await startTestApp({
      store: await openStore(engine.lastOptions()),
      now: NOW,
    });
    try {
      const planned = await searchOnCall(second);
      const other = planned === 'ana' ? 'ben' : 'ana';
      const made = await create({
        rotation: 'checkout-oncall',
        person: other,
        from: '2025-03-03T09:00:00Z',
        to: '2025-03-03T11:00:00Z',
      });
      expect(made.statusCode, made.body).toBe(201);
      // At once on SQLite; on PostgreSQL once the notification of the change arrived.
      await untilVersionsSeen([second.context.store]);
      expect(await searchOnCall(second)).toBe(other);
    } finally {
      await second.close();
    }
  });

  it('refuses an unknown rotation or person, an empty, too long or past interval, and a viewer', async () => {
    const base = {
      rotation: 'checkout-oncall',
      person: 'ana',
      from: '2025-03-03T09:00:00Z',
      to: '2025-03-03T11:00:00Z',
    };
    const refused = async (payload: Record<string, unknown>, path: string) => {
      const response = await create(payload);
      expect(response.statusCode, response.body).toBe(400);
      const error = errorOf(response);
      expect(error.code).toBe('bad-request');
      expect(error.details).toMatchObject({ issues: [{ in: 'body', path }] });
      return error.message;
    };
    expect(await refused({ ...base, rotation: 'nope' }, 'rotation')).toMatch(/no rotation nope/);
    expect(await refused({ ...base, person: 'zed' }, 'person')).toMatch(/no person zed/);
    expect(await refused({ ...base, to: base.from }, 'to')).toMatch(/after from/);
    expect(await refused({ ...base, to: '2025-04-10T00:00:00Z' }, 'to')).toMatch(/31 days/);
    expect(
      await refused({ ...base, from: '2025-03-02T09:00:00Z', to: '2025-03-02T11:00:00Z' }, 'to'),
    ).toMatch(/after now/);
    expect(await refused({ ...base, from: 'tomorrow' }, 'from')).toBeTruthy();
    expect((await create(base, 'viewer')).statusCode).toBe(403);
    const missing = await t.call({
      method: 'DELETE',
      url: '/api/v1/on-call-overrides/999',
      as: 'editor',
    });
    expect(missing.statusCode).toBe(404);
    const none = await t.call({ method: 'GET', url: '/api/v1/on-call-overrides', as: 'viewer' });
    expect(none.json().overrides).toEqual([]);
  });
});
