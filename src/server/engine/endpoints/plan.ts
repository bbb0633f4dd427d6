import { buildPlanDocument } from '../../../engine/plan/document/build-plan-document.ts';
import { PlanDocumentSchema } from '../../../engine/plan/document/plan-document-schema.ts';
import { engineEndpoint } from '../engine-endpoint.ts';

/** The operating model plan: the plan document of the revision. */
export const planEndpoint = engineEndpoint({
  path: 'plan',
  summary:
    'The operating model plan document: summary, placement options, cost, business case, risks, run model per service, staffing and on-call (§12.2–§12.10)',
  command: 'whorunsit plan <paths…> --json',
  result: PlanDocumentSchema,
  compute: ({ model, revision, now }) =>
    buildPlanDocument(model, {
      generatedOn: now.toISOString().slice(0, 10),
      revision: String(revision),
    }),
});
