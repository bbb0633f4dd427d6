import { z } from 'zod';
import { chargeback } from '../../../engine/chargeback/index.ts';
import { parseMonth } from '../../../engine/compensation/index.ts';
import { offeringsCatalog } from '../../../engine/offerings/index.ts';
import { chargebackJson } from '../../../report/chargeback-json.ts';
import { engineEndpoint } from '../engine-endpoint.ts';

/** What each cost center is charged for SRE support in a month (§12.4.7). */
export const chargebackEndpoint = engineEndpoint({
  path: 'chargeback',
  summary:
    'Chargeback statements per cost center for a month or an average month, and the SRE offerings (§12.4.3, §12.4.7); money is exact',
  command: 'whorunsit chargeback <paths…> --month YYYY-MM --json',
  query: z.object({
    month: z
      .string()
      .refine((m) => m === 'average' || parseMonth(m) !== undefined, 'expected YYYY-MM or average')
      .default('average')
      .describe('The month to charge (YYYY-MM), or `average` for an average month'),
  }),
  compute: ({ model, query }) =>
    chargebackJson(
      chargeback(model, parseMonth(query.month) ?? 'average'),
      offeringsCatalog(model),
    ),
});
