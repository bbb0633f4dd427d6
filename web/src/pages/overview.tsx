import type { JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, data } from '../api/client.ts';
import type { GetConsoleOverview200 } from '../api/openapi.gen.ts';
import { BudgetMeter } from '../components/budget-meter.tsx';
import { RunModelBadge } from '../components/run-model-badge.tsx';
import { ScrollRegion } from '../components/scroll-region.tsx';
import { EmptyState, ErrorState, Loading } from '../components/states.tsx';
import { relative, tierLabel, when } from '../format.ts';
import { useLiveVersion } from '../live/changes.ts';
import { usePageTitle } from '../page-title.ts';
import { navigate, queryString, useLocation } from '../router.ts';
import { RUN_MODEL_LABELS, RUN_MODELS, type RunModel } from '../run-models.ts';
import { useResource } from '../use-resource.ts';
import { SpectrumMix } from './overview/spectrum-mix.tsx';

type Overview = GetConsoleOverview200;
type ServiceRow = Overview['services'][number];

/** The filters of the overview, kept in the URL so a filtered view can be shared. */
const FILTERS = [
  { key: 'organization', label: 'Organization', of: (s: ServiceRow) => s.organization },
  { key: 'domain', label: 'Domain', of: (s: ServiceRow) => s.domain },
  { key: 'team', label: 'Team', of: (s: ServiceRow) => s.team },
  { key: 'tier', label: 'Tier', of: (s: ServiceRow) => s.tier },
  { key: 'runModel', label: 'Run model now', of: (s: ServiceRow) => s.currentRunModel },
] as const;

type FilterKey = (typeof FILTERS)[number]['key'];

/** How long an overview asked for at sign-in stays good to show as the page's first data. */
const EARLY_MS = 10_000;
let early: { readonly answer: Promise<Overview>; readonly at: number } | undefined;

/**
 * Asks for the overview while the console still checks the session, so the page's data is on
 * its way one round trip sooner (the overview is the page most people open first). A refused
 * token fails both requests; the session check says why, and the early answer is dropped.
 */
export function prefetchOverview(): void {
  const answer = data(api.GET('/api/v1/console/overview'));
  const asked = { answer, at: Date.now() };
  early = asked;
  answer.catch(() => {
    if (early === asked) early = undefined;
  });
}

function loadOverview(): Promise<Overview> {
  const taken = early;
  early = undefined;
  return taken && Date.now() - taken.at < EARLY_MS
    ? taken.answer
    : data(api.GET('/api/v1/console/overview'));
}

