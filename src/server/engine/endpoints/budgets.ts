import { serviceBudgets } from '../../../engine/budgets/index.ts';
import { budgetsJson } from '../../../report/budgets/budgets-report.ts';
import { AtQuery, asOfSeconds } from '../as-of-query.ts';
import { engineEndpoint } from '../engine-endpoint.ts';

/** Error budgets per service and period from the stored SLI samples (§12.5). */
export const budgetsEndpoint = engineEndpoint({
  path: 'budgets',
  summary: 'Error budgets per service and period from the stored SLI samples (§12.5)',
  command: 'whorunsit budgets <paths…> --sli FILE [--at TIME] --json',
  query: AtQuery,
  compute: async ({ model, live, now, query }) =>
    budgetsJson(
      serviceBudgets({
        model,
        series: (await live()).series,
        asOf: asOfSeconds(query.at, now),
      }),
    ),
});
