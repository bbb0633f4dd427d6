import type { CompiledModel } from '../compiled/compiled-model.ts';
import type { Person, Rotation } from '../model.ts';
import type { Coverage } from '../vocabulary.ts';

/**
 * Whether a coverage puts people on call outside business hours: 24x7 at night and at weekends,
 * 8x7 at weekends. 8x5 keeps to business days in the rotation's own zone (another site's people
 * on it are `office-hours-across-sites`).
 */
export function reachesOutsideBusinessHours(coverage: Coverage): boolean {
  return coverage !== '8x5';
}

/**
 * §12.10.1: "single parents agreeing to be on call outside of business hours may be compensated
 * differently than others". A person may also not agree: `onCallOutsideBusinessHours: false`
 * says they take no on-call outside business hours. Unstated means they do.
 */
export function takesOnCallOutsideBusinessHours(person: Person | undefined): boolean {
  return person?.spec.onCallOutsideBusinessHours !== false;
}

/**
 * The members of a rotation who take its turns, once each, in the rotation's order: every member,
 * except, on a rotation whose hours reach outside business hours, those who take no on-call
 * outside business hours (§12.10.1). The one answer for sizing (`rotation-too-small`, `staffing`,
 * `oncall-cost`, `plan`), on-call load, follow-the-sun sites and the schedule, which gives the
 * others no turn there.
 */
export function rotationTurnTakers(model: CompiledModel, rotation: Rotation): readonly string[] {
  const members = [...new Set(rotation.spec.members)];
  if (!reachesOutsideBusinessHours(rotation.spec.coverage)) return members;
  return members.filter((m) => takesOnCallOutsideBusinessHours(model.people.get(m)));
}

/** The members of a rotation who take none of its turns (see `rotationTurnTakers`), in order. */
export function rotationMembersExcused(
  model: CompiledModel,
  rotation: Rotation,
): readonly string[] {
  if (!reachesOutsideBusinessHours(rotation.spec.coverage)) return [];
  return [...new Set(rotation.spec.members)].filter(
    (m) => !takesOnCallOutsideBusinessHours(model.people.get(m)),
  );
}
