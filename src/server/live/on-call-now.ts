import { compensationPolicyOf, DAY_MS, generateSchedule } from '../../engine/schedule/index.ts';
import type { Rotation } from '../../model/index.ts';
import type { RevisionModel } from '../revisions/model-cache.ts';
import { shiftsByRotation } from './shifts-by-rotation.ts';

/** Who is on call on a rotation at an instant: a person, null for nobody, undefined if unknown. */
export type OnCallAt = (rotation: Rotation) => string | null | undefined;

interface CachedDay {
  readonly revision: number;
  readonly day: number;
  readonly onCall: (rotation: string, at: number) => string | null | undefined;
}

/**
 * Looks up who is on call with the schedule engine, planning the whole day around the instant
 * once per revision and day (planning is the expensive part; a day holds every handoff an
 * alert burst needs).
 */
export function createOnCallLookup(): (revision: RevisionModel, now: Date) => OnCallAt {
  let cached: CachedDay | undefined;
  return (revision, now) => {
    const at = now.getTime();
    const day = Math.floor(at / DAY_MS) * DAY_MS;
    if (!cached || cached.revision !== revision.revision || cached.day !== day) {
      cached = planDay(revision, day);
    }
    const { onCall } = cached;
    return (rotation) => onCall(rotation.name, at);
  };
}

function planDay(revision: RevisionModel, day: number): CachedDay {
  try {
    const schedule = generateSchedule({
      model: revision.model,
      range: { start: day, end: day + DAY_MS },
      policy: compensationPolicyOf(revision.model),
    });
    return {
      revision: revision.revision,
      day,
      onCall: shiftsByRotation(schedule.shifts),
    };
  } catch {
    // A schedule that cannot be planned must not stop alert routing: who is on call is unknown.
    return { revision: revision.revision, day, onCall: () => undefined };
  }
}
