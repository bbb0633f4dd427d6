import {
  generateSchedule,
  type Override,
  type Schedule,
  type ScheduleInput,
} from '../../engine/schedule/index.ts';
import { type CompiledModel, epochMillis } from '../../model/index.ts';
import {
  listOnCallOverrides,
  type OnCallOverrideRecord,
  type StoreDb,
  type StoreVersions,
} from '../../store/index.ts';
import type { ServerContext } from '../context.ts';
import type { LiveCache } from '../live/live-cache.ts';

/**
 * The on-call overrides in force (not revoked), kept in memory while the store's versions stay
 * the same: making or revoking one raises the live version, so every server sees it at once.
 */
export function overridesInForce(
  live: LiveCache,
  db: StoreDb,
  versions: StoreVersions,
): Promise<readonly OnCallOverrideRecord[]> {
  return live.remember(versions, 'on-call-overrides', () => listOnCallOverrides({ db }));
}

/** The on-call overrides in force now, for a request that has not read the store's versions. */
export async function storedOverrides(
  context: Pick<ServerContext, 'live' | 'store'>,
): Promise<readonly OnCallOverrideRecord[]> {
  return overridesInForce(context.live, context.store.db, await context.live.versions());
}

/**
 * The stored overrides a schedule of `model` over `range` applies: those of rotations the model
 * has that overlap the range, in the order they were made. Those outside the range are left
 * out because the engine reports an override that changes nothing, which is no news for
 * another range.
 */
export function overridesIn(
  model: CompiledModel,
  records: readonly OnCallOverrideRecord[],
  range: { readonly start: number; readonly end: number },
): OnCallOverrideRecord[] {
  return records.filter(
    (o) =>
      model.rotations.has(o.rotation) &&
      Date.parse(o.endsAt) > range.start &&
      Date.parse(o.startsAt) < range.end,
  );
}

/**
 * What the schedule engine applies on top of a model's plan for a range: each stored override
 * of the range as a take (the person has the rotation's on-call in its interval).
 */
export function scheduleOverrides(
  model: CompiledModel,
  records: readonly OnCallOverrideRecord[],
  range: { readonly start: number; readonly end: number },
): Override[] {
  return overridesIn(model, records, range).map((o) => ({
    kind: 'take',
    rotation: o.rotation,
    person: o.person,
    start: epochMillis(Date.parse(o.startsAt)),
    end: epochMillis(Date.parse(o.endsAt)),
  }));
}

/**
 * The schedule the server answers with wherever it says who is on call — GET /api/v1/schedules,
 * the console's timeline and "now and next", calendar feeds, alert routing: the model's plan
 * for the range with the stored overrides in force applied, as `whorunsit schedule --overrides`
 * applies a file of them.
 */
export function overriddenSchedule(
  input: Omit<ScheduleInput, 'overrides'>,
  records: readonly OnCallOverrideRecord[],
): Schedule {
  return generateSchedule({
    ...input,
    overrides: scheduleOverrides(input.model, records, input.range),
  });
}
