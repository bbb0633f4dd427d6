import { api, data } from '../api/client.ts';
import { ScrollRegion } from '../components/scroll-region.tsx';
import { ErrorState, Loading } from '../components/states.tsx';
import { useLiveVersion } from '../live/changes.ts';
import { usePageTitle } from '../page-title.ts';
import { navigate, queryString, useLocation } from '../router.ts';
import { useResource } from '../use-resource.ts';

/** Plan and change plan: two views of one page, switched by these links. */
function PlanTabs({ current }: { current: 'plan' | 'change' }) {
  return (
    <nav aria-label="Plan views" class="tabs">
      <a href="/plan" aria-current={current === 'plan' ? 'page' : undefined}>
        Plan
      </a>
      <a href="/plan/change" aria-current={current === 'change' ? 'page' : undefined}>
        Change plan
      </a>
    </nav>
  );
}

/**
 * The operating model plan of the served revision, as `whorunsit plan --format html` renders
 * it (the same typed document and the same components; the charts drawn as SVG by the server):
 * a table of contents, the summary and options first, the detail in the appendix.
 */
export function PlanPage() {
  usePageTitle('Plan');
  const version = useLiveVersion();
  const plan = useResource(() => data(api.GET('/api/v1/console/plan')), [version]);
  const value = plan.data;
  if (plan.error && !value) {
    return (
      <section>
        <h1>Plan</h1>
        <PlanTabs current="plan" />
        <ErrorState problem={plan.error} onRetry={plan.reload} />
      </section>
    );
  }
  return (
    <section class="plan">
      <div class="page-head">
        <h1>Plan</h1>
        <p class="meta" aria-live="polite">
          {value
            ? `${value.title} · revision ${value.revision} · ${value.generatedOn}`
            : 'Loading…'}
        </p>
      </div>
      <PlanTabs current="plan" />
      {!value ? (
        <Loading label="Building the plan" height={40} />
      ) : (
        <div class="plan-layout">
          <nav aria-label="Plan sections" class="plan-toc">
            <ol>
              {value.sections
                .filter((s) => !s.appendix)
                .map((s) => (
                  <li key={s.id}>
                    <a href={`#${s.id}`}>{s.title}</a>
                  </li>
                ))}
            </ol>
            <p class="sub">Appendix</p>
            <ol>
              {value.sections
                .filter((s) => s.appendix)
                .map((s) => (
                  <li key={s.id}>
                    <a href={`#${s.id}`}>{s.title}</a>
                  </li>
                ))}
            </ol>
          </nav>
          <div class="plan-body">
            {value.sections.map((s) => (
              // The server renders each section with the plan's own components (everything from
              // the model in it is escaped text, never markup); a wide table scrolls in its frame.
              <ScrollRegion key={s.id} labelledBy={`${s.id}-title`}>
                <div class="plan-section" dangerouslySetInnerHTML={{ __html: s.html }} />
              </ScrollRegion>
            ))}
          </div>
        </div>
      )}
    </section>
  );
}

/**
 * The change plan from the served revision to another one (the target organization), as
 * `whorunsit diff` writes it: who moves where, role changes, the meetings that introduce them,
 * and what the change does to cost, staffing and risk.
 */
export function ChangePlanPage() {
  usePageTitle('Change plan');
  const version = useLiveVersion();
  const { query } = useLocation();
  const target = Number(query.get('target') ?? '') || undefined;
  // From the served revision unless another is given (the compare page links here with both).
  const revision = Number(query.get('revision') ?? '') || undefined;
  const revisions = useResource(
    () => data(api.GET('/api/v1/revisions', { params: { query: { limit: 50 } } })),
    [version],
  );
  const change = useResource(
    () =>
      target === undefined
        ? Promise.resolve(undefined)
        : data(
            api.GET('/api/v1/console/change-plan', {
              params: { query: revision === undefined ? { target } : { target, revision } },
            }),
          ),
    [target, revision, version],
  );
  const value = target === undefined ? undefined : change.data;
  const served = revisions.data?.revisions[0]?.id;
  return (
    <section class="plan">
      <div class="page-head">
        <h1>Change plan</h1>
        <p class="meta" aria-live="polite">
          {value ? value.title : 'From the served revision to a target revision'}
        </p>
      </div>
      <PlanTabs current="change" />
      <form class="filters" aria-label="Target" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="target">Target revision</label>
          <select
            id="target"
            name="target"
            value={target === undefined ? '' : String(target)}
            onChange={(e) => {
              const chosen = (e.target as HTMLSelectElement).value;
              navigate(
                `/plan/change${queryString({ revision: revision?.toString(), target: chosen })}`,
                { replace: true },
              );
            }}
          >
            <option value="">choose one</option>
            {(revisions.data?.revisions ?? []).map((r) => (
              <option key={r.id} value={String(r.id)}>
                {r.id}: {r.message.length > 60 ? `${r.message.slice(0, 57)}…` : r.message}
              </option>
            ))}
          </select>
        </div>
      </form>
      {target === undefined ? (
        <p class="muted">
          Push the target organization as a revision (whorunsit push, or the Revisions page), then
          choose it here: the change plan says how to get from today
          {served === undefined ? '' : ` (revision ${served})`} to it.
        </p>
      ) : change.error && !value ? (
        <ErrorState problem={change.error} onRetry={change.reload} />
      ) : !value ? (
        <Loading label="Building the change plan" height={30} />
      ) : (
        <div class="plan-body plan-section" dangerouslySetInnerHTML={{ __html: value.html }} />
      )}
    </section>
  );
}
