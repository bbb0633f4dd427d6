import { handover } from '../../../engine/handover/index.ts';
import { handoverJson } from '../../../report/budgets/handover-report.ts';
import { AtQuery, asOfSeconds } from '../as-of-query.ts';
import { engineEndpoint } from '../engine-endpoint.ts';

/** The handover timeline: who ran each service when, and why (§12.5). */
export const handoverEndpoint = engineEndpoint({
  path: 'handover',
  summary:
    'The handover timeline per service from the stored SLI samples and incidents: handbacks, returns, freezes, postmortems, takeover eligibility (§12.5)',
  command: 'whorunsit handover <paths…> --sli FILE --incidents FILE [--at TIME] --json',
  query: AtQuery,
  compute: async ({ model, live, now, query }) => {
    const data = await live();
    return handoverJson(
      handover({
        model,
        series: data.series,
        incidents: data.incidents,
        asOf: asOfSeconds(query.at, now),
      }),
    );
  },
});
