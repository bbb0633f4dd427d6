import type { Shift } from '../../engine/schedule/index.ts';

/** Who is on a rotation at an instant, from planned shifts: a person, or null for nobody. */
export type ShiftLookup = (rotation: string, at: number) => string | null;

/**
 * Indexes planned shifts by rotation, once per planned day, so a lookup reads only the
 * rotation's own shifts rather than every shift of the model (a large model plans thousands a
 * day, and every alert and runner request looks up several rotations). Within a rotation the
 * shifts keep the schedule's order, so the first one holding the instant answers, as before.
 */
export function shiftsByRotation(shifts: readonly Shift[]): ShiftLookup {
  const byRotation = new Map<string, Shift[]>();
  for (const shift of shifts) {
    const list = byRotation.get(shift.rotation);
    if (list) list.push(shift);
    else byRotation.set(shift.rotation, [shift]);
  }
  return (rotation, at) => {
    for (const shift of byRotation.get(rotation) ?? []) {
      if (shift.start <= at && at < shift.end) return shift.person;
    }
    return null;
  };
}
