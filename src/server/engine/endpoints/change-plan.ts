import { z } from 'zod';
import { changePlan } from '../../../engine/change/index.ts';
import { operatingChangeOf } from '../../../engine/plan/scenarios/operating-change.ts';
import { engineEndpoint } from '../engine-endpoint.ts';

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
  compute: async ({ model, query, context }) => {
    const target = (await context.models.at(query.target)).model;
    return { ...changePlan(model, target), operatingChange: operatingChangeOf(model, target) };
  },
});
