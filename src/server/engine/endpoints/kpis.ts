import { z } from 'zod';
import { kpis } from '../../../engine/kpis/index.ts';
import { kpisJson } from '../../../report/budgets/kpis-report.ts';
import { AtQuery, asOfSeconds } from '../as-of-query.ts';
import { engineEndpoint } from '../engine-endpoint.ts';

/** SRE team KPIs per month or quarter, overall and per KPI root (§12.4.8). */
export const kpisEndpoint = engineEndpoint({
  path: 'kpis',
  summary:
    'SRE team KPIs per period, overall and per KPI root (§12.4.8), from the stored incidents and SLI samples',
  command:
    'whorunsit kpis <paths…> --incidents FILE --sli FILE [--period month|quarter] [--at TIME] --json',
  query: AtQuery.extend({ period: z.enum(['month', 'quarter']).default('month') }),
  compute: async ({ model, live, now, query }) => {
    const data = await live();
    return kpisJson(
      kpis({
        model,
        incidents: data.incidents,
        series: data.series,
        periodKind: query.period,
        asOf: asOfSeconds(query.at, now),
      }),
    );
  },
});
