import type { ComponentChildren } from 'preact';
import { useMemo, useRef } from 'preact/hooks';
import { api, data } from '../api/client.ts';
import type { GetConsoleOrganization200 } from '../api/openapi.gen.ts';
import { RunModelBadge } from '../components/run-model-badge.tsx';
import { EmptyState, ErrorState, Loading } from '../components/states.tsx';
import { useLiveVersion } from '../live/changes.ts';
import { usePageTitle } from '../page-title.ts';
import { navigate, queryString, useLocation } from '../router.ts';
import { RUN_MODEL_LABELS, RUN_MODELS, type RunModel } from '../run-models.ts';
import { useResource } from '../use-resource.ts';
import { type ReportingLine, ReportingLines } from './organization/reporting-lines.tsx';

type OrgMap = GetConsoleOrganization200;
type Team = OrgMap['teams'][number];
type Service = OrgMap['services'][number];
type Organization = OrgMap['organizations'][number];

/** What the other side of a comparison holds, to mark what is new or moved on this side. */
interface Other {
  readonly revision: number;
  readonly teams: ReadonlyMap<string, Team>;
  readonly services: ReadonlyMap<string, Service>;
}

/**
 * The organization map: organizations → product lines → domains → teams, each team with its
 * manager and the services it owns coloured by run model, SRE teams where they sit with the teams
 * they support; and, side by side, another revision (a target organization) with what differs.
 */
export function OrganizationPage() {
  usePageTitle('Organization');
  const version = useLiveVersion();
  const { query } = useLocation();
  const compare = Number(query.get('compare') ?? '') || undefined;
  const today = useResource(() => data(api.GET('/api/v1/console/organization')), [version]);
  const target = useResource(
    () =>
      compare === undefined
        ? Promise.resolve(undefined)
        : data(
            api.GET('/api/v1/console/organization', { params: { query: { revision: compare } } }),
          ),
    [compare, version],
  );
  const revisions = useResource(
    () => data(api.GET('/api/v1/revisions', { params: { query: { limit: 50 } } })),
    [version],
  );

  if (today.error && !today.data) {
    return (
      <section>
        <h1>Organization</h1>
        <ErrorState problem={today.error} onRetry={today.reload} />
      </section>
    );
  }
  const value = today.data;
  const other = compare !== undefined ? target.data : undefined;
  const index = (map: OrgMap): Other => ({
    revision: map.revision,
    teams: new Map(map.teams.map((t) => [t.name, t])),
    services: new Map(map.services.map((s) => [s.name, s])),
  });
  return (
    <section class="organization">
      <div class="page-head">
        <h1>Organization</h1>
        <p class="meta" aria-live="polite">
          {value ? `Revision ${value.revision} (served)` : 'Loading…'}
        </p>
      </div>
      <form class="filters" aria-label="Compare" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="compare">Side by side with revision</label>
          <select
            id="compare"
            name="compare"
            value={compare === undefined ? '' : String(compare)}
            onChange={(e) => {
              const chosen = (e.target as HTMLSelectElement).value;
              navigate(`/organization${queryString({ compare: chosen })}`, { replace: true });
            }}
          >
            <option value="">none</option>
            {(revisions.data?.revisions ?? [])
              .filter((r) => r.id !== value?.revision || compare === r.id)
              .map((r) => (
                <option key={r.id} value={String(r.id)}>
                  {r.id}: {r.message.length > 60 ? `${r.message.slice(0, 57)}…` : r.message}
                </option>
              ))}
          </select>
        </div>
      </form>
      <Legend />
      {!value ? (
        <Loading label="Loading the organization" height={30} />
      ) : (
        <div class={other ? 'org-columns' : undefined}>
          <OrgTree
            map={value}
            title={other ? `Revision ${value.revision} (today)` : undefined}
            other={other ? index(other) : undefined}
          />
          {compare === undefined ? null : target.error ? (
            <ErrorState problem={target.error} onRetry={target.reload} />
          ) : other ? (
            <OrgTree map={other} title={`Revision ${other.revision}`} other={index(value)} />
          ) : (
            <Loading label={`Loading revision ${compare}`} height={30} />
          )}
        </div>
      )}
    </section>
  );
}

