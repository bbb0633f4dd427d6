import {
  type CompiledModel,
  type DurationSeconds,
  durationSeconds,
  type EpochSeconds,
  epochSeconds,
} from '../../model/index.ts';
import { coveringSamples } from '../budgets/covering-samples.ts';
import { monthOf } from '../budgets/epoch.ts';
import type { SliSeries } from '../budgets/sli-series.ts';
import { type Incident, incidentEnd } from '../incidents/incident.ts';
import { type Money, moneyFromMajor, multiplyMoneyRatio } from '../money/index.ts';

/**
 * What a loss was measured from: the share of requests failing in the SLI samples that cover
 * the incident (`sli`), or its duration as if the service was fully down (`duration`, without
 * samples).
 */
export type LossBasis = 'sli' | 'duration';

/** The revenue one customer-visible incident cost (§12.8.5). */
export interface IncidentLoss {
  readonly incident: string;
  readonly service: string;
  /** The UTC month it started in, which it counts in. */
  readonly month: string;
  /** Downtime not already counted for an earlier overlapping incident of the same service. */
  readonly downtimeSeconds: DurationSeconds;
  readonly basis: LossBasis;
  /**
   * With `sli`: the share of requests that failed during the incident (to 0.01 %), by which its
   * downtime is priced; 1 (fully down) by duration.
   */
  readonly failingShare: number;
  readonly lost: Money;
}

/** The failing share is kept to 0.01 %, so the money computed from it is exact and stable. */
export const SHARE_UNITS = 10_000;

export interface UnpricedIncident {
  readonly incident: string;
  readonly service: string;
  readonly reason: string;
}

/**
 * The revenue lost during recovery from each customer-visible incident (§12.8.5, Insight):
 * downtime × the service's `revenuePerHour`, times the share of requests that failed where SLI
 * samples cover the incident (`coveringSamples`: their bad events over the events they counted
 * during it), else as if fully down; rounded half to even to the minor unit once per incident,
 * so that every total is the exact sum of the figures listed. Where incidents of one service
 * overlap, the overlap counts once (for the earlier incident). Incidents the customers did not
 * see cost no revenue; incidents of services without a revenue per hour are listed as unpriced,
 * never dropped.
 */
export function incidentLosses(options: {
  readonly model: CompiledModel;
  readonly incidents: readonly Incident[];
  readonly asOf: EpochSeconds;
  readonly series?: ReadonlyMap<string, SliSeries> | undefined;
}): { readonly losses: readonly IncidentLoss[]; readonly unpriced: readonly UnpricedIncident[] } {
  const { model, incidents, asOf, series } = options;
  const losses: IncidentLoss[] = [];
  const unpriced: UnpricedIncident[] = [];
  const coveredUntil = new Map<string, number>();
  const visible = incidents
    .filter((i) => i.customerVisible && i.startedAt < asOf)
    .sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const incident of visible) {
    const service = model.services.get(incident.service);
    const rate = service?.spec.revenuePerHour;
    if (!rate) {
      unpriced.push({
        incident: incident.id,
        service: incident.service,
        reason: service
          ? 'the service states no revenuePerHour'
          : 'the service is not in the model',
      });
      continue;
    }
    const end = incidentEnd(incident, asOf);
    const from = epochSeconds(
      Math.max(incident.startedAt, coveredUntil.get(incident.service) ?? -Infinity),
    );
    coveredUntil.set(incident.service, Math.max(end, coveredUntil.get(incident.service) ?? end));
    const downtime = durationSeconds(Math.max(0, end - from));
    const samples = series?.get(incident.service);
    const covered = samples && downtime > 0 ? coveringSamples(samples, from, end) : undefined;
    const units =
      covered && covered.samples > 0 && covered.totalDuring > 0
        ? Math.min(SHARE_UNITS, Math.round((covered.bad / covered.totalDuring) * SHARE_UNITS))
        : null;
    losses.push({
      incident: incident.id,
      service: incident.service,
      month: monthOf(incident.startedAt),
      downtimeSeconds: downtime,
      basis: units === null ? 'duration' : 'sli',
      failingShare: units === null ? 1 : units / SHARE_UNITS,
      lost: multiplyMoneyRatio(
        moneyFromMajor(rate.amount, rate.currency),
        downtime * (units ?? SHARE_UNITS),
        3600 * SHARE_UNITS,
      ),
    });
  }
  return { losses, unpriced };
}
