import { api, data } from '../api/client.ts';
import type { GetRevisionsIdDiffTarget200 as RevisionDiff } from '../api/openapi.gen.ts';
import { RunModelBadge } from '../components/run-model-badge.tsx';
import { ScrollRegion } from '../components/scroll-region.tsx';
import { ErrorState, Loading } from '../components/states.tsx';
import { useLiveVersion } from '../live/changes.ts';
import { usePageTitle } from '../page-title.ts';
import { navigate, queryString, useLocation } from '../router.ts';
import { useResource } from '../use-resource.ts';

type ChangePlan = RevisionDiff['changePlan'];

/**
 * Two revisions side by side: which entities of the model differ, and what the change means for
 * the organization, from the same change plan `whorunsit diff` builds (run models, services,
 * reporting lines, roles), with a link to the whole change plan document.
 */
export function RevisionDiffPage() {
  usePageTitle('Compare revisions');
  const version = useLiveVersion();
  const { query } = useLocation();
  const from = Number(query.get('from') ?? '') || undefined;
  const to = Number(query.get('to') ?? '') || undefined;
  const revisions = useResource(
    () => data(api.GET('/api/v1/revisions', { params: { query: { limit: 50 } } })),
    [version],
  );
  const diff = useResource(
    () =>
      from === undefined || to === undefined
        ? Promise.resolve(undefined)
        : data(
            api.GET('/api/v1/revisions/{id}/diff/{target}', {
              params: { path: { id: from, target: to } },
            }),
          ),
    [from, to, version],
  );
  const value = from === undefined || to === undefined ? undefined : diff.data;
  const choose = (which: 'from' | 'to', chosen: string) =>
    navigate(
      `/revisions/compare${queryString({
        from: which === 'from' ? chosen : from?.toString(),
        to: which === 'to' ? chosen : to?.toString(),
      })}`,
      { replace: true },
    );
  const options = (revisions.data?.revisions ?? []).map((r) => (
    <option key={r.id} value={String(r.id)}>
      {r.id}: {r.message.length > 60 ? `${r.message.slice(0, 57)}…` : r.message || 'no message'}
    </option>
  ));

  return (
    <section class="revision-diff">
      <div class="page-head">
        <h1>Compare revisions</h1>
        <p class="meta">
          <a href="/revisions">Revisions</a> · what differs from one revision to another, and the
          change it makes to the organization
        </p>
      </div>
      <form class="filters" aria-label="Revisions to compare" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="diff-from">From</label>
          <select
            id="diff-from"
            value={from === undefined ? '' : String(from)}
            onChange={(e) => choose('from', (e.target as HTMLSelectElement).value)}
          >
            <option value="">choose one</option>
            {options}
          </select>
        </div>
        <div class="field">
          <label for="diff-to">To</label>
          <select
            id="diff-to"
            value={to === undefined ? '' : String(to)}
            onChange={(e) => choose('to', (e.target as HTMLSelectElement).value)}
          >
            <option value="">choose one</option>
            {options}
          </select>
        </div>
      </form>
      {from === undefined || to === undefined ? (
        <p class="muted">
          Choose two revisions: the one to compare from (e.g. today’s organization) and the one to
          compare to (e.g. a target organization pushed as a revision).
        </p>
      ) : diff.error && !value ? (
        <ErrorState problem={diff.error} onRetry={diff.reload} />
      ) : !value ? (
        <Loading label="Comparing the revisions" height={20} />
      ) : (
        <DiffBody diff={value} />
      )}
    </section>
  );
}

