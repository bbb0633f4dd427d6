import type { CompiledModel } from '../../model/index.ts';
import {
  type BusinessHours,
  ON_CALL_PER_ROTATION,
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
  return [...rawLoads(model, businessHours)]
    .filter(([, l]) => l.hours > MAX_ON_CALL_HOURS_PER_WEEK + 1e-9)
    .map(toLoad);
}

/**
 * The on-call load of everyone on a rotation, in the order they first appear on one: each
 * member carries slots × covered hours ÷ members of every rotation they are on.
 */
export function onCallLoads(model: CompiledModel, businessHours: BusinessHours): OnCallLoad[] {
  return [...rawLoads(model, businessHours)].map(toLoad);
}

function rawLoads(
  model: CompiledModel,
  businessHours: BusinessHours,
): Map<string, { hours: number; rotations: string[] }> {
  const loads = new Map<string, { hours: number; rotations: string[] }>();
  for (const rotation of model.rotations.values()) {
    const setup = rotationSetup(model, rotation);
    const shares =
      setup.kind === 'relay'
        ? setup.sites.flatMap((site) => {
            const hours = (7 * (site.part.january + site.part.july)) / 2 / 60;
            return site.members.map((m) => [m, hours / site.members.length] as const);
          })
        : (() => {
            const members = [...new Set(rotation.spec.members)];
            const hours = weeklyCoverageMinutes(rotation.spec.coverage, businessHours).total / 60;
            return members.map(
              (m) => [m, (ON_CALL_PER_ROTATION * hours) / members.length] as const,
            );
          })();
    for (const [member, each] of shares) {
      const load = loads.get(member) ?? { hours: 0, rotations: [] };
      loads.set(member, {
        hours: load.hours + each,
        rotations: [...load.rotations, rotation.name],
      });
    }
  }
  return loads;
}

function toLoad([person, l]: [string, { hours: number; rotations: string[] }]): OnCallLoad {
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
