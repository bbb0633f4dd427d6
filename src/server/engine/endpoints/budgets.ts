import { serviceBudgets } from '../../../engine/budgets/index.ts';
import { engineEndpoint } from '../engine-endpoint.ts';

/** Error budgets per service and period from the stored SLI samples (§12.5). */
export const budgetsEndpoint = engineEndpoint({
  path: 'budgets',
  summary:
    'Error budgets per service and period from the stored SLI samples (§12.5); times in epoch seconds',
  compute: async ({ model, live, now }) =>
    serviceBudgets({
      model,
      series: (await live()).series,
      asOf: Math.floor(now.getTime() / 1000),
    }),
});
