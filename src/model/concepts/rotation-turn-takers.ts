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
 * `onCall: false`: the person is not on call (on leave, or not on call yet). A rotation may still
 * list them (the schedule kept for when they are back): they take none of its turns. Unstated
 * means they may be.
 */
export function isOffCall(person: Person | undefined): boolean {
  return person?.spec.onCall === false;
}

/**
 * Why a member of a rotation takes none of its turns: `open-position` (an open position, the seat
 * planned for a hire: it "has a team, role and level but no one in it", §12.4.6, so nobody takes
 * its turns until it is filled and the people there share the load), `not-on-call`
 * (`onCall: false`, any coverage), `no-out-of-hours` (`onCallOutsideBusinessHours: false` on a
 * rotation whose hours reach outside business hours, §12.10.1); undefined for a member who takes
 * turns.
 */
export type TurnExcuse = 'open-position' | 'not-on-call' | 'no-out-of-hours';

export function turnExcuse(
  model: CompiledModel,
  rotation: Rotation,
  member: string,
): TurnExcuse | undefined {
  const person = model.people.get(member);
  if (person?.spec.openPosition === true) return 'open-position';
  if (isOffCall(person)) return 'not-on-call';
  if (
    reachesOutsideBusinessHours(rotation.spec.coverage) &&
    !takesOnCallOutsideBusinessHours(person)
  )
    return 'no-out-of-hours';
  return undefined;
}

/**
 * Whether a person would take turns of a rotation if they joined it (`turnExcuse` excuses them
 * from none): the test for sending someone to a rotation they are not on yet. A senior SRE who
 * takes no on-call outside business hours (§12.10.1) fills no seat of a 24x7 pager, so no plan
 * sends her to grow one or to share a round-the-clock team's on-call.
 */
export function wouldTakeTurns(model: CompiledModel, rotation: Rotation, person: string): boolean {
  return turnExcuse(model, rotation, person) === undefined;
}

/**
 * Whether a person can share a development team's on-call (§12.4.1): take turns of a rotation that
 * covers one of its services (`wouldTakeTurns`); with no such rotation, the round-the-clock cover
 * a demanding service needs (§12.6), so an open position, someone off call or someone taking no
 * on-call outside business hours cannot.
 */
export function canShareOnCallOf(model: CompiledModel, team: string, person: string): boolean {
  const rotations = model.index
    .servicesOwnedBy(team)
    .flatMap((s) => model.index.rotationsCovering(s.name));
  if (rotations.length > 0) return rotations.some((r) => wouldTakeTurns(model, r, person));
  const p = model.people.get(person);
  return p?.spec.openPosition !== true && !isOffCall(p) && takesOnCallOutsideBusinessHours(p);
}

/**
 * The members of a rotation who take its turns, once each, in the rotation's order: every member
 * but those `turnExcuse` excuses — open positions (nobody yet), people not on call (`onCall: false`: a developer on parental
 * leave is not paged), and, on a rotation whose hours reach outside business hours, those who take
 * no on-call outside business hours (§12.10.1). The one answer for sizing (`rotation-too-small`,
 * `staffing`, `oncall-cost`, `plan`), on-call load, follow-the-sun sites and the schedule, which
 * gives the others no turn there.
 */
export function rotationTurnTakers(model: CompiledModel, rotation: Rotation): readonly string[] {
  return [...new Set(rotation.spec.members)].filter(
    (m) => turnExcuse(model, rotation, m) === undefined,
  );
}

/** The members of a rotation who take none of its turns (see `rotationTurnTakers`), in order. */
export function rotationMembersExcused(
  model: CompiledModel,
  rotation: Rotation,
): readonly string[] {
  return [...new Set(rotation.spec.members)].filter(
    (m) => turnExcuse(model, rotation, m) !== undefined,
  );
}
