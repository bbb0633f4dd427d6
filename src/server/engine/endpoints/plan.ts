import { buildPlanDocument } from '../../../engine/plan/document/build-plan-document.ts';
import { PlanDocumentSchema } from '../../../engine/plan/document/plan-document-schema.ts';
import { AtQuery } from '../as-of-query.ts';
import { engineEndpoint } from '../engine-endpoint.ts';
import { GIVE_SLI_TO_SERVER, planEvidence } from './plan-evidence.ts';

/**
 * The operating model plan: the plan document of the revision. With SLI samples stored, its
 * error budgets are measured from them (and the stored incidents count for postmortems), as
 * `plan --sli --incidents` does with files and as the budgets and handover endpoints read them.
 */
export const planEndpoint = engineEndpoint({
  path: 'plan',
  summary:
    'The operating model plan document: summary, placement options, cost, business case, risks, run model per service, staffing and on-call; error budgets from the stored SLI samples and incidents (§12.2–§12.10)',
  command: 'whorunsit plan <paths…> [--sli FILE --incidents FILE --at TIME] --json',
  query: AtQuery,
  result: PlanDocumentSchema,
  compute: async ({ model, revision, now, query, live, context }) => {
    const evidence = planEvidence({ data: await live(), context, now, at: query.at });
    return buildPlanDocument(model, {
      generatedOn: now.toISOString().slice(0, 10),
      revision: String(revision),
      ...(evidence ? { evidence } : {}),
      howToGiveSli: GIVE_SLI_TO_SERVER,
    });
  },
});
