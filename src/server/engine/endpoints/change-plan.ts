import { z } from 'zod';
import { changePlan } from '../../../engine/change/index.ts';
import { operatingChangeOf } from '../../../engine/plan/scenarios/operating-change.ts';
import type { CompiledModel } from '../../../model/index.ts';
import { engineEndpoint } from '../engine-endpoint.ts';

/** What `whorunsit diff --json` prints: the change plan with what the change costs. */
export function changePlanJson(today: CompiledModel, target: CompiledModel) {
  return { ...changePlan(today, target), operatingChange: operatingChangeOf(today, target) };
}

/** The change from one revision (today) to another (the target), §12.12. */
export const changePlanEndpoint = engineEndpoint({
  path: 'change-plan',
  summary:
    "The change plan from today's model (`revision`, default the current one) to the target revision (§12.12)",
  command: 'whorunsit diff <today…> --target <paths…> --json',
  query: z.object({
    target: z.coerce
      .number()
      .int()
      .positive()
      .describe('The revision that holds the target organization'),
  }),
  // The change plan is plain data: `diff --json` prints it as it is, with what it costs.
  compute: async ({ model, query, context }) =>
    changePlanJson(model, (await context.models.at(query.target)).model),
});
