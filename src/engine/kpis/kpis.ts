import { type CompiledModel, type EpochSeconds, epochSeconds } from '../../model/index.ts';
import { objectiveOf } from '../budgets/objective.ts';
import { lastCountedSecond } from '../budgets/sample-span.ts';
import type { SliSeries } from '../budgets/sli-series.ts';
import type { Incident } from '../incidents/incident.ts';
import { type KpiGroup, kpiGroups } from './kpi-groups.ts';
import { type KpiPeriodKind, kpiPeriods } from './kpi-periods.ts';
import { mttrDowntimeNote } from './mttr-downtime-notes.ts';
import { type KpiPeriod, type KpiService, periodKpis } from './period-kpis.ts';

export interface KpiReport {
  readonly asOf: EpochSeconds;
  readonly periodKind: KpiPeriodKind;
  /** All services of the model together. */
  readonly periods: readonly KpiPeriod[];
  /** The same figures per KPI root of the SRE teams' placements. */
  readonly groups: readonly (KpiGroup & { readonly periods: readonly KpiPeriod[] })[];
  /** Services named by incidents but not in the model; their incidents count in the totals. */
  readonly unknownServices: readonly string[];
}

/**
 * The SRE team KPIs of §12.4.8 per month or quarter, for the whole organization and per KPI
 * root, from the first to the last period with an incident or sample (up to `asOf`).
 */
export function kpis(options: {
  readonly model: CompiledModel;
  readonly incidents: readonly Incident[];
  readonly series?: ReadonlyMap<string, SliSeries> | undefined;
  readonly periodKind: KpiPeriodKind;
  readonly asOf: EpochSeconds;
}): KpiReport {
  const { model, incidents, series, periodKind, asOf } = options;
  const services: KpiService[] = [...model.services.values()].map((s) => ({
    name: s.name,
    objective:
      s.spec.availabilityTarget === undefined ? null : objectiveOf(s.spec.availabilityTarget),
    series: series?.get(s.name),
  }));
  const times: EpochSeconds[] = incidents.map((i) => i.startedAt).filter((t) => t < asOf);
  for (const s of series?.values() ?? []) {
    // The periods a series spans are those of the seconds its samples count (sample-span.ts).
    if (s.length > 0) {
      times.push(
        lastCountedSecond(s.seconds[0] as EpochSeconds),
        lastCountedSecond(s.seconds[s.length - 1] as EpochSeconds),
      );
    }
  }
  const inRange = times.filter((t) => t < asOf);
  const periods =
    inRange.length === 0
      ? []
      : kpiPeriods(
          periodKind,
          epochSeconds(Math.min(...inRange)),
          epochSeconds(Math.max(...inRange)),
        );
  const withSli = series !== undefined;
  const known = new Set(model.services.keys());
  const compute = (group: readonly KpiService[], groupIncidents: readonly Incident[]) =>
    withNotes(
      periods.map((period) =>
        periodKpis({ period, incidents: groupIncidents, services: group, withSli, asOf }),
      ),
    );
  const groups = kpiGroups(model).map((group) => {
    const names = new Set(group.services);
    return {
      ...group,
      periods: compute(
        services.filter((s) => names.has(s.name)),
        incidents.filter((i) => names.has(i.service)),
      ),
    };
  });
  const unknownServices = [
    ...new Set(incidents.map((i) => i.service).filter((s) => !known.has(s))),
  ].sort();
  return {
    asOf,
    periodKind,
    periods: compute(services, incidents),
    groups,
    unknownServices,
  };
}

function withNotes(periods: readonly Omit<KpiPeriod, 'notes'>[]): readonly KpiPeriod[] {
  return periods.map((period, i) => {
    const previous = periods[i - 1];
    const note = previous ? mttrDowntimeNote(previous, period) : undefined;
    return { ...period, notes: note ? [note] : [] };
  });
}