function Legend() {
  return (
    <ul class="legend" aria-label="Run models">
      {RUN_MODELS.map((rm) => (
        <li key={rm}>
          <RunModelBadge runModel={rm} /> {RUN_MODEL_LABELS[rm]}
        </li>
      ))}
      <li>
        <svg class="line-sample" width="28" height="10" aria-hidden="true">
          <path class="reporting-line" d="M1 5 H27" />
        </svg>{' '}
        An SRE team’s reporting line: to whom its manager reports
      </li>
    </ul>
  );
}

function OrgTree({
  map,
  title,
  other,
}: {
  map: OrgMap;
  title?: string | undefined;
  other?: Other | undefined;
}) {
  const children = new Map<string | null, Organization[]>();
  const known = new Set(map.organizations.map((o) => o.name));
  for (const o of map.organizations) {
    const parent = o.parent !== null && known.has(o.parent) ? o.parent : null;
    children.set(parent, [...(children.get(parent) ?? []), o]);
  }
  const supportedBy = new Map<string, string[]>();
  for (const t of map.teams) {
    for (const s of t.supports) supportedBy.set(s, [...(supportedBy.get(s) ?? []), t.displayName]);
  }
  const servicesOf = new Map<string, Service[]>();
  for (const s of map.services) servicesOf.set(s.team, [...(servicesOf.get(s.team) ?? []), s]);
  const context: TreeContext = { map, children, supportedBy, servicesOf, other };
  const roots = children.get(null) ?? [];
  const headingId = `org-${map.revision}`;
  const tree = useRef<HTMLElement>(null);
  const lines = useMemo(() => reportingLines(map), [map]);
  return (
    <section class="org-tree" ref={tree} aria-labelledby={title ? headingId : undefined}>
      <ReportingLines container={tree} lines={lines} id={`lines-${map.revision}`} />
      {title ? <h2 id={headingId}>{title}</h2> : null}
      {roots.length === 0 ? (
        <EmptyState title="The model has no organizations.">
          <p>Add an Organization and its teams to the model, then push it on the Revisions page.</p>
        </EmptyState>
      ) : (
        <ul class="org-list">
          {roots.map((o) => (
            <OrgNode key={o.name} organization={o} context={context} depth={title ? 3 : 2} />
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * Whom each SRE team reports to (§12.3, §12.4.4), where the map shows that person: the head of
 * an organization or the manager of a team.
 */
function reportingLines(map: OrgMap): ReportingLine[] {
  return map.teams.flatMap((t): ReportingLine[] => {
    const to = t.manager?.reportsToName;
    if (!t.type.startsWith('sre') || !t.manager || !to) return [];
    const headOf = map.organizations.find((o) => o.head?.name === to);
    const managerOf = map.teams.find((other) => other.manager?.name === to);
    const toLabel = headOf?.head
      ? `${headOf.head.displayName}, head of ${headOf.displayName}`
      : managerOf?.manager
        ? `${managerOf.manager.displayName}, manager of ${managerOf.displayName}`
        : (t.manager.reportsTo ?? to);
    return [
      { team: t.name, teamLabel: t.displayName, manager: t.manager.displayName, to, toLabel },
    ];
  });
}

interface TreeContext {
  readonly map: OrgMap;
  readonly children: ReadonlyMap<string | null, Organization[]>;
  readonly supportedBy: ReadonlyMap<string, string[]>;
  readonly servicesOf: ReadonlyMap<string, Service[]>;
  readonly other: Other | undefined;
}

function Heading({ depth, children }: { depth: number; children: ComponentChildren }) {
  const level = Math.min(depth, 6);
  if (level === 2) return <h2>{children}</h2>;
  if (level === 3) return <h3>{children}</h3>;
  if (level === 4) return <h4>{children}</h4>;
  if (level === 5) return <h5>{children}</h5>;
  return <h6>{children}</h6>;
}

function OrgNode({
  organization: o,
  context,
  depth,
}: {
  organization: Organization;
  context: TreeContext;
  depth: number;
}) {
  const teams = context.map.teams.filter((t) => t.organization === o.name);
  // Teams by product line, then domain: where a team sits inside its organization.
  const groups = new Map<string, Team[]>();
  for (const t of teams) {
    const key = [t.productLine, t.domain].filter(Boolean).join(' › ');
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const below = context.children.get(o.name) ?? [];
  return (
    <li class={`org org-${o.type}`} data-org={o.name}>
      <Heading depth={depth}>
        {o.displayName} <span class="sub">{o.type} organization</span>
      </Heading>
      {o.head ? (
        <p class="sub">
          Head: <span data-head={o.head.name}>{o.head.displayName}</span>
          {o.head.reportsTo ? `, reports to ${o.head.reportsTo}` : ''}
        </p>
      ) : null}
      {[...groups].map(([where, list]) => (
        <div key={where} class="org-group">
          {where ? <p class="where">{where}</p> : null}
          <ul class="team-list">
            {list.map((t) => (
              <TeamCard key={t.name} team={t} context={context} />
            ))}
          </ul>
        </div>
      ))}
      {below.length > 0 ? (
        <ul class="org-list">
          {below.map((child) => (
            <OrgNode key={child.name} organization={child} context={context} depth={depth + 1} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function TeamCard({ team: t, context }: { team: Team; context: TreeContext }) {
  const { other } = context;
  const services = context.servicesOf.get(t.name) ?? [];
  const supportedBy = context.supportedBy.get(t.name) ?? [];
  const before = other?.teams.get(t.name);
  const change = !other
    ? null
    : !before
      ? `not in revision ${other.revision}`
      : before.organization !== t.organization
        ? `in ${before.organization} in revision ${other.revision}`
        : null;
  return (
    <li class={`team-card team-${t.type}`} data-team={t.name}>
      <p class="team-name">
        <strong>{t.displayName}</strong> <span class="sub">{t.type}</span>
        {change ? <span class="changed">{change}</span> : null}
      </p>
      <p class="sub">
        {t.members} {t.members === 1 ? 'person' : 'people'}
        {t.manager ? (
          <>
            {' · manager '}
            <span data-manager={t.manager.name}>{t.manager.displayName}</span>
          </>
        ) : null}
        {t.manager?.reportsTo ? `, reports to ${t.manager.reportsTo}` : ''}
      </p>
      {t.supports.length > 0 ? <p class="sub">Supports: {t.supports.join(', ')}</p> : null}
      {supportedBy.length > 0 ? <p class="sub">Supported by: {supportedBy.join(', ')}</p> : null}
      {services.length > 0 ? (
        <ul class="service-chips" aria-label={`Services of ${t.displayName}`}>
          {services.map((s) => (
            <ServiceChip key={s.name} service={s} other={other} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function ServiceChip({ service: s, other }: { service: Service; other: Other | undefined }) {
  const runModel = (s.currentRunModel ?? s.agreedRunModel) as RunModel;
  const before = other?.services.get(s.name);
  const change = !other
    ? null
    : !before
      ? 'new'
      : before.team !== s.team
        ? `moved from ${before.team}`
        : before.agreedRunModel !== s.agreedRunModel
          ? `was ${before.agreedRunModel}`
          : null;
  return (
    <li class="service-chip" data-run-model={runModel}>
      <a href={`/services/${encodeURIComponent(s.name)}`}>{s.name}</a>{' '}
      <RunModelBadge runModel={runModel} />
      {s.currentRunModel && s.currentRunModel !== s.agreedRunModel ? (
        <span class="sub"> agreed {s.agreedRunModel}</span>
      ) : null}
      {change ? <span class="changed">{change}</span> : null}
    </li>
  );
}
