import {
  type DurationHours,
  type DurationMinutes,
  durationHours,
  durationMinutes,
  durationSeconds,
  type EpochSeconds,
  epochSeconds,
  hoursOfSeconds,
  minutesOfSeconds,
  secondsBetween,
} from '../../model/index.ts';
import { monthStart } from '../budgets/epoch.ts';
import { incidentBudgetShare } from '../budgets/incident-budget-share.ts';
import type { Objective } from '../budgets/objective.ts';
import { windowBudget } from '../budgets/period-budgets.ts';
import type { SliSeries } from '../budgets/sli-series.ts';
import type { Incident } from '../incidents/incident.ts';
import { downtimeSeconds } from './downtime.ts';
import type { KpiPeriodBounds } from './kpi-periods.ts';

/** "95% of incidents ... consume less than 30% of the monthly error budget" (§12.4.8). */
export const SMALL_INCIDENT_SHARE = 0.3;

/** The KPIs of §12.4.8 for one period. Means are null when there is nothing to average. */
export interface KpiPeriod {
  readonly period: string;
  readonly start: EpochSeconds;
  readonly end: EpochSeconds;
  /** Incidents that started in the period. */
  readonly incidents: number;
  readonly openIncidents: number;
  /** Mean time from start to resolution of the resolved incidents. */
  readonly mttrMinutes: DurationMinutes | null;
  /** Mean time from start to detection, where the source says when it was detected. */
  readonly mttdMinutes: DurationMinutes | null;
  /** Customer-visible downtime: per service the union of those incidents' intervals. */
  readonly downtimeMinutes: DurationMinutes;
  /** Service operating hours (services × hours observed − downtime) per incident. */
  readonly mtbfHours: DurationHours | null;
  readonly customerVisibleIncidents: number;
  readonly customerVisibleShare: number | null;
  /** Share of services with samples in the period whose budget over it was not exceeded. */
  readonly withinBudgetShare: number | null;
  readonly servicesWithData: number;
  /** Share of incidents with a known budget share that consumed < 30% of the monthly budget. */
  readonly incidentsUnder30PercentBudgetShare: number | null;
  readonly incidentsWithKnownShare: number;
  /** Sentences about the period, e.g. when MTTR and downtime moved in opposite directions. */
  readonly notes: readonly string[];
}

export interface KpiService {
  readonly name: string;
  readonly objective: Objective | null;
  readonly series: SliSeries | undefined;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const mean = (xs: readonly number[]) =>
  xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * The KPIs of one period for a group of services (§12.4.8). Incidents count in the period they
 * started in, with their whole duration. Without SLI samples (`withSli` false) the share of
 * services within budget is null; incident budget shares then come from the incident source or
 * from their duration.
 */
export function periodKpis(options: {
  readonly period: KpiPeriodBounds;
  readonly incidents: readonly Incident[];
  readonly services: readonly KpiService[];
  readonly withSli: boolean;
  readonly asOf: EpochSeconds;
}): Omit<KpiPeriod, 'notes'> {
  const { period, services, withSli, asOf } = options;
  const incidents = options.incidents.filter(
    (i) => i.startedAt >= period.start && i.startedAt < period.end,
  );
  const resolved = incidents.filter((i) => i.resolvedAt !== null);
  const mttr = mean(
    resolved.map((i) =>
      minutesOfSeconds(secondsBetween(i.startedAt, i.resolvedAt as EpochSeconds)),
    ),
  );
  const detected = incidents.filter((i) => i.detectedAt !== null);
  const mttd = mean(
    detected.map((i) =>
      minutesOfSeconds(secondsBetween(i.startedAt, i.detectedAt as EpochSeconds)),
    ),
  );
  // Downtime is what customers saw (§12.4.8): an incident they did not see is no outage.
  const downtime = downtimeSeconds(
    incidents.filter((i) => i.customerVisible),
    asOf,
  );
  const observed = Math.max(0, Math.min(period.end, asOf) - period.start);
  const operating = services.length * observed - downtime;
  const visible = incidents.filter((i) => i.customerVisible).length;
  const byName = new Map(services.map((s) => [s.name, s]));
  const shares = incidents
    .map((incident) => {
      const service = byName.get(incident.service);
      const month = {
        start: monthStart(incident.startedAt),
        end: monthStart(incident.startedAt, 1),
      };
      return incidentBudgetShare({
        incident,
        objective: service?.objective ?? null,
        series: service?.series,
        period: month,
        asOf,
      }).share;
    })
    .filter((s): s is number => s !== null);
  const budgets = withSli ? servicesWithinBudget(services, period, asOf) : null;
  return {
    period: period.label,
    start: period.start,
    end: period.end,
    incidents: incidents.length,
    openIncidents: incidents.length - resolved.length,
    mttrMinutes: mttr === null ? null : durationMinutes(round2(mttr)),
    mttdMinutes: mttd === null ? null : durationMinutes(round2(mttd)),
    downtimeMinutes: durationMinutes(round2(minutesOfSeconds(downtime))),
    mtbfHours:
      incidents.length === 0 || services.length === 0
        ? null
        : durationHours(round2(hoursOfSeconds(durationSeconds(operating)) / incidents.length)),
    customerVisibleIncidents: visible,
    customerVisibleShare: incidents.length === 0 ? null : visible / incidents.length,
    withinBudgetShare: budgets && budgets.withData > 0 ? budgets.within / budgets.withData : null,
    servicesWithData: budgets?.withData ?? 0,
    incidentsUnder30PercentBudgetShare:
      shares.length === 0
        ? null
        : shares.filter((s) => s < SMALL_INCIDENT_SHARE).length / shares.length,
    incidentsWithKnownShare: shares.length,
  };
}

function servicesWithinBudget(
  services: readonly KpiService[],
  period: KpiPeriodBounds,
  asOf: EpochSeconds,
): { readonly within: number; readonly withData: number } {
  let within = 0;
  let withData = 0;
  const bounds = {
    ...period,
    end: epochSeconds(Math.min(period.end, asOf)),
    complete: period.end <= asOf,
  };
  for (const service of services) {
    if (!service.objective || !service.series) continue;
    const budget = windowBudget(service.series, service.objective, bounds);
    if (budget.status === 'no-data') continue;
    withData++;
    if (budget.status === 'within') within++;
  }
  return { within, withData };
}
