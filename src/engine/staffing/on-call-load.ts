import { type CompiledModel, rotationTurnTakers } from '../../model/index.ts';
import {
  type BusinessHours,
  minuteOfDay,
  ON_CALL_PER_ROTATION,
  rotationBusinessHours,
  weeklyCoverageMinutes,
} from '../coverage-hours/index.ts';
import { rotationSetup } from '../sites/index.ts';
import { MAX_ON_CALL_HOURS_PER_WEEK } from './people-needed.ts';

export interface OnCallLoad {
  readonly person: string;
  /** Average on-call hours per week over all the rotations the person is on. */
  readonly hoursPerWeek: number;
  /** Share of the person's time (168 h a week). */
  readonly share: number;
  readonly rotations: readonly string[];
}

/**
 * People on call more than a quarter of their time, adding up every rotation they are on, as
 * the schedule shares the hours: one person on call at a time, a pool's covered hours ÷ its
 * members, a follow-the-sun site's part of the day ÷ the site's members (`rotationSetup`).
 * Rotation sizes alone miss this.
 */
export function overloadedPeople(model: CompiledModel, businessHours: BusinessHours): OnCallLoad[] {
  return [...knownLoads(model, businessHours).raw]
    .filter(([, l]) => l.hours > MAX_ON_CALL_HOURS_PER_WEEK + 1e-9)
    .map(toLoad);
}

/**
 * The on-call load of everyone on a rotation, in the order they first appear on one: each
 * member carries slots × covered hours ÷ members of every rotation they are on.
 */
export function onCallLoads(model: CompiledModel, businessHours: BusinessHours): OnCallLoad[] {
  return [...knownLoads(model, businessHours).raw].map(toLoad);
}

/** One person's part of one rotation, per week. */
export interface RotationDuty {
  readonly rotation: string;
  readonly hoursPerWeek: number;
  /** The part of them within business hours: on-call duty in working time. */
  readonly businessHoursPerWeek: number;
}

/**
 * Every person's part of each rotation they are on, per week, with the part that falls in
 * business hours (§12.1: on-call duty in working time is time not spent making tomorrow
 * better). The same shares as `onCallLoads`: a pool's covered hours ÷ its members, a relay
 * site's part of the day ÷ the site's members, its business part being where that part of the
 * site's own day meets business hours on business days.
 */
export function onCallDuties(
  model: CompiledModel,
  businessHours: BusinessHours,
): ReadonlyMap<string, readonly RotationDuty[]> {
  return knownLoads(model, businessHours).duties;
}

interface Loads {
  readonly duties: ReadonlyMap<string, readonly RotationDuty[]>;
  readonly raw: ReadonlyMap<string, { readonly hours: number; readonly rotations: string[] }>;
}

/**
 * Duties and loads per business hours, worked out once per model: staffing, the `sre-overload`
 * check, each SRE's month and the plan's on-call load all ask for them.
 */
function knownLoads(model: CompiledModel, businessHours: BusinessHours): Loads {
  const known = model.derive(loadsByHours);
  const key = `${businessHours.days.join(',')}|${businessHours.start}|${businessHours.end}`;
  let loads = known.get(key);
  if (loads === undefined) {
    const duties = dutiesOf(model, businessHours);
    loads = { duties, raw: rawLoads(duties) };
    known.set(key, loads);
  }
  return loads;
}

/** The loads of a model by business hours (`model.derive`). */
function loadsByHours(): Map<string, Loads> {
  return new Map();
}

function dutiesOf(
  model: CompiledModel,
  defaultHours: BusinessHours,
): ReadonlyMap<string, readonly RotationDuty[]> {
  const duties = new Map<string, RotationDuty[]>();
  for (const rotation of model.rotations.values()) {
    const setup = rotationSetup(model, rotation);
    // Each rotation by its own hours: those of the policy that pays most of its people.
    const businessHours = rotationBusinessHours(model, rotation, defaultHours);
    const shares =
      setup.kind === 'relay'
        ? setup.sites.flatMap((site) => {
            const hours = (7 * (site.part.january + site.part.july)) / 2 / 60;
            const business =
              (businessDays(businessHours) *
                (dayOverlap(site.takeoverMinute, site.part.january, businessHours) +
                  dayOverlap(site.takeoverMinute, site.part.july, businessHours))) /
              2 /
              60;
            const n = site.members.length;
            return site.members.map((m) => [m, hours / n, business / n] as const);
          })
        : (() => {
            const members = rotationTurnTakers(model, rotation);
            const minutes = weeklyCoverageMinutes(rotation.spec.coverage, businessHours);
            const each = ON_CALL_PER_ROTATION / members.length / 60;
            return members.map((m) => [m, minutes.total * each, minutes.business * each] as const);
          })();
    for (const [member, hoursPerWeek, businessHoursPerWeek] of shares) {
      const list = duties.get(member) ?? [];
      list.push({ rotation: rotation.name, hoursPerWeek, businessHoursPerWeek });
      duties.set(member, list);
    }
  }
  return duties;
}

function rawLoads(
  all: ReadonlyMap<string, readonly RotationDuty[]>,
): Map<string, { hours: number; rotations: string[] }> {
  return new Map(
    [...all].map(([person, duties]) => [
      person,
      {
        hours: duties.reduce((h, d) => h + d.hoursPerWeek, 0),
        rotations: duties.map((d) => d.rotation),
      },
    ]),
  );
}

function businessDays(hours: BusinessHours): number {
  return new Set(hours.days).size;
}

/** Minutes of a daily span from `from` (local, may run past midnight) inside business hours. */
function dayOverlap(from: number, length: number, hours: BusinessHours): number {
  const [start, end] = [minuteOfDay(hours.start), minuteOfDay(hours.end)];
  let overlap = 0;
  for (const shift of [0, 1440]) {
    overlap += Math.max(0, Math.min(from + length, end + shift) - Math.max(from, start + shift));
  }
  return overlap;
}

function toLoad([person, l]: [
  string,
  { readonly hours: number; readonly rotations: string[] },
]): OnCallLoad {
  return {
    person,
    hoursPerWeek: round2(l.hours),
    share: round2(l.hours / 168),
    rotations: l.rotations,
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
