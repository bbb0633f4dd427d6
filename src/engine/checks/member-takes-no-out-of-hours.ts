import {
  type CompiledModel,
  personDisplayName,
  reachesOutsideBusinessHours,
  rotationMembersExcused,
  rotationTurnTakers,
  turnExcuse,
} from '../../model/index.ts';
import { type Check, type Finding, finding, listNames } from './check.ts';

/**
 * §12.10.1: on-call pay has "an aspect of social justice": single parents, people with small
 * children, may be on call differently than others. A person who takes no on-call outside
 * business hours (`onCallOutsideBusinessHours: false`) takes no turn of a 24x7 or 8x7 rotation,
 * which is sized without them (`rotationTurnTakers`); this check says so where they are listed
 * on one, and whether they have the alternative of an office-hours (8x5) rotation, so that the
 * others' larger share of the nights is a decision, not an accident. A member who is not on call
 * at all (`onCall: false`: on leave, not on call yet) takes no turn of any rotation, whatever its
 * coverage: this check names them too, so that a rotation sized without someone it lists is
 * never a surprise. Nor is an open position (§12.4.6: "a team, role and level but no one in it"):
 * the seat planned for a hire takes no turn until it is filled, and this check says who carries
 * its share meanwhile.
 */
export const memberTakesNoOutOfHours: Check = {
  code: 'member-takes-no-out-of-hours',
  severity: 'info',
  section: '§12.10.1',
  summary:
    'a member of a rotation on call outside business hours (24x7, 8x7) who takes no on-call outside business hours, or a member of any rotation who is not on call (`onCall: false`) or is an open position: they take none of its turns, it is sized without them, and the others carry their share',
  run: ({ model }) => excusedMembersFindings(model),
};

function excusedMembersFindings(model: CompiledModel): Finding[] {
  const onOfficeHours = new Set(
    [...model.rotations.values()]
      .filter((r) => !reachesOutsideBusinessHours(r.spec.coverage))
      .flatMap((r) => r.spec.members),
  );
  return [...model.rotations.values()].flatMap((rotation) => {
    const excused = rotationMembersExcused(model, rotation);
    if (excused.length === 0) return [];
    const takers = rotationTurnTakers(model, rotation).length;
    const names = (people: readonly string[]) =>
      listNames(people.map((p) => personDisplayName(model, p)));
    const offCall = excused.filter((p) => turnExcuse(model, rotation, p) === 'not-on-call');
    const noNights = excused.filter((p) => turnExcuse(model, rotation, p) === 'no-out-of-hours');
    const open = excused.filter((p) => turnExcuse(model, rotation, p) === 'open-position');
    const sentences: string[] = [];
    if (noNights.length > 0) {
      const without = noNights.filter((p) => !onOfficeHours.has(p));
      const alternative =
        without.length === 0
          ? `${noNights.length === 1 ? 'They are' : 'Each is'} on an office-hours rotation as well.`
          : `Give ${names(without)} an alternative: a place on an office-hours (8x5) rotation, or other work in its stead.`;
      sentences.push(
        `Rotation ${rotation.name} is on call ${rotation.spec.coverage}, outside business hours, and lists ${names(noNights)}, who ${noNights.length === 1 ? 'takes' : 'take'} no on-call outside business hours: the schedule gives them none of its turns and it is sized with the ${takers} who take them, who carry the rest (§12.10.1). ${alternative} Pay those who take the nights as the policy says; the chapter allows paying people differently by their situation.`,
      );
    }
    if (offCall.length > 0) {
      const one = offCall.length === 1;
      sentences.push(
        `Rotation ${rotation.name} lists ${names(offCall)}, who ${one ? 'is' : 'are'} not on call (\`onCall: false\`: on leave, or not on call yet): the schedule gives them none of its turns and it is sized with the ${takers} who take them, who carry the rest until they are back (§12.9.5). Set \`onCall\` when they are back, or take them off the rotation.`,
      );
    }
    if (open.length > 0) {
      const one = open.length === 1;
      sentences.push(
        `Rotation ${rotation.name} lists ${names(open)}, ${one ? 'an open position' : 'open positions'} nobody fills yet: the schedule gives ${one ? 'it' : 'them'} none of its turns and it is sized with the ${takers} who take them, who carry the rest until the hire joins (§12.4.6, §12.9.5).`,
      );
    }
    return [
      finding(
        memberTakesNoOutOfHours,
        { kind: 'Rotation', name: rotation.name },
        sentences.join(' '),
      ),
    ];
  });
}
