import { z } from 'zod';
import { monthOf, parseMonth } from '../../../engine/compensation/index.ts';
import { onCallCostJson } from '../../../report/oncall-cost-json.ts';
import { onCallCostReport } from '../../../report/oncall-cost-report.ts';
import { ApiError } from '../../errors/api-error.ts';
import { engineEndpoint } from '../engine-endpoint.ts';

/** On-call designs priced per month: today's, §12.6's optimized, a team rotation per team. */
export const onCallCostEndpoint = engineEndpoint({
  path: 'oncall-cost',
  summary:
    "On-call cost per month (§12.6, §12.9.5): today's rotations, the optimized design, a team rotation per team, and compensation per person",
  command:
    'whorunsit oncall-cost <paths…> [--policy NAME] [--month YYYY-MM] [--incidents FILE] --json',
  query: z.object({
    policy: z.string().max(63).optional().describe('The CompensationPolicy to price with'),
    month: z
      .string()
      .refine((m) => parseMonth(m) !== undefined, 'expected a month as YYYY-MM')
      .optional()
      .describe(
        "The month of the compensation per person, priced from that month's schedule in UTC (default: this month, UTC)",
      ),
    incidents: z
      .enum(['none', 'stored'])
      .default('none')
      .describe(
        '`stored`: incident hours from the stored incidents (as `--incidents FILE`); `none`: estimated',
      ),
  }),
  compute: async ({ model, query, now, live }) => {
    const result = onCallCostReport({
      model,
      month: (query.month === undefined ? undefined : parseMonth(query.month)) ?? monthOf(now),
      policy: query.policy,
      incidents: query.incidents === 'stored' ? (await live()).incidents : undefined,
    });
    if (!result.ok) {
      throw new ApiError(
        result.code === 'unknown-policy' ? 'bad-request' : 'model-incomplete',
        result.message,
        { reason: result.code },
      );
    }
    return onCallCostJson(result.report);
  },
});
