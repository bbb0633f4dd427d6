import {
  type CompensationPolicy,
  type CompiledModel,
  rotationTurnTakers,
} from '../../model/index.ts';
import { rotationBusinessHours } from '../coverage-hours/index.ts';
import { modelSites } from '../sites/index.ts';
import { businessHoursOf } from './business-hours.ts';
import { HOUR_MS } from './interval.ts';
import { DEFAULT_LOAD_WEIGHTS, type LoadWeights, weightedLoad } from './load-weights.ts';
import type { Shift } from './shift.ts';
import { addHours, type HoursSplit, NO_HOURS, splitHours } from './split-hours.ts';
import { zoneClocks } from './zone-clocks.ts';

export interface MemberLoad {
  readonly person: string;
  /** Turns held, whole or in part, within the range. */
  readonly turns: number;
  readonly totalHours: number;
  readonly businessHours: number;
  readonly offHours: number;
  readonly weekendHours: number;
  /** Weighted hours: what planning balances. */
  readonly load: number;
}

/** How evenly a rotation shares its load among its members within a range. */
export interface RotationBalance {
  readonly rotation: string;
  readonly members: readonly MemberLoad[];
  /** Highest member load over lowest; null when someone carried none (the ratio is unbounded). */
  readonly maxMinRatio: number | null;
  /** Highest member load minus lowest, in weighted hours. */
  readonly spread: number;
}

/** The load of every member of every rotation with shifts or members in the model. */
export function scheduleBalance(options: {
  readonly model: CompiledModel;
  readonly shifts: readonly Shift[];
  readonly policy?: CompensationPolicy | undefined;
  readonly weights?: LoadWeights | undefined;
}): RotationBalance[] {
  const { model } = options;
  const weights = options.weights ?? DEFAULT_LOAD_WEIGHTS;
  const hours = businessHoursOf(options.policy);
  // Each rotation's load is weighed by its own business hours (`rotationBusinessHours`), as
  // planning weighs it.
  const rotationHours = new Map(
    [...model.rotations.values()].map((r) => [r.name, rotationBusinessHours(model, r, hours)]),
  );
  const sites = modelSites(model);
  const clocks = zoneClocks(model);
  const acc = new Map<string, Map<string, { split: HoursSplit; turns: Set<string> }>>();
  for (const rotation of model.rotations.values()) {
    acc.set(
      rotation.name,
      // Members who take none of its turns (§12.10.1) are not behind: they are not in its share.
      new Map(
        rotationTurnTakers(model, rotation).map((p) => [
          p,
          { split: NO_HOURS, turns: new Set<string>() },
        ]),
      ),
    );
  }
  const { shifts } = options;
  for (let i = 0; i < shifts.length; i++) {
    const s = shifts[i] as Shift;
    const rotation = model.rotations.get(s.rotation);
    const members = acc.get(s.rotation);
    if (!rotation || !members) continue;
    let entry = members.get(s.person);
    if (!entry) {
      entry = { split: NO_HOURS, turns: new Set() };
      members.set(s.person, entry);
    }
    const days = clocks.days(
      sites.memberZone(rotation, s.person),
      rotationHours.get(s.rotation) ?? hours,
    );
    entry.split = addHours(entry.split, splitHours(s, days));
    entry.turns.add(s.turn);
  }
  return [...acc].map(([rotation, members]) => {
    const loads: MemberLoad[] = [...members].map(([person, { split, turns }]) => ({
      person,
      turns: turns.size,
      totalHours: split.total / HOUR_MS,
      businessHours: split.business / HOUR_MS,
      offHours: split.off / HOUR_MS,
      weekendHours: split.weekend / HOUR_MS,
      load: weightedLoad(split, weights),
    }));
    const values = loads.map((l) => l.load);
    const max = Math.max(0, ...values);
    const min = values.length > 0 ? Math.min(...values) : 0;
    return {
      rotation,
      members: loads,
      maxMinRatio: min > 0 ? max / min : null,
      spread: max - min,
    };
  });
}
