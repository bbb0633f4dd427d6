import { z } from 'zod';
import { chargeback } from '../../../engine/chargeback/index.ts';
import { parseMonth } from '../../../engine/compensation/index.ts';
import { engineEndpoint } from '../engine-endpoint.ts';

/** What each cost center is charged for SRE support in a month (§12.4.7). */
export const chargebackEndpoint = engineEndpoint({
  path: 'chargeback',
  summary:
    'Chargeback statements per cost center for a month or an average month (§12.4.7); money is exact',
  query: z.object({
    month: z
      .string()
      .refine((m) => m === 'average' || parseMonth(m) !== undefined, 'expected YYYY-MM or average')
      .default('average'),
  }),
  compute: ({ model, query }) =>
    chargeback(
      model,
      query.month === 'average' ? 'average' : (parseMonth(query.month) ?? 'average'),
    ),
});
