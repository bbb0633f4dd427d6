import { type CompiledModel, isPractisingSre, type Person } from '../../model/index.ts';
import { selectPolicy } from '../compensation/index.ts';
import { businessHoursOf } from '../coverage-hours/index.ts';
import { overloadedPeople } from '../staffing/on-call-load.ts';
import { type Check, finding } from './check.ts';
import { onCallLoadWords } from './on-call-load-words.ts';

/**
 * §12.1: time to make tomorrow better than today; §12.9.5: developers on a rotation practise the
 * SRE role while on call and build the rest of the time. Everyone staffing's overload list names
 * (`overloadedPeople`: on call more than a quarter of their time over all their rotations) whom
 * `sre-overload` does not — developers, operations engineers, managers, SRE titles without
 * practice — so `check`, `staffing` and the plan name the same people on the same figures.
 */
export const onCallOverload: Check = {
  code: 'on-call-overload',
  severity: 'warning',
  section: '§12.1, §12.9.5',
  summary:
    'a developer, operations engineer or anyone else who is not an SRE in place, on call more than a quarter of their time over all their rotations (as staffing counts it): too little time left to build and to make tomorrow better',
  run: ({ model }) => overloadFindings(model),
};

function overloadFindings(model: CompiledModel): ReturnType<Check['run']> {
  const selected = selectPolicy(model);
  const businessHours = businessHoursOf(selected.ok ? selected.policy?.spec : undefined);
  return overloadedPeople(model, businessHours).flatMap((load) => {
    const person = model.people.get(load.person);
    // Practising SREs are `sre-overload`'s, which adds their support hours.
    if (person !== undefined && isPractisingSre(person)) return [];
    const who = person === undefined ? null : roleWords(person);
    return [
      finding(
        onCallOverload,
        { kind: 'Person', name: load.person },
        `${onCallLoadWords(load)}${who ? `, ${who}` : ''}. Beyond a quarter of their time on call, too little is left to build and to make tomorrow better than today (§12.1): grow the rotation, or spread the load over more people or fewer rotations per person.`,
      ),
    ];
  });
}

/** Who they are, in the words of the section that puts them on call. */
function roleWords(person: Person): string | null {
  switch (person.spec.role) {
    case 'developer':
      return 'a developer practising the SRE role on rotation (§12.9.5)';
    case 'ops-engineer':
      return 'an operations engineer';
    case 'manager':
      return 'a manager';
    case 'infrastructure-sre':
      return 'an SRE infrastructure engineer';
    case 'sre-infrastructure-po':
      return 'the SRE infrastructure product owner';
    case 'sre':
    case 'application-sre':
    case 'platform-sre':
      return 'with an SRE title and no SRE practice yet (§12.9.4)';
    default:
      return null;
  }
}
