import { DateTime } from 'luxon';
import type { CompiledModel, Coverage } from '../../model/index.ts';
import { COVERAGES, durationMinutes } from '../../model/index.ts';
import {
  type IncidentWork,
  incidentWorkInterval,
  rotationsWorking,
  wallClockSegments,
} from '../compensation/index.ts';
import {
  type BusinessHours,
  businessWindow,
  contains,
  coverageWindow,
  dayIndex,
  minuteOfDay,
  weeklyCoverageMinutes,
} from '../coverage-hours/index.ts';
import { mostCommon } from '../staffing/sites.ts';

/**
 * Without incident data: each service needs this many hours of incident work a month, spread
 * evenly over the week. A stated assumption, shown with every figure that uses it.
 */
export const ASSUMED_INCIDENT_HOURS_PER_SERVICE_PER_MONTH = 2;

/** Hours as an exact ratio, so money computed from them is rounded once. */
export interface HoursRatio {
  readonly numerator: number;
  readonly denominator: number;
}

export function ratioHours(r: HoursRatio): number {
  return r.numerator / r.denominator;
}

/** Incident work per month outside business hours that falls inside each coverage. */
export interface IncidentLoad {
  readonly source: 'incidents' | 'assumption';
  /** Months the incident data spans (calendar months from the first to the last incident). */
  readonly months: number;
  readonly byService: ReadonlyMap<string, Readonly<Record<Coverage, HoursRatio>>>;
}

/**
 * The incident load a rotation's people work, by the business hours of the policy that pays
 * them (§12.9.5: an SRE team paid 08:00–16:00 is out of hours at 16:30): `load` at each
 * rotation's hours, each worked out once.
 */
export function incidentLoadsByHours(
  load: (hours: BusinessHours) => IncidentLoad,
): (hours: BusinessHours) => IncidentLoad {
  const known = new Map<string, IncidentLoad>();
  return (hours) => {
    const key = `${hours.days.join(',')}|${hours.start}|${hours.end}`;
    let found = known.get(key);
    if (found === undefined) {
      found = load(hours);
      known.set(key, found);
    }
    return found;
  };
}

export function assumedIncidentLoad(
  model: CompiledModel,
  businessHours: BusinessHours,
): IncidentLoad {
  const perCoverage = Object.fromEntries(
    COVERAGES.map((c) => [
      c,
      {
        numerator:
          ASSUMED_INCIDENT_HOURS_PER_SERVICE_PER_MONTH *
          weeklyCoverageMinutes(c, businessHours).off,
        denominator: 7 * 24 * 60,
      },
    ]),
  ) as Record<Coverage, HoursRatio>;
  return {
    source: 'assumption',
    months: 1,
    byService: new Map([...model.services.keys()].map((s) => [s, perCoverage])),
  };
}

/**
 * Incident work from data: each incident from detection to resolution, in the zone of the
 * rotation that works the service today (else where most of its team is, else UTC), split by
 * business hours and by the daily window of each coverage, averaged over the months the data
 * spans.
 */
export function incidentLoadFrom(options: {
  readonly model: CompiledModel;
  readonly incidents: readonly IncidentWork[];
  readonly businessHours: BusinessHours;
}): IncidentLoad {
  const { model, incidents, businessHours } = options;
  const business = businessWindow(businessHours);
  const windows = Object.fromEntries(COVERAGES.map((c) => [c, coverageWindow(c, businessHours)]));
  const start = minuteOfDay(businessHours.start);
  const cuts = [start, minuteOfDay(businessHours.end), (start + 8 * 60) % 1440];
  const ms = new Map<string, Record<Coverage, number>>();
  const starts: number[] = [];
  for (const incident of incidents) {
    const service = model.services.get(incident.service);
    const work = incidentWorkInterval(incident);
    if (!service || !work) continue;
    starts.push(work.startMs, work.endMs);
    const zone = zoneOfService(model, incident.service);
    const totals = ms.get(service.name) ?? { '24x7': 0, '8x5': 0, '8x7': 0 };
    for (const s of wallClockSegments({ ...work, zone, cuts })) {
      const minute = durationMinutes(dayIndex(s.weekday) * 1440 + s.minuteOfDay);
      if (contains(business, minute)) continue;
      for (const c of COVERAGES) {
        if (contains(windows[c] ?? [], minute)) totals[c] += s.endMs - s.startMs;
      }
    }
    ms.set(service.name, totals);
  }
  const months = monthsSpanned(starts);
  const zero = { '24x7': 0, '8x5': 0, '8x7': 0 };
  return {
    source: 'incidents',
    months,
    byService: new Map(
      [...model.services.keys()].map((s) => {
        const t = ms.get(s) ?? zero;
        const ratio = (c: Coverage) => ({ numerator: t[c], denominator: 3_600_000 * months });
        return [s, { '24x7': ratio('24x7'), '8x5': ratio('8x5'), '8x7': ratio('8x7') }];
      }),
    ),
  };
}

function zoneOfService(model: CompiledModel, name: string): string {
  const service = model.services.get(name);
  if (!service) return 'UTC';
  const rotation = rotationsWorking(model, service)[0];
  if (rotation) return rotation.spec.timezone;
  const zones = [...model.people.values()]
    .filter((p) => p.spec.team === service.spec.owner && p.spec.timezone !== undefined)
    .map((p) => p.spec.timezone as string);
  return mostCommon(zones) ?? 'UTC';
}

function monthsSpanned(times: readonly number[]): number {
  if (times.length === 0) return 1;
  const first = DateTime.fromMillis(Math.min(...times), { zone: 'UTC' });
  const last = DateTime.fromMillis(Math.max(...times), { zone: 'UTC' });
  return (last.year - first.year) * 12 + (last.month - first.month) + 1;
}
