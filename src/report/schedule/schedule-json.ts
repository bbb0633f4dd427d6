import {
  formatInstant,
  type RotationBalance,
  type Schedule,
  type Violation,
} from '../../engine/schedule/index.ts';
import type { CompiledModel } from '../../model/index.ts';

/** One shift as scripts read it: exactly these four keys (the `schedule --format json` contract). */
export interface ShiftJson {
  readonly rotation: string;
  readonly person: string;
  /** ISO 8601 with the offset of the rotation's time zone. */
  readonly start: string;
  readonly end: string;
}

export interface ViolationJson {
  readonly code: string;
  readonly severity: string;
  readonly rotation: string | null;
  readonly otherRotation: string | null;
  readonly person: string | null;
  readonly service: string | null;
  readonly start: string;
  readonly end: string;
  readonly message: string;
}

/** A rotation's time zone: the zone every timestamp of its shifts is written in. */
export function zoneOf(model: CompiledModel, rotation: string | undefined): string {
  return (rotation && model.rotations.get(rotation)?.spec.timezone) || 'UTC';
}

export function shiftsJson(model: CompiledModel, schedule: Pick<Schedule, 'shifts'>): ShiftJson[] {
  return schedule.shifts.map((s) => {
    const zone = zoneOf(model, s.rotation);
    return {
      rotation: s.rotation,
      person: s.person,
      start: formatInstant(s.start, zone),
      end: formatInstant(s.end, zone),
    };
  });
}

export function violationsJson(
  model: CompiledModel,
  violations: readonly Violation[],
): ViolationJson[] {
  return violations.map((v) => {
    const zone = zoneOf(model, v.rotation);
    return {
      code: v.code,
      severity: v.severity,
      rotation: v.rotation ?? null,
      otherRotation: v.otherRotation ?? null,
      person: v.person ?? null,
      service: v.service ?? null,
      start: formatInstant(v.start, zone),
      end: formatInstant(v.end, zone),
      message: v.message,
    };
  });
}

/**
 * `schedule --format json`: `{"shifts": [{"rotation", "person", "start", "end"}]}` as the
 * contract says, plus what the schedule breaks (`violations`) and how evenly it shares the
 * load (`balance`).
 */
export function scheduleJson(options: {
  readonly model: CompiledModel;
  readonly schedule: Pick<Schedule, 'shifts' | 'violations'>;
  readonly balance: readonly RotationBalance[];
}): unknown {
  const { model, schedule } = options;
  return {
    shifts: shiftsJson(model, schedule),
    violations: violationsJson(model, schedule.violations),
    balance: options.balance,
  };
}