function DiffBody({ diff }: { diff: RevisionDiff }) {
  const { changes, changePlan } = diff;
  const entityCount = changes.added.length + changes.changed.length + changes.removed.length;
  return (
    <div aria-live="polite">
      <h2 id="entities-heading">
        The model: revision {diff.revision} → {diff.target}
      </h2>
      {entityCount === 0 ? (
        <p class="muted">The two revisions state the same model.</p>
      ) : (
        <div class="diff-entities">
          {(
            [
              ['added', changes.added],
              ['changed', changes.changed],
              ['removed', changes.removed],
            ] as const
          ).map(([what, names]) => (
            <div key={what} class={`card diff-${what}`}>
              <h3>
                {names.length} {what}
              </h3>
              {names.length === 0 ? (
                <p class="muted">none</p>
              ) : (
                <ul class="plain entities">
                  {names.map((name) => (
                    <li key={name}>
                      <code>{name}</code>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </div>
      )}
      <ChangeSummary plan={changePlan} />
      <p>
        <a
          href={`/plan/change${queryString({ revision: String(diff.revision), target: String(diff.target) })}`}
        >
          The whole change plan
        </a>{' '}
        <span class="muted">
          — the meetings for each reporting change, the rollout, cost, staffing and risks, as
          whorunsit diff writes them.
        </span>
      </p>
    </div>
  );
}

function ChangeSummary({ plan }: { plan: ChangePlan }) {
  const none =
    plan.modelChanges.length +
      plan.addedServices.length +
      plan.removedServices.length +
      plan.reportingChanges.length +
      plan.roleChanges.length +
      plan.organizationChanges.length ===
    0;
  return (
    <>
      <h2>What the change means</h2>
      {none ? (
        <p class="muted">
          No run model, service, organization, reporting line or role changes between them.
        </p>
      ) : null}
      {plan.organizationChanges.length > 0 ? (
        <p>
          {plan.organizationChanges.length} change
          {plan.organizationChanges.length === 1 ? '' : 's'} to organizations and teams.
        </p>
      ) : null}
      {plan.modelChanges.length + plan.addedServices.length + plan.removedServices.length > 0 ? (
        <>
          <h3 id="run-models-heading">Who runs each service</h3>
          <ScrollRegion labelledBy="run-models-heading">
            <table>
              <thead>
                <tr>
                  <th scope="col">Service</th>
                  <th scope="col">From</th>
                  <th scope="col">To</th>
                  <th scope="col">Transition</th>
                </tr>
              </thead>
              <tbody>
                {plan.modelChanges.map((c) => (
                  <tr key={c.service}>
                    <th scope="row">{c.service}</th>
                    <td>
                      <RunModelBadge runModel={c.from} />
                    </td>
                    <td>
                      <RunModelBadge runModel={c.to} />
                    </td>
                    <td>{c.transition}</td>
                  </tr>
                ))}
                {plan.addedServices.map((s) => (
                  <tr key={`added ${s.service}`}>
                    <th scope="row">{s.service}</th>
                    <td class="muted">new service</td>
                    <td>
                      <RunModelBadge runModel={s.runModel} />
                    </td>
                    <td>added</td>
                  </tr>
                ))}
                {plan.removedServices.map((s) => (
                  <tr key={`removed ${s.service}`}>
                    <th scope="row">{s.service}</th>
                    <td>
                      <RunModelBadge runModel={s.runModel} />
                    </td>
                    <td class="muted">no longer in the model</td>
                    <td>removed</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      ) : null}
      {plan.reportingChanges.length > 0 ? (
        <>
          <h3 id="reporting-heading">Reporting lines</h3>
          <ScrollRegion labelledBy="reporting-heading">
            <table>
              <thead>
                <tr>
                  <th scope="col">Person</th>
                  <th scope="col">Manager</th>
                  <th scope="col">Team</th>
                </tr>
              </thead>
              <tbody>
                {plan.reportingChanges.map((c) => (
                  <tr key={c.person}>
                    <th scope="row">{c.person}</th>
                    <td>{fromTo(c.fromManager, c.toManager)}</td>
                    <td>{fromTo(c.fromTeam, c.toTeam)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      ) : null}
      {plan.roleChanges.length > 0 ? (
        <>
          <h3 id="roles-heading">Roles</h3>
          <ScrollRegion labelledBy="roles-heading">
            <table>
              <thead>
                <tr>
                  <th scope="col">Person</th>
                  <th scope="col">Role and level</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {plan.roleChanges.map((c) => (
                  <tr key={c.person}>
                    <th scope="row">{c.person}</th>
                    <td>{fromTo(roleText(c.from), roleText(c.to))}</td>
                    <td>{c.change}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      ) : null}
    </>
  );
}

function roleText(value: { role: string | null; level: string | null }): string | null {
  const parts = [value.role, value.level].filter((p): p is string => p !== null);
  return parts.length === 0 ? null : parts.join(', ');
}

function fromTo(from: string | null, to: string | null): string {
  if (from === to) return from ?? 'none';
  return `${from ?? 'none'} → ${to ?? 'none'}`;
}
