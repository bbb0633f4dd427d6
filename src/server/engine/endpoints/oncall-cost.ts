import { z } from 'zod';
import { onCallCost } from '../../../engine/oncall-cost/index.ts';
import { ApiError } from '../../errors/api-error.ts';
import { engineEndpoint } from '../engine-endpoint.ts';

/** On-call designs priced per month: today's, §12.6's optimized, a team rotation per team. */
export const onCallCostEndpoint = engineEndpoint({
  path: 'oncall-cost',
  summary:
    "On-call cost per month (§12.6, §12.9.5): today's rotations, the optimized design and a team rotation per team",
  query: z.object({
    policy: z.string().max(63).optional().describe('The CompensationPolicy to price with'),
  }),
  compute: ({ model, query }) => {
    const result = onCallCost(model, { policy: query.policy });
    if (!result.ok) {
      throw new ApiError(
        result.code === 'unknown-policy' ? 'bad-request' : 'model-incomplete',
        result.message,
        { reason: result.code },
      );
    }
    return result.cost;
  },
});
