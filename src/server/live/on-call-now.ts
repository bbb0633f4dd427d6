import { defaultPolicy } from '../../engine/compensation/index.ts';
import { DAY_MS } from '../../engine/schedule/index.ts';
import { epochMillis, type Rotation } from '../../model/index.ts';
import type { OnCallOverrideRecord } from '../../store/index.ts';
import { overriddenSchedule } from '../on-call/schedule-overrides.ts';
import type { RevisionModel } from '../revisions/model-cache.ts';
import { shiftsByRotation } from './shifts-by-rotation.ts';

/** Who is on call on a rotation at an instant: a person, null for nobody, undefined if unknown. */
export type OnCallAt = (rotation: Rotation) => string | null | undefined;

interface CachedDay {
  readonly revision: number;
  readonly day: number;
  readonly overrides: readonly OnCallOverrideRecord[];
  readonly onCall: (rotation: string, at: number) => string | null | undefined;
}

const NO_OVERRIDES: readonly OnCallOverrideRecord[] = Object.freeze([]);

/**
 * Looks up who is on call with the schedule engine, planning the whole day around the instant
 * once per revision, day and set of overrides (planning is the expensive part; a day holds every
 * handoff an alert burst needs). The overrides in force are applied on top of the plan.
 */
export function createOnCallLookup(): (
  revision: RevisionModel,
  now: Date,
  overrides?: readonly OnCallOverrideRecord[],
) => OnCallAt {
  let cached: CachedDay | undefined;
  return (revision, now, overrides = NO_OVERRIDES) => {
    const at = now.getTime();
    const day = Math.floor(at / DAY_MS) * DAY_MS;
    if (
      !cached ||
      cached.revision !== revision.revision ||
      cached.day !== day ||
      cached.overrides !== overrides
    ) {
      cached = planDay(revision, day, overrides);
    }
    const { onCall } = cached;
    return (rotation) => onCall(rotation.name, at);
  };
}

function planDay(
  revision: RevisionModel,
  day: number,
  overrides: readonly OnCallOverrideRecord[],
): CachedDay {
  const range = { start: epochMillis(day), end: epochMillis(day + DAY_MS) };
  try {
    const schedule = overriddenSchedule(
      { model: revision.model, range, policy: defaultPolicy(revision.model) },
      overrides,
    );
    return {
      revision: revision.revision,
      day,
      overrides,
      onCall: shiftsByRotation(schedule.shifts),
    };
  } catch {
    // A schedule that cannot be planned must not stop alert routing: who is on call is unknown.
    return { revision: revision.revision, day, overrides, onCall: () => undefined };
  }
}
