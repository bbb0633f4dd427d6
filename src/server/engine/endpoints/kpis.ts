import { z } from 'zod';
import { kpis } from '../../../engine/kpis/index.ts';
import { engineEndpoint } from '../engine-endpoint.ts';

/** SRE team KPIs per month or quarter, overall and per KPI root (§12.4.8). */
export const kpisEndpoint = engineEndpoint({
  path: 'kpis',
  summary:
    'SRE team KPIs per period, overall and per KPI root (§12.4.8), from stored incidents and samples',
  query: z.object({ period: z.enum(['month', 'quarter']).default('month') }),
  compute: async ({ model, live, now, query }) => {
    const data = await live();
    return kpis({
      model,
      incidents: data.incidents,
      series: data.series,
      periodKind: query.period,
      asOf: Math.floor(now.getTime() / 1000),
    });
  },
});
