import {
  type CompiledModel,
  durationMillis,
  type EpochMillis,
  laterMillis,
  type Rotation,
  type RunModel,
  type Service,
} from '../../model/index.ts';
import { handbackWithoutOwnerRotation, ownerRunsIt } from '../routing/owner-on-call.ts';
import { ownerTeamOnlyCover, ownerTeamOnlyWords } from '../routing/owner-team-only-cover.ts';
import { runModelRotations } from '../routing/run-model-rotations.ts';
import { coveringRotations } from './covering-rotations.ts';
import { generateSchedule, type ScheduleInput } from './generate-schedule.ts';
import { DAY_MS } from './interval.ts';

/** How far ahead a person's stretch on call is followed to find when it ends. */
export const ON_CALL_LOOKAHEAD_MS = durationMillis(35 * DAY_MS);

export interface OnCall {
  readonly rotation: string;
  readonly person: string;
  /** When this person's continuous stretch on call for the rotation ends (capped at the lookahead). */
  readonly until: EpochMillis;
}

export interface OnCallAnswer {
  readonly service: string;
  /** Who runs the service at the moment: the agreed model, or the one its error budget gave it. */
  readonly runModel: RunModel;
  /** The run model the files agree on (§12.5). */
  readonly agreedRunModel: RunModel;
  /** In the order an alert reaches them: thin layer first, then the team rotation it forwards to. */
  readonly onCall: readonly OnCall[];
  /** The covering rotations with nobody on call at the moment (outside 8x5 hours, unstaffed). */
  readonly offDuty: readonly string[];
  /** Sentences for the reader, e.g. that nobody of the owning team is on call during a handback. */
  readonly notes: readonly string[];
}

/**
 * Who is on call for a service at a moment: the service's covering rotations (§12.6: the thin
 * layer first, then the team rotation it forwards to) and the person on call for each, planned
 * exactly as `generateSchedule` plans them. Undefined when the service does not exist.
 *
 * With `runModel` (who runs it now by its error budget policy, `handover`, §12.5) other than the
 * agreed one, the rotations are ordered as alert routing orders them for that model: thin layers
 * first, then the rotations of the teams that run it now; a rotation staffed only by teams that
 * no longer run it (the SRE rotation of a service handed back) drops out, unless no rotation of
 * the teams that run it now covers it, and then the notes say so.
 */
export function whoIsOnCall(
  options: Omit<ScheduleInput, 'range'> & {
    readonly service: string;
    readonly at: EpochMillis;
    readonly runModel?: RunModel | undefined;
  },
): OnCallAnswer | undefined {
  const { model, at } = options;
  const service = model.services.get(options.service);
  if (!service) return undefined;
  const agreed = service.spec.runModel;
  const runModel = options.runModel ?? agreed;
  const rotations =
    runModel === agreed
      ? coveringRotations(model, service)
      : rotationsRunning(model, service, runModel);
  const schedule = generateSchedule({
    ...options,
    range: { start: at, end: laterMillis(at, ON_CALL_LOOKAHEAD_MS) },
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
  const notes: string[] = [];
  const withoutRotation = handbackWithoutOwnerRotation(model, service, runModel);
  if (withoutRotation) notes.push(withoutRotation);
  else if (
    runModel !== agreed &&
    ownerRunsIt(runModel) &&
    !onCall.some((o) => model.people.get(o.person)?.spec.team === service.spec.owner)
  ) {
    notes.push(
      `Nobody of ${service.spec.owner} is on call for ${service.name} at this moment, while it is handed back to its developers (§12.5).`,
    );
  }
  // Those on call for an unorganized service only because their team owns it never agreed to run
  // it (§12.8.1): said in `check`'s words, so the answer is not read as a decision.
  const ownerOnly = ownerTeamOnlyCover(model, service);
  if (ownerOnly) notes.push(`${service.name} is ${ownerTeamOnlyWords(ownerOnly)}.`);
  return { service: service.name, runModel, agreedRunModel: agreed, onCall, offDuty, notes };
}

/** Thin layers first (§12.6), then the rotations of the teams that run the service now. */
function rotationsRunning(
  model: CompiledModel,
  service: Service,
  runModel: RunModel,
): readonly Rotation[] {
  const thin = coveringRotations(model, service).filter((r) => r.spec.type === 'thin-layer');
  const ranked = runModelRotations(model, service, runModel);
  const running = ranked.filter((r) => r.runnersShare > 0).map((r) => r.rotation);
  return [...thin, ...(running.length > 0 ? running : ranked.map((r) => r.rotation))];
}
