import { analyzePlan } from '../../../engine/plan/analyze-plan.ts';
import { planJson } from '../../../report/plan/plan-json.ts';
import { engineEndpoint } from '../engine-endpoint.ts';

/** The operating model plan. */
export const planEndpoint = engineEndpoint({
  path: 'plan',
  summary:
    'The operating model plan: run model and rotation per service, SRE placement, topology, reporting lines, transitions (§12.2–§12.8)',
  command: 'whorunsit plan <paths…> --json',
  compute: ({ model }) => planJson(model, analyzePlan(model)),
});