export function OverviewPage() {
  usePageTitle('Overview');
  const version = useLiveVersion();
  const overview = useResource(loadOverview, [version]);
  const { query } = useLocation();
  const chosen = Object.fromEntries(FILTERS.map((f) => [f.key, query.get(f.key) ?? ''])) as Record<
    FilterKey,
    string
  >;

  // Drawn again only with new data, not when a filter changes: a thousand services make the
  // mix and the options' lists (a team select of hundreds) worth keeping.
  const all = overview.data?.services;
  const mix = useMemo(
    () => (all ? <SpectrumMix services={all} /> : <Loading label="Loading" height={7} />),
    [all],
  );
  const options = useMemo(
    () =>
      Object.fromEntries(
        FILTERS.map((filter) => [
          filter.key,
          optionsOf(all ?? [], filter).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          )),
        ]),
      ) as Record<FilterKey, JSX.Element[]>,
    [all],
  );
  if (overview.error && !overview.data) {
    return (
      <section>
        <h1>Overview</h1>
        <ErrorState problem={overview.error} onRetry={overview.reload} />
      </section>
    );
  }
  const value = overview.data;
  const services = value
    ? value.services.filter((s) =>
        FILTERS.every((f) => !chosen[f.key] || f.of(s) === chosen[f.key]),
      )
    : [];
  const setFilter = (key: FilterKey, to: string) =>
    navigate(`/${queryString({ ...chosen, [key]: to })}`, { replace: true });

  return (
    <section class="overview">
      <div class="page-head">
        <h1>Overview</h1>
        <p class="meta" aria-live="polite">
          {value ? `Revision ${value.revision} · as of ${when(value.asOf)}` : 'Loading…'}
        </p>
      </div>
      {overview.error && value ? (
        <p class="notice" role="status">
          <strong>Could not refresh.</strong> {overview.error.message} Showing the data as of{' '}
          {when(value.asOf)}.
          <button type="button" class="secondary" onClick={overview.reload}>
            Retry
          </button>
        </p>
      ) : null}
      {mix}
      <form class="filters" aria-label="Filter services" onSubmit={(e) => e.preventDefault()}>
        {FILTERS.map((filter) => (
          <label key={filter.key}>
            {filter.label}
            <select
              name={filter.key}
              value={chosen[filter.key]}
              onChange={(e) => setFilter(filter.key, (e.target as HTMLSelectElement).value)}
            >
              <option value="">All</option>
              {options[filter.key]}
            </select>
          </label>
        ))}
        <button
          type="button"
          class="secondary"
          disabled={FILTERS.every((f) => !chosen[f.key])}
          onClick={() => navigate('/', { replace: true })}
        >
          Clear filters
        </button>
      </form>
      <div class="overview-grid">
        <div>
          <h2 id="services-heading">
            Services{' '}
            <span class="count">
              {value ? `${services.length} of ${value.services.length}` : ''}
            </span>
          </h2>
          {!value ? (
            <Loading label="Loading services" height={30} />
          ) : services.length === 0 ? (
            <EmptyState
              title={
                value.services.length === 0
                  ? 'The model has no services yet.'
                  : 'No service matches these filters.'
              }
            >
              <p>
                {value.services.length === 0
                  ? 'Add Service documents to the model and push it (Revisions page).'
                  : 'Clear a filter to see more.'}
              </p>
            </EmptyState>
          ) : (
            <ServicesTable services={services} asOf={value.asOf} />
          )}
        </div>
        <aside aria-label="Recent activity">
          <RecentHandovers overview={value} />
          <RecentAlerts overview={value} />
        </aside>
      </div>
    </section>
  );
}

function optionsOf(
  services: readonly ServiceRow[],
  filter: (typeof FILTERS)[number],
): { value: string; label: string }[] {
  if (filter.key === 'runModel') {
    return RUN_MODELS.map((m) => ({ value: m, label: RUN_MODEL_LABELS[m] }));
  }
  if (filter.key === 'tier') {
    return ['high', 'medium', 'low'].map((t) => ({ value: t, label: t }));
  }
  const values = new Set<string>();
  for (const s of services) {
    const v = filter.of(s);
    if (v) values.add(v);
  }
  return [...values].sort().map((v) => ({ value: v, label: v }));
}

/**
 * Tables longer than this draw their rows a batch at a time as the page scrolls towards them:
 * a thousand rows at once take seconds to lay out, while a screen shows twenty.
 */
const WINDOW_FROM = 200;
/** Two screens' worth at 1280×900: what a person sees first, and little to lay out. */
const BATCH = 50;
/** About one row's height, to keep the page as long as the whole table while it is drawn. */
const ROW_ESTIMATE_PX = 52;

/**
 * How many of `total` rows to draw: all of a short table; of a long one, a first batch, and
 * another whenever the room kept for the rest (`spacer`) comes near the screen, so scrolling
 * never meets an empty page. Another number of rows (a filter) starts from the first batch
 * again; a refresh of the same rows keeps what is drawn, so nothing moves.
 */
