import { marked } from 'marked';
import { render } from 'preact-render-to-string';
import type { z } from 'zod';
import { changePlan } from '../../engine/change/index.ts';
import { buildPlanDocument } from '../../engine/plan/document/build-plan-document.ts';
import { operatingChangeOf } from '../../engine/plan/scenarios/operating-change.ts';
import { changePlanMarkdown } from '../../report/change/change-plan-markdown.ts';
import { plainTitle } from '../../report/plan/html/markdown-section.ts';
import { planParts } from '../../report/plan/render-plan-html.ts';
import type { ServerContext } from '../context.ts';
import { planEvidence } from '../engine/endpoints/plan-evidence.ts';
import { loadLiveData } from '../live/load-live-data.ts';
import type { ChangePlanViewSchema, PlanViewSchema } from './console-schemas.ts';

export type PlanView = z.input<typeof PlanViewSchema>;
export type ChangePlanView = z.input<typeof ChangePlanViewSchema>;

/**
 * The plan of a revision as the HTML document shows it, section by section (charts as static
 * SVG), with its error budgets measured from the stored SLI samples and incidents as
 * `GET /api/v1/plan` measures them. Drawn once per revision and day while the store's versions
 * stay the same: new samples, incidents or revisions raise them, so the next request plans afresh.
 */
export async function planView(
  context: ServerContext,
  revisionNumber: number | undefined,
): Promise<PlanView> {
  const versions = await context.live.versions();
  const revision = await context.models.at(revisionNumber);
  const now = context.now();
  const day = now.toISOString().slice(0, 10);
  return context.live.remember(versions, `console-plan:${revision.revision}:${day}`, async () => {
    const data = await loadLiveData({
      db: context.store.db,
      now,
      horizonDays: context.config.liveHorizonDays,
    });
    const evidence = planEvidence({ data, context, now });
    const doc = buildPlanDocument(revision.model, {
      generatedOn: day,
      revision: String(revision.revision),
      ...(evidence ? { evidence } : {}),
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
  });
}

/**
 * The change plan from one revision (today, default the served one) to another (the target),
 * as `whorunsit diff` writes it: reporting-line moves, role changes, the meetings that introduce
 * them and what the change does to cost, staffing and risk (§12.12).
 */
export async function changePlanView(
  context: ServerContext,
  options: { readonly revision: number | undefined; readonly target: number },
): Promise<ChangePlanView> {
  const today = await context.models.at(options.revision);
  const target = await context.models.at(options.target);
  const plan = changePlan(today.model, target.model);
  const markdown = changePlanMarkdown(plan, {
    today: today.model,
    target: target.model,
    todayLabel: `revision ${today.revision}`,
    targetLabel: `revision ${target.revision}`,
    operatingChange: operatingChangeOf(today.model, target.model),
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
