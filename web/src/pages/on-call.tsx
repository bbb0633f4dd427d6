import { useState } from 'preact/hooks';
import { api, data } from '../api/client.ts';
import type { GetConsoleOnCall200 } from '../api/openapi.gen.ts';
import { ScrollRegion } from '../components/scroll-region.tsx';
import { EmptyState, ErrorState, Loading } from '../components/states.tsx';
import { hours, relative, when } from '../format.ts';
import { useLiveVersion } from '../live/changes.ts';
import { usePageTitle } from '../page-title.ts';
import { navigate, queryString, useLocation } from '../router.ts';
import { CAN, useSession } from '../session.ts';
import { useResource } from '../use-resource.ts';
import { Overrides } from './on-call/overrides.tsx';
import { SubscribeLink } from './on-call/subscribe-link.tsx';
import { Timeline } from './on-call/timeline.tsx';
import { WhoIsOnCall } from './on-call/who-is-on-call.tsx';

type OnCall = GetConsoleOnCall200;
export type RotationRow = OnCall['rotations'][number];

const DAY = 86_400_000;
const RANGES = [7, 14, 28] as const;

/** A date as the `from` query takes it: midnight UTC, `2025-03-03`. */
function dateParameter(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * On call: who is on call now and who takes over next on every rotation, a timeline of the
 * coming week(s) with the gaps and conflicts of the schedule, who is on call for a service at a
 * moment, the hours each person carries, and calendar links to subscribe to a rotation.
 */
export function OnCallPage() {
  usePageTitle('On call');
  const version = useLiveVersion();
  const session = useSession();
  const { query } = useLocation();
  const from = query.get('from') ?? '';
  const days = RANGES.find((d) => String(d) === query.get('days')) ?? 7;
  const timeline = useResource(
    () =>
      data(
        api.GET('/api/v1/console/on-call', {
          params: { query: { ...(from ? { from } : {}), days } },
        }),
      ),
    [from, days, version],
  );
  const value = timeline.data;
  const go = (to: { from?: string; days?: number }) =>
    navigate(
      `/on-call${queryString({ from: to.from ?? from, days: String(to.days ?? days) === '7' ? '' : String(to.days ?? days) })}`,
      { replace: true },
    );

  if (timeline.error && !value) {
    return (
      <section>
        <h1>On call</h1>
        <ErrorState problem={timeline.error} onRetry={timeline.reload} />
      </section>
    );
  }
  const start = value ? Date.parse(value.from) : 0;
  return (
    <section class="on-call">
      <div class="page-head">
        <h1>On call</h1>
        <p class="meta" aria-live="polite">
          {value
            ? `Revision ${value.revision} · as of ${when(value.asOf)} · times in UTC`
            : 'Loading…'}
        </p>
      </div>
      {timeline.error && value ? (
        <p class="notice" role="status">
          <strong>Could not refresh.</strong> {timeline.error.message} Showing the data as of{' '}
          {when(value.asOf)}.
        </p>
      ) : null}
      {!value ? (
        <Loading label="Loading the on-call schedule" height={30} />
      ) : value.rotations.length === 0 ? (
        <EmptyState title="The model has no rotations yet.">
          <p>
            Add a Rotation to the model (its members, coverage and the teams or services it covers),
            then push it on the Revisions page.
          </p>
        </EmptyState>
      ) : (
        <>
          <NowAndNext value={value} canSubscribe={session ? CAN.subscribe(session.role) : false} />
          <section class="panel" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">Timeline</h2>
            <form
              class="filters"
              aria-label="Time range"
              onSubmit={(event) => event.preventDefault()}
            >
              <button
                type="button"
                class="secondary"
                onClick={() => go({ from: dateParameter(start - days * DAY) })}
              >
                Earlier
              </button>
              <button type="button" class="secondary" onClick={() => go({ from: '' })}>
                From today
              </button>
              <button
                type="button"
                class="secondary"
                onClick={() => go({ from: dateParameter(start + days * DAY) })}
              >
                Later
              </button>
              <label>
                Days
                <select
                  name="days"
                  value={String(days)}
                  onChange={(e) => go({ days: Number((e.target as HTMLSelectElement).value) })}
                >
                  {RANGES.map((d) => (
                    <option key={d} value={String(d)}>
                      {d === 7 ? 'one week' : `${d / 7} weeks`}
                    </option>
                  ))}
                </select>
              </label>
            </form>
            <Timeline value={value} />
          </section>
          <Overrides
            value={value}
            canEdit={session ? CAN.override(session.role) : false}
            onChanged={timeline.reload}
          />
          <Violations value={value} />
          <WhoIsOnCall value={value} />
          <Hours value={value} />
        </>
      )}
    </section>
  );
}

function NowAndNext({ value, canSubscribe }: { value: OnCall; canSubscribe: boolean }) {
  const asOf = Date.parse(value.asOf);
  return (
    <section class="panel" aria-labelledby="now-heading">
      <h2 id="now-heading">On call now and next</h2>
      <ScrollRegion labelledBy="now-heading">
        <table class="now-next">
          <thead>
            <tr>
              <th scope="col">Rotation</th>
              <th scope="col">Covers</th>
              <th scope="col">On call now</th>
              <th scope="col">Next</th>
              <th scope="col">Calendar</th>
            </tr>
          </thead>
          <tbody>
            {value.rotations.map((r) => (
              <tr key={r.name}>
                <th scope="row">
                  {r.displayName}
                  <span class="sub">
                    {r.type} · {r.coverage} · {r.timezone}
                  </span>
                </th>
                <td>{r.services.length === 0 ? '–' : r.services.join(', ')}</td>
                <td>
                  {r.now ? (
                    <>
                      <strong>{r.now.displayName}</strong>
                      <span class="sub">until {when(r.now.end)}</span>
                    </>
                  ) : (
                    <span class="muted">nobody now</span>
                  )}
                </td>
                <td>
                  {r.next ? (
                    <>
                      {r.next.displayName}
                      <span class="sub">
                        {relative(r.next.start, asOf)} · {when(r.next.start)}
                      </span>
                    </>
                  ) : (
                    <span class="muted">
                      {r.now ? 'nobody else in the next 8 days' : 'nobody in the next 8 days'}
                    </span>
                  )}
                </td>
                <td>
                  <SubscribeLink rotation={r.name} allowed={canSubscribe} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

function Violations({ value }: { value: OnCall }) {
  return (
    <section class="panel" aria-labelledby="violations-heading">
      <h2 id="violations-heading">
        Gaps and conflicts <span class="count">{value.violations.length}</span>
      </h2>
      {value.violations.length === 0 ? (
        <p class="muted">
          None in this range: every rotation’s coverage has someone on call, nobody is booked twice
          or on call while away.
        </p>
      ) : (
        <ol class="events">
          {value.violations.map((v) => (
            <li key={`${v.code}-${v.rotation}-${v.person}-${v.start}`}>
              <span class={`severity severity-${v.severity}`}>{v.code}</span> {v.message}
              <span class="sub">
                {when(v.start)} – {when(v.end)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Hours({ value }: { value: OnCall }) {
  const [by, setBy] = useState<'hours' | 'name'>('hours');
  const people = new Map<
    string,
    { id: string; name: string; rotations: string[]; hours: number; off: number; weekend: number }
  >();
  for (const rotation of value.rotations) {
    for (const m of rotation.members) {
      const entry = people.get(m.person) ?? {
        id: m.person,
        name: m.displayName,
        rotations: [],
        hours: 0,
        off: 0,
        weekend: 0,
      };
      entry.rotations.push(rotation.displayName);
      entry.hours += m.hours;
      entry.off += m.offHours;
      entry.weekend += m.weekendHours;
      people.set(m.person, entry);
    }
  }
  const all = [...people.values()];
  const idle = all.filter((p) => p.hours === 0).length;
  const rows = all
    .filter((p) => p.hours > 0)
    .sort((a, b) =>
      by === 'hours'
        ? b.hours - a.hours || a.name.localeCompare(b.name)
        : a.name.localeCompare(b.name),
    );
  return (
    <section class="panel" aria-labelledby="hours-heading">
      <h2 id="hours-heading">Hours on call per person</h2>
      <p class="sub">
        From {when(value.from)} to {when(value.to)}; off-hours and weekend hours are what on-call
        pay and time off are based on.{' '}
        <button type="button" class="link" onClick={() => setBy(by === 'hours' ? 'name' : 'hours')}>
          {by === 'hours' ? 'Sort by name' : 'Sort by hours'}
        </button>
      </p>
      <ScrollRegion labelledBy="hours-heading">
        <table class="hours">
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Rotations</th>
              <th scope="col" class="num">
                Hours
              </th>
              <th scope="col" class="num">
                Off-hours
              </th>
              <th scope="col" class="num">
                Weekend
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                <td>{p.rotations.join(', ')}</td>
                <td class="num">{hours(p.hours)}</td>
                <td class="num">{hours(p.off)}</td>
                <td class="num">{hours(p.weekend)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {idle > 0 ? (
        <p class="sub">
          {idle} more {idle === 1 ? 'member is' : 'members are'} not on call in this range.
        </p>
      ) : null}
    </section>
  );
}