function useRowWindow(total: number) {
  const windowed = total > WINDOW_FROM;
  const [shown, setShown] = useState(BATCH);
  const spacer = useRef<HTMLDivElement>(null);
  // Another number of rows (a filter) starts from the first batch again.
  useEffect(() => setShown(BATCH), [total]);
  useEffect(() => {
    const element = spacer.current;
    if (!windowed || !element || shown >= total) return;
    // A new observer reports at once whether the spacer is still near: batches follow one
    // another while it is (a jump to the end), and stop when it is out of reach.
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setShown((n) => Math.min(total, n + BATCH));
      },
      { rootMargin: '1200px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [windowed, shown, total]);
  const count = windowed ? Math.min(shown, total) : total;
  return { count, rest: total - count, spacer, showAll: () => setShown(total) };
}

function ServicesTable({ services, asOf }: { services: readonly ServiceRow[]; asOf: string }) {
  const rows = useRowWindow(services.length);
  return (
    <>
      {rows.rest > 0 ? (
        <p class="sub rows-note">
          {rows.count} of {services.length} services drawn; the rest appear as you scroll.{' '}
          <button type="button" class="link" onClick={rows.showAll}>
            Show all {services.length}
          </button>
        </p>
      ) : null}
      <ScrollRegion labelledBy="services-heading">
        <table class="services" aria-rowcount={services.length + 1}>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col">Service</th>
              <th scope="col">Team</th>
              <th scope="col">Agreed</th>
              <th scope="col">Runs it now</th>
              <th scope="col">On call now</th>
              <th scope="col">Error budget</th>
            </tr>
          </thead>
          <tbody>
            {services.slice(0, rows.count).map((s, index) => (
              <ServiceRowView key={s.name} service={s} asOf={asOf} index={index} />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {rows.rest > 0 ? (
        <div
          class="rows-to-come"
          ref={rows.spacer}
          style={{ height: `${rows.rest * ROW_ESTIMATE_PX}px` }}
        />
      ) : null}
    </>
  );
}

function ServiceRowView({
  service: s,
  asOf,
  index,
}: {
  service: ServiceRow;
  asOf: string;
  index: number;
}) {
  return (
    <tr
      aria-rowindex={index + 2}
      class={s.currentRunModel !== s.agreedRunModel ? 'moved' : undefined}
    >
      <th scope="row">
        <a href={`/services/${encodeURIComponent(s.name)}`}>{s.name}</a>
        <span class="sub">{[s.domain, tierLabel(s)].filter(Boolean).join(' · ')}</span>
      </th>
      <td>{s.team}</td>
      <td>
        <RunModelBadge runModel={s.agreedRunModel as RunModel} />
      </td>
      <td>
        <RunModelBadge runModel={s.currentRunModel as RunModel} />
        {s.since ? <span class="sub">since {relative(s.since.at, Date.parse(asOf))}</span> : null}
      </td>
      <td>
        {s.onCall.length === 0 ? (
          <span class="muted">nobody on duty</span>
        ) : (
          s.onCall.slice(0, 1).map((o) => (
            <span key={o.rotation}>
              {o.displayName}
              <span class="sub">{o.rotation}</span>
            </span>
          ))
        )}
      </td>
      <td>
        <BudgetMeter {...s.errorBudget} />
      </td>
    </tr>
  );
}

function RecentHandovers({ overview }: { overview: Overview | undefined }) {
  return (
    <section class="panel" aria-labelledby="handovers-heading">
      <h2 id="handovers-heading">Recent handovers</h2>
      {!overview ? (
        <Loading label="Loading handovers" height={8} />
      ) : overview.handovers.length === 0 ? (
        <p class="muted">
          No service changed hands yet. SRE hands a service back when its error budget is depleted
          as its policy says (§12.5).
        </p>
      ) : (
        <ol class="events">
          {overview.handovers.map((e) => (
            <li key={e.id}>
              <a href={`/services/${encodeURIComponent(e.service)}`}>{e.service}</a>:{' '}
              <RunModelBadge runModel={e.from as RunModel} /> →{' '}
              <RunModelBadge runModel={e.to as RunModel} />
              <span class="sub">
                <time dateTime={e.at}>{when(e.at)}</time>
              </span>
              <span class="reason">{e.reason}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function RecentAlerts({ overview }: { overview: Overview | undefined }) {
  return (
    <section class="panel" aria-labelledby="alerts-heading">
      <h2 id="alerts-heading">Recent alerts</h2>
      {!overview ? (
        <Loading label="Loading alerts" height={8} />
      ) : overview.alerts.length === 0 ? (
        <p class="muted">
          No alerts received. Point Alertmanager’s webhook at /api/v1/alerts/alertmanager.
        </p>
      ) : (
        <ol class="events">
          {overview.alerts.map((a) => (
            <li key={a.id}>
              <span class={`alert-status alert-${a.status}`}>{a.status}</span> {a.name}
              {a.service ? (
                <>
                  {' '}
                  on <a href={`/services/${encodeURIComponent(a.service)}`}>{a.service}</a>
                </>
              ) : null}
              <span class="sub">
                {a.routedTo.person ? `to ${a.routedTo.person}` : 'not routed'}
                {a.routedTo.rotation ? ` (${a.routedTo.rotation})` : ''} · {when(a.receivedAt)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
