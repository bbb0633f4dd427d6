import type { Override } from '../../engine/schedule/index.ts';
import { type CompiledModel, epochMillis } from '../../model/index.ts';
import {
  listOnCallOverrides,
  type OnCallOverrideRecord,
  type StoreDb,
  type StoreVersions,
} from '../../store/index.ts';
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

/**
 * What the schedule engine applies on top of a model's plan for a range: each stored override
 * as a take (the person has the rotation's on-call in its interval), in the order they were
 * made, leaving out those of rotations the model does not have and those outside the range
 * (the engine reports an override that changes nothing, which is no news for another range).
 */
export function scheduleOverrides(
  model: CompiledModel,
  records: readonly OnCallOverrideRecord[],
  range: { readonly start: number; readonly end: number },
): Override[] {
  return records.flatMap((o): Override[] => {
    const start = epochMillis(Date.parse(o.startsAt));
    const end = epochMillis(Date.parse(o.endsAt));
    if (!model.rotations.has(o.rotation) || end <= range.start || start >= range.end) return [];
    return [{ kind: 'take', rotation: o.rotation, person: o.person, start, end }];
  });
}
