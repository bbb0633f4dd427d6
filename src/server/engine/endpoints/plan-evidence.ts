import type { BudgetEvidence } from '../../../engine/plan/document/error-budgets.ts';
import type { EpochMillis } from '../../../model/index.ts';
import type { ServerContext } from '../../context.ts';
import type { LiveData } from '../../live/load-live-data.ts';
import { asOfSeconds } from '../as-of-query.ts';

/**
 * How a reader of the server's plan or change plan gets the SLI samples they were made without
 * into the server: the server's words for `GIVE_SLI_SAMPLES`, its intake or its Prometheus pull
 * (docs/server.md), not a CLI flag the server has no use for.
 */
export const GIVE_SLI_TO_SERVER =
  'Send the SLI samples to the server (`POST /api/v1/sli-samples`, and incidents to `POST /api/v1/incidents`, with an ingest token) or have it pull them from Prometheus (`whorunsit serve --prometheus URL`)';

/**
 * The plan's error budget evidence from the store, as `plan --sli --incidents` takes it from
 * files: the stored SLI samples and incidents of the live horizon, or none when no samples are
 * stored (the plan then says it was made without SLI data). One definition for the plan
 * endpoint and the console's plan page, so both show the same budgets.
 */
export function planEvidence(options: {
  readonly data: LiveData;
  readonly context: ServerContext;
  readonly now: Date;
  readonly at?: EpochMillis | undefined;
}): BudgetEvidence | undefined {
  const { data, context, now } = options;
  if (data.series.size === 0) return undefined;
  // Where the plan's error budgets come from, for its basis line.
  const stored = `the server's store (last ${context.config.liveHorizonDays} days)`;
  return {
    series: data.series,
    incidents: data.incidents,
    asOf: asOfSeconds(options.at, now),
    sli: stored,
    incidentsFile: data.incidents.length === 0 ? null : stored,
  };
}
