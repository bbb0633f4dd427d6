import { api, data } from '../api/client.ts';
import type { GetConsoleServicesName200 } from '../api/openapi.gen.ts';
import { BudgetMeter } from '../components/budget-meter.tsx';
import { BurnDownChart } from '../components/burn-down-chart.tsx';
import { RunModelBadge } from '../components/run-model-badge.tsx';
import { ScrollRegion } from '../components/scroll-region.tsx';
import { ErrorState, Loading } from '../components/states.tsx';
import { day, percent, relative, tierLabel, when } from '../format.ts';
import { useLiveVersion } from '../live/changes.ts';
import { usePageTitle } from '../page-title.ts';
import type { RunModel } from '../run-models.ts';
import { useResource } from '../use-resource.ts';

type Detail = GetConsoleServicesName200;

/**
 * One service: who runs it now and why, who is on call, its error budget burned down over the
 * last periods with the handovers marked, every change of who ran it, incidents and alerts.
 */
export function ServicePage({ name }: { name: string }) {
  usePageTitle(name);
  const version = useLiveVersion();
  const detail = useResource(
    () => data(api.GET('/api/v1/console/services/{name}', { params: { path: { name } } })),
    [name, version],
  );
  const value = detail.data?.service.name === name ? detail.data : undefined;

  if (detail.error && !value) {
    return (
      <section>
        <h1>{name}</h1>
        <ErrorState
          problem={detail.error}
          {...(detail.error.code === 'not-found' ? {} : { onRetry: detail.reload })}
        />
        {detail.error.code === 'not-found' ? (
          <p>
            The current revision of the model has no service named {name}. Find it on the{' '}
            <a href="/">overview</a>.
          </p>
        ) : null}
      </section>
    );
  }
  if (!value) {
    return (
      <section>
        <h1>{name}</h1>
        <Loading label={`Loading ${name}`} height={30} />
      </section>
    );
  }
  const s = value.service;
  return (
    <section class="service">
      <div class="page-head">
        <h1>{s.name}</h1>
        <p class="meta">
          {[s.organization, s.productLine, s.domain, tierLabel(s)].filter(Boolean).join(' · ')}
          {s.availabilityTarget !== null ? ` · target ${s.availabilityTarget}%` : ''}
        </p>
      </div>
      {detail.error ? (
        <p class="notice" role="status">
          <strong>Could not refresh.</strong> {detail.error.message} Showing the data as of{' '}
          {when(value.asOf)}.
        </p>
      ) : null}
      <div class="cards">
        <section class="card" aria-labelledby="runs-heading">
          <h2 id="runs-heading">Who runs it</h2>
          <p>
            Now: <RunModelBadge runModel={s.currentRunModel as RunModel} />{' '}
            {s.currentRunModel !== s.agreedRunModel ? (
              <>
                (agreed: <RunModelBadge runModel={s.agreedRunModel as RunModel} />)
              </>
            ) : (
              <span class="muted">as agreed</span>
            )}
          </p>
          {s.since ? (
            <p class="reason">
              Since <time dateTime={s.since.at}>{when(s.since.at)}</time>: {s.since.reason}
            </p>
          ) : null}
          <dl class="facts">
            <dt>Owning team</dt>
            <dd>{value.owner.displayName}</dd>
            <dt>SRE teams</dt>
            <dd>
              {value.sreTeams.length === 0
                ? 'none'
                : value.sreTeams.map((t) => t.displayName).join(', ')}
            </dd>
          </dl>
        </section>
        <section class="card" aria-labelledby="oncall-heading">
          <h2 id="oncall-heading">On call now</h2>
          {s.onCall.length === 0 ? (
            <p class="muted">Nobody is on duty for this service now.</p>
          ) : (
            <ul class="plain">
              {s.onCall.map((o) => (
                <li key={o.rotation}>
                  <strong>{o.displayName}</strong> <span class="sub">{o.rotation}</span>
                </li>
              ))}
            </ul>
          )}
          {s.offDuty.length > 0 ? <p class="sub">Off duty now: {s.offDuty.join(', ')}</p> : null}
          {value.onCallNext.length > 0 ? (
            <>
              <h3 class="sub-heading">Next</h3>
              <ul class="plain">
                {value.onCallNext.map((o) => (
                  <li key={o.rotation}>
                    {o.displayName} <span class="sub">{o.rotation}</span>{' '}
                    <span class="sub">
                      {relative(o.start, Date.parse(value.asOf))} · {when(o.start)}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <p class="sub">
            <a href="/on-call">The on-call timeline</a>
          </p>
        </section>
        <section class="card" aria-labelledby="budget-heading">
          <h2 id="budget-heading">Error budget now</h2>
          <BudgetMeter {...s.errorBudget} />
          <p class="sub">
            {value.window} window
            {value.policy ? ` · policy ${value.policy}` : ' · no error budget policy'}
          </p>
        </section>
      </div>

      <BurnDown value={value} />
      <History value={value} />
      <Incidents value={value} />
      <Alerts value={value} />
    </section>
  );
}

function BurnDown({ value }: { value: Detail }) {
  const hasData = value.burnDown.some((p) => p.points.some((x) => x.remaining !== null));
  return (
    <section class="panel" aria-labelledby="burn-heading">
      <h2 id="burn-heading">Error budget burn-down</h2>
      {value.burnDown.length === 0 ? (
        <p class="muted">
          No availability target: the service has no error budget. Set availabilityTarget on the
          Service to measure one.
        </p>
      ) : !hasData ? (
        <p class="muted">
          No SLI samples in the last periods. Send them to /api/v1/sli-samples or configure the
          server’s Prometheus pull.
        </p>
      ) : (
        <>
          <p class="sub">
            Share of each {value.window} period’s budget left; a line below zero is overspent.
            Handovers are marked where they happened.
          </p>
          <BurnDownChart
            title={`Error budget burn-down of ${value.service.name}`}
            periods={value.burnDown}
            handovers={value.runModelHistory}
            alerts={value.alerts}
          />
          <details>
            <summary>The periods as a table</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">Period</th>
                  <th scope="col">Budget left at its end</th>
                </tr>
              </thead>
              <tbody>
                {value.burnDown.map((p) => {
                  const last = [...p.points].reverse().find((x) => x.remaining !== null);
                  return (
                    <tr key={p.label}>
                      <th scope="row">
                        {p.label}
                        {p.complete ? '' : ' (current)'}
                      </th>
                      <td>
                        {last?.remaining === undefined || last.remaining === null
                          ? 'no data'
                          : last.remaining < 0
                            ? `overspent (${percent(last.remaining)})`
                            : percent(last.remaining)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}

function History({ value }: { value: Detail }) {
  return (
    <section class="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">Who ran it, and why</h2>
      {value.runModelHistory.length === 0 ? (
        <p class="muted">
          Run as agreed ({value.service.agreedRunModel}) since the server began recording.
        </p>
      ) : (
        <ol class="events">
          {value.runModelHistory.map((e) => (
            <li key={e.id}>
              <time dateTime={e.at}>{when(e.at)}</time>:{' '}
              <RunModelBadge runModel={e.from as RunModel} /> →{' '}
              <RunModelBadge runModel={e.to as RunModel} />
              <span class="reason">{e.reason}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Incidents({ value }: { value: Detail }) {
  return (
    <section class="panel" aria-labelledby="incidents-heading">
      <h2 id="incidents-heading">Incidents</h2>
      {value.incidents.length === 0 ? (
        <p class="muted">No incidents reported in these periods.</p>
      ) : (
        <ScrollRegion labelledBy="incidents-heading">
          <table>
            <thead>
              <tr>
                <th scope="col">Incident</th>
                <th scope="col">Started</th>
                <th scope="col">Resolved</th>
                <th scope="col">Customers saw it</th>
                <th scope="col">Budget used</th>
              </tr>
            </thead>
            <tbody>
              {value.incidents.map((i) => (
                <tr key={i.id}>
                  <th scope="row">{i.id}</th>
                  <td>{when(i.startedAt)}</td>
                  <td>{i.resolvedAt ? when(i.resolvedAt) : <strong>open</strong>}</td>
                  <td>{i.customerVisible ? 'yes' : 'no'}</td>
                  <td>{i.budgetConsumed === null ? '–' : percent(i.budgetConsumed)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}

function Alerts({ value }: { value: Detail }) {
  return (
    <section class="panel" aria-labelledby="service-alerts-heading">
      <h2 id="service-alerts-heading">Latest alerts</h2>
      {value.alerts.length === 0 ? (
        <p class="muted">No alerts received for this service.</p>
      ) : (
        <ol class="events">
          {value.alerts.map((a) => (
            <li key={a.id}>
              <span class={`alert-status alert-${a.status}`}>{a.status}</span> {a.name}
              {a.severity ? ` (${a.severity})` : ''}
              <span class="sub">
                {a.routedTo.person ? `to ${a.routedTo.person}` : 'not routed'}
                {a.routedTo.rotation ? ` (${a.routedTo.rotation})` : ''} · started{' '}
                {relative(a.startsAt, Date.parse(value.asOf))} · {day(a.startsAt)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
