import { type CompensationPolicy, type CompiledModel, payingPolicy } from '../../model/index.ts';
import {
  classifyHours,
  type IncidentWork,
  incidentWorkInterval,
  rotationsWorking,
  subtractIntervals,
  type TimeInterval,
} from '../compensation/index.ts';
import { businessHoursOf, earlier, later, type Shift } from '../schedule/index.ts';
import { personZones } from '../sites/index.ts';

/**
 * Incident work outside business hours per person, from who was on call (§12.9.5): each
 * incident from detection to resolution goes to the rotations that work its service, team
 * first, then domain, then thin layer (`rotationsWorking`); within a rotation, every part of
 * it goes to the person on shift at that moment. Work while nobody covering the service was
 * on call earns no incident pay: there was nobody on standby to do it. Hours are classified in
 * the person's zone, as `hoursPerPerson` classifies their standby, so they always lie within
 * the person's off-hours.
 */
export function scheduledIncidentHours(options: {
  readonly model: CompiledModel;
  readonly shifts: readonly Shift[];
  readonly incidents: readonly IncidentWork[];
  /** The model's default policy: it pays whoever names no policy of their own. */
  readonly policy: CompensationPolicy | undefined;
}): ReadonlyMap<string, number> {
  const { model } = options;
  const byRotation = new Map<string, Shift[]>();
  for (const s of options.shifts) {
    byRotation.set(s.rotation, [...(byRotation.get(s.rotation) ?? []), s]);
  }
  const zoneOf = personZoneOf(model);
  const hours = new Map<string, number>();
  for (const incident of options.incidents) {
    const service = model.services.get(incident.service);
    const work = incidentWorkInterval(incident);
    if (!service || !work) continue;
    let left: readonly TimeInterval[] = [work];
    for (const rotation of rotationsWorking(model, service)) {
      const taken: TimeInterval[] = [];
      for (const shift of byRotation.get(rotation.name) ?? []) {
        const worked = left
          .map((i) => ({
            startMs: later(i.startMs, shift.start),
            endMs: earlier(i.endMs, shift.end),
          }))
          .filter((i) => i.endMs > i.startMs);
        if (worked.length === 0) continue;
        taken.push(...worked);
        const c = classifyHours({
          intervals: worked,
          zone: zoneOf(shift.person, rotation.spec.timezone),
          businessHours: businessHoursOf(payingPolicy(model, shift.person, options.policy).policy),
        });
        hours.set(shift.person, (hours.get(shift.person) ?? 0) + c.offHours);
      }
      left = subtractIntervals(left, taken);
      if (left.length === 0) break;
    }
  }
  return hours;
}

/**
 * A person's zone as `hoursPerPerson` takes it: the one site rule's (`personZones`), else the
 * rotation of the shift (someone an override put on call).
 */
function personZoneOf(model: CompiledModel): (person: string, fallback: string) => string {
  const zones = personZones(model);
  return (person, fallback) => zones.get(person) ?? fallback;
}
