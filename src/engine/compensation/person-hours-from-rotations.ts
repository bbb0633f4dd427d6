import type { Model } from '../../model/index.ts';
import { type BusinessHours, ON_CALL_AT_ONCE } from '../coverage-hours/index.ts';
import { classifyHours } from './classify-hours.ts';
import { coverageIntervals } from './coverage-intervals.ts';
import { type IncidentWork, incidentWorkInterval } from './incident-work.ts';
import { intersectIntervals, subtractIntervals, type TimeInterval } from './intervals.ts';
import type { Month } from './month.ts';
import type { PersonHours } from './person-hours.ts';
import { rotationsWorking } from './rotation-covers.ts';

/**
 * Each person's on-call hours in a month from the rotations they are on, when no schedule is
 * given: every member carries an equal share of the rotation's slots (a primary and a
 * secondary), classified in the member's own time zone against the business hours. Incident
 * work outside business hours goes to the rotation that works the service at that time (team,
 * then domain, then thin layer), split evenly among its members.
 */
export function personHoursFromRotations(options: {
  readonly model: Model;
  readonly month: Month;
  readonly businessHours: BusinessHours;
  readonly incidents?: readonly IncidentWork[] | undefined;
}): PersonHours[] {
  const { model, month, businessHours } = options;
  const totals = new Map<
    string,
    { business: number; off: number; weekend: number; incident: number }
  >();
  const add = (
    person: string,
    part: Partial<{ business: number; off: number; weekend: number; incident: number }>,
  ) => {
    const t = totals.get(person) ?? { business: 0, off: 0, weekend: 0, incident: 0 };
    totals.set(person, {
      business: t.business + (part.business ?? 0),
      off: t.off + (part.off ?? 0),
      weekend: t.weekend + (part.weekend ?? 0),
      incident: t.incident + (part.incident ?? 0),
    });
  };
  const zoneOf = (person: string, fallback: string) =>
    model.people.get(person)?.spec.timezone ?? fallback;
  const coverage = new Map<string, TimeInterval[]>();
  for (const rotation of model.rotations.values()) {
    const intervals = coverageIntervals({
      coverage: rotation.spec.coverage,
      zone: rotation.spec.timezone,
      businessHours,
      month,
    });
    coverage.set(rotation.name, intervals);
    const members = [...new Set(rotation.spec.members)];
    const share = Math.min(1, ON_CALL_AT_ONCE / members.length);
    for (const member of members) {
      const c = classifyHours({
        intervals,
        zone: zoneOf(member, rotation.spec.timezone),
        businessHours,
      });
      add(member, {
        business: c.businessHours * share,
        off: c.offHours * share,
        weekend: c.weekendHours * share,
      });
    }
  }
  for (const incident of options.incidents ?? []) {
    const service = model.services.get(incident.service);
    const work = incidentWorkInterval(incident);
    if (!service || !work) continue;
    // Coverage intervals already end at the month's edges in each rotation's zone.
    let left: TimeInterval[] = [work];
    for (const rotation of rotationsWorking(model, service)) {
      const worked = intersectIntervals(left, coverage.get(rotation.name) ?? []);
      if (worked.length === 0) continue;
      left = subtractIntervals(left, worked);
      const members = [...new Set(rotation.spec.members)];
      for (const member of members) {
        const c = classifyHours({
          intervals: worked,
          zone: zoneOf(member, rotation.spec.timezone),
          businessHours,
        });
        add(member, { incident: c.offHours / members.length });
      }
    }
  }
  return [...totals].map(([person, t]) => ({
    person,
    businessHours: t.business,
    offHours: t.off,
    weekendHours: t.weekend,
    incidentOffHours: t.incident,
  }));
}
