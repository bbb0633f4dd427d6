import { marked } from 'marked';
import { render } from 'preact-render-to-string';
import type { z } from 'zod';
import { changePlan } from '../../engine/change/index.ts';
import { buildPlanDocument } from '../../engine/plan/document/build-plan-document.ts';
import { operatingChangeOf } from '../../engine/plan/scenarios/operating-change.ts';
import type { CompiledModel } from '../../model/index.ts';
import { changePlanMarkdown } from '../../report/change/change-plan-markdown.ts';
import { plainTitle } from '../../report/plan/html/markdown-section.ts';
import { planParts } from '../../report/plan/render-plan-html.ts';
import type { ServerContext } from '../context.ts';
import type { ChangePlanViewSchema, PlanViewSchema } from './console-schemas.ts';

export type PlanView = z.input<typeof PlanViewSchema>;
export type ChangePlanView = z.input<typeof ChangePlanViewSchema>;

interface Rendered {
  readonly day: string;
  readonly view: Promise<PlanView>;
}

/**
 * The plan of a revision as the HTML document shows it, section by section (charts as static
 * SVG): built once per revision and day, since drawing the charts is the slow part and the
 * document changes only with the model (and the date it is dated).
 */
const renderedPlans = new WeakMap<CompiledModel, Rendered>();

/** The plan document of a revision, rendered by the same components as `plan --format html`. */
export async function planView(
  context: ServerContext,
  revisionNumber: number | undefined,
): Promise<PlanView> {
  const revision = await context.models.at(revisionNumber);
  const day = context.now().toISOString().slice(0, 10);
  const kept = renderedPlans.get(revision.model);
  if (kept && kept.day === day) return kept.view;
  const view = (async () => {
    const doc = buildPlanDocument(revision.model, {
      generatedOn: day,
      revision: String(revision.revision),
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
  })();
  renderedPlans.set(revision.model, { day, view });
  view.catch(() => renderedPlans.delete(revision.model));
  return view;
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
