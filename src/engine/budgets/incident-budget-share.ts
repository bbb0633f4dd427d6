import { type EpochSeconds, epochSeconds } from '../../model/index.ts';
import { type Incident, incidentEnd } from '../incidents/incident.ts';
import { coveringSamples } from './covering-samples.ts';
import { allowedBad, type Objective } from './objective.ts';
import { samplesOfStretch } from './sample-span.ts';
import type { SliSeries } from './sli-series.ts';

/**
 * Where an incident's budget share comes from: the incident source itself (`stated`), the bad
 * events of the samples that cover the incident (`sli`), or its duration as if the service was
 * fully down for it (`duration`, when no samples cover it and customers saw it).
 */
export type ShareSource = 'stated' | 'sli' | 'duration';

export interface IncidentShare {
  /** The share of the period's error budget the incident consumed (1 = all of it). */
  readonly share: number | null;
  readonly source: ShareSource | null;
}

/**
 * The share of the error budget of `period` that `incident` consumed (§12.4.8, §12.5): what the
 * incident source states, else the bad events of the samples that cover it (`coveringSamples`:
 * a sample counts the interval before it) over the bad events the period allows, else, for an
 * incident customers saw, its duration over the downtime the objective allows in the period.
 * An incident customers did not see is no full outage: without samples its share is unknown
 * (null), never its duration. Null too without an objective (no target) and nothing stated.
 */
export function incidentBudgetShare(options: {
  readonly incident: Incident;
  readonly objective: Objective | null;
  readonly series: SliSeries | undefined;
  readonly period: { readonly start: EpochSeconds; readonly end: EpochSeconds };
  readonly asOf: EpochSeconds;
}): IncidentShare {
  const { incident, objective, series, period, asOf } = options;
  if (incident.budgetConsumed !== null) return { share: incident.budgetConsumed, source: 'stated' };
  if (!objective) return { share: null, source: null };
  const end = incidentEnd(incident, asOf);
  if (series) {
    const during = coveringSamples(series, incident.startedAt, end);
    const inPeriod = sumBetween(series, period.start, epochSeconds(Math.min(period.end, asOf)));
    const allowed = allowedBad(inPeriod.total, objective);
    if (during.samples > 0 && allowed > 0) {
      return { share: during.bad / allowed, source: 'sli' };
    }
  }
  if (!incident.customerVisible) return { share: null, source: null };
  const allowedDowntime = allowedBad(period.end - period.start, objective);
  return { share: (end - incident.startedAt) / allowedDowntime, source: 'duration' };
}

function sumBetween(
  series: SliSeries,
  start: EpochSeconds,
  end: EpochSeconds,
): { readonly samples: number; readonly bad: number; readonly total: number } {
  let bad = 0;
  let total = 0;
  const { begin: first, end: stop } = samplesOfStretch(series, start, end);
  let i = first;
  for (; i < stop; i++) {
    const t = series.total[i] as number;
    total += t;
    bad += t - (series.good[i] as number);
  }
  return { samples: i - first, bad, total };
}
