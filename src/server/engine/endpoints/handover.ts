import { handover } from '../../../engine/handover/index.ts';
import { engineEndpoint } from '../engine-endpoint.ts';

/** The handover timeline: who ran each service when, and why (§12.5). */
export const handoverEndpoint = engineEndpoint({
  path: 'handover',
  summary:
    'The handover timeline per service: handbacks, returns, freezes, postmortems, takeover eligibility (§12.5); times in epoch seconds',
  compute: async ({ model, live, now }) => {
    const data = await live();
    return handover({
      model,
      series: data.series,
      incidents: data.incidents,
      asOf: Math.floor(now.getTime() / 1000),
    });
  },
});
