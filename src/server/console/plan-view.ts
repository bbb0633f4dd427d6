import { createHash } from 'node:crypto';
import { marked } from 'marked';
import { render } from 'preact-render-to-string';
import type { z } from 'zod';
import type { Incident } from '../../engine/incidents/index.ts';
import { buildPlanDocument } from '../../engine/plan/document/build-plan-document.ts';
import { changePlanMarkdown } from '../../report/change/change-plan-markdown.ts';
import { plainTitle } from '../../report/plan/html/blocks-section.ts';
import { planParts } from '../../report/plan/render-plan-html.ts';
import { getSliVersion } from '../../store/index.ts';
import type { ServerContext } from '../context.ts';
import { storedChangePlan } from '../engine/endpoints/change-plan.ts';
import { GIVE_SLI_TO_SERVER, planEvidence } from '../engine/endpoints/plan-evidence.ts';
import { horizonStart, loadIncidents, loadSliSeries } from '../live/load-live-data.ts';
import type { RevisionModel } from '../revisions/model-cache.ts';
import type { ChangePlanViewSchema, PlanViewSchema } from './console-schemas.ts';

export type PlanView = z.input<typeof PlanViewSchema>;
export type ChangePlanView = z.input<typeof ChangePlanViewSchema>;

/** Plans kept at most: a few revisions of the day, or one while its inputs change. */
const KEPT_PLANS = 4;

/**
 * What the plan of a day reads of the live state: its error budgets are measured from the SLI
 * samples and incidents of the live horizon (§12.5) and from nothing else the store keeps, so
 * alerts, on-call overrides and run-model events leave it as it is. The SLI samples are named
 * by the live version that last changed them, the incidents by their content.
 */
async function planInputs(context: ServerContext, now: Date): Promise<PlanInputs> {
  const { db } = context.store;
  const from = horizonStart(now, context.config.liveHorizonDays);
  const [sliVersion, incidents] = await Promise.all([
    getSliVersion({ db }),
    loadIncidents({ db, from }),
  ]);
  const digest = createHash('sha256').update(JSON.stringify(incidents)).digest('base64url');
  return { key: `${sliVersion}:${digest}`, from, incidents };
}

interface PlanInputs {
  readonly key: string;
  readonly from: Date;
  readonly incidents: readonly Incident[];
}

/**
 * The plan of a revision as the HTML document shows it, section by section (charts as static
 * SVG), with its error budgets measured from the stored SLI samples and incidents as
 * `GET /api/v1/plan` measures them. Drawing it is the dear part, so each is kept per revision,
 * day and the live data it reads (`planInputs`): a new alert or override does not draw it again,
 * new samples or incidents do. The inputs themselves are read once per store version.
 */
export function createPlanViews(
  context: ServerContext,
): (revisionNumber: number | undefined) => Promise<PlanView> {
  const kept = new Map<string, Promise<PlanView>>();
  return async (revisionNumber) => {
    const versions = await context.live.versions();
    const revision = await context.models.at(revisionNumber);
    const now = context.now();
    const day = now.toISOString().slice(0, 10);
    const inputs = await context.live.remember(versions, `console-plan-inputs:${day}`, () =>
      planInputs(context, now),
    );
    const key = `${revision.revision}:${day}:${inputs.key}`;
    const found = kept.get(key);
    if (found) {
      // Most recently used last: the oldest goes first when the map is full.
      kept.delete(key);
      kept.set(key, found);
      return found;
    }
    const drawn = drawPlan(context, revision, { now, day, inputs });
    if (kept.size >= KEPT_PLANS) kept.delete(kept.keys().next().value as string);
    kept.set(key, drawn);
    // A failure (e.g. the store was briefly unreachable) is not kept.
    drawn.catch(() => {
      if (kept.get(key) === drawn) kept.delete(key);
    });
    return drawn;
  };
}

async function drawPlan(
  context: ServerContext,
  revision: RevisionModel,
  options: { readonly now: Date; readonly day: string; readonly inputs: PlanInputs },
): Promise<PlanView> {
  const { now, day, inputs } = options;
  // The samples read now are at least as new as the version in the key; the incidents are
  // the very ones the key names.
  const series = await loadSliSeries({ db: context.store.db, from: inputs.from });
  const evidence = planEvidence({
    data: { series, incidents: inputs.incidents },
    context,
    now,
  });
  const doc = buildPlanDocument(revision.model, {
    generatedOn: day,
    revision: String(revision.revision),
    ...(evidence ? { evidence } : {}),
    howToGiveSli: GIVE_SLI_TO_SERVER,
  });
  const parts = await planParts(doc);
  return {
    revision: revision.revision,
    title: doc.meta.title,
    generatedOn: day,
    sections: parts.flatMap((part) =>
      part.entry
        ? [
            {
              id: part.entry.id,
              title: part.entry.title,
              appendix: part.entry.appendix,
              html: render(part.node as never),
            },
          ]
        : [],
    ),
  };
}

/**
 * The change plan from one revision (today, default the served one) to another (the target),
 * as `whorunsit diff` writes it: reporting-line moves, role changes, the meetings that introduce
 * them and what the change does to cost, staffing and risk (§12.12), with each move to SRE
 * checked against the stored SLI samples and incidents as `diff --sli --incidents` checks it
 * (§12.5).
 */
export async function changePlanView(
  context: ServerContext,
  options: { readonly revision: number | undefined; readonly target: number },
): Promise<ChangePlanView> {
  const today = await context.models.at(options.revision);
  const target = await context.models.at(options.target);
  // Each move to SRE checked against the stored samples, as the change-plan endpoint checks it.
  const { operatingChange, ...plan } = await storedChangePlan({
    context,
    today: today.model,
    target: target.model,
    now: context.now(),
  });
  const markdown = changePlanMarkdown(plan, {
    today: today.model,
    target: target.model,
    todayLabel: `revision ${today.revision}`,
    targetLabel: `revision ${target.revision}`,
    operatingChange,
  });
  const [heading = '', ...rest] = markdown.split('\n');
  return {
    revision: today.revision,
    target: target.revision,
    title: plainTitle(heading),
    // Everything from the model in the Markdown is escaped text (`text()`): no markup from it.
    html: marked.parse(rest.join('\n'), { async: false, gfm: true }),
  };
}
