import type { RunModel } from '../../model/index.ts';
import { coveringRotations } from './covering-rotations.ts';
import { generateSchedule, type ScheduleInput } from './generate-schedule.ts';
import { DAY_MS } from './interval.ts';

/** How far ahead a person's stretch on call is followed to find when it ends. */
export const ON_CALL_LOOKAHEAD_MS = 35 * DAY_MS;

export interface OnCall {
  readonly rotation: string;
  readonly person: string;
  /** When this person's continuous stretch on call for the rotation ends (capped at the lookahead). */
  readonly until: number;
}

export interface OnCallAnswer {
  readonly service: string;
  readonly runModel: RunModel;
  /** In the order an alert reaches them: thin layer first, then the team rotation it forwards to. */
  readonly onCall: readonly OnCall[];
  /** The covering rotations with nobody on call at the moment (outside 8x5 hours, unstaffed). */
  readonly offDuty: readonly string[];
}

/**
 * Who is on call for a service at a moment: the service's covering rotations (§12.6: the thin
 * layer first, then the team rotation it forwards to) and the person on call for each, planned
 * exactly as `generateSchedule` plans them. Undefined when the service does not exist.
 */
export function whoIsOnCall(
  options: Omit<ScheduleInput, 'range'> & { readonly service: string; readonly at: number },
): OnCallAnswer | undefined {
  const { model, at } = options;
  const service = model.services.get(options.service);
  if (!service) return undefined;
  const rotations = coveringRotations(model, service);
  const schedule = generateSchedule({
    ...options,
    range: { start: at, end: at + ON_CALL_LOOKAHEAD_MS },
  });
  const onCall: OnCall[] = [];
  const offDuty: string[] = [];
  for (const rotation of rotations) {
    const shifts = schedule.shifts.filter((s) => s.rotation === rotation.name);
    const now = shifts.find((s) => s.start <= at && at < s.end);
    if (!now) {
      offDuty.push(rotation.name);
      continue;
    }
    let until = now.end;
    for (const s of shifts) {
      if (s.start === until && s.person === now.person) until = s.end;
    }
    onCall.push({ rotation: rotation.name, person: now.person, until });
  }
  return { service: service.name, runModel: service.spec.runModel, onCall, offDuty };
}
