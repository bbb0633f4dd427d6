import type { Coverage } from '../../model/index.ts';
import { plural } from '../change/plural.ts';
import { contractShortWords } from '../staffing/contract-staffing.ts';
import type { DesignRotation, TeamPeople } from './design-rotation.ts';

/** A rotation of a design with fewer people who can be on call than the sizing rule needs. */
export interface RotationShortOfPeople {
  readonly rotation: string;
  readonly coverage: Coverage;
  /** The team whose people take its turns; null for a rotation of today kept with its members. */
  readonly team: string | null;
  readonly people: number;
  /** Of `people`, the SREs the plan sends to share the team's on-call (§12.4.1). */
  readonly joining: number;
  readonly needed: number;
  /**
   * Another company that staffs it under contract (`rotationProvider`), by the name a reader
   * knows: its shortfall is the contract's to staff, not people to hire or move in (§12.4.6).
   */
  readonly provider: string | null;
}

/** A design rotation as the engine holds it and as JSON carries it (absent values are null). */
type Sized = Pick<DesignRotation, 'name' | 'coverage' | 'peopleNeeded'> & {
  readonly members?: number | null | undefined;
  readonly team?: TeamPeople | null | undefined;
  readonly staffedFrom?: { readonly people: number } | null | undefined;
  readonly provider?: { readonly displayName: string } | null | undefined;
};

/**
 * The rotations of a design short of people by the sizing rule (§12.6), as `rotation-too-small`
 * would find them once the design is the model: a team rotation counts its team's people who can
 * be on call, and the SRE the plan sends to share its on-call (`TeamPeople.joining`); a rotation of today it keeps or
 * extends counts its members; a thin layer it proposes, the people who staff it (`staffedFrom`). A
 * rotation the design proposes across a domain is staffed from several teams the design does not
 * count, so it is not judged here.
 */
export function rotationsShortOfPeople(rotations: readonly Sized[]): RotationShortOfPeople[] {
  return rotations.flatMap((r) => {
    const team = r.team ?? null;
    const joining = team === null ? 0 : team.joining;
    const people = team !== null ? team.people + joining : (r.staffedFrom?.people ?? r.members);
    if (people === null || people === undefined || people >= r.peopleNeeded) return [];
    return [
      {
        rotation: r.name,
        coverage: r.coverage,
        team: team?.name ?? null,
        people,
        joining,
        needed: r.peopleNeeded,
        provider: r.provider?.displayName ?? null,
      },
    ];
  });
}

/**
 * "service-desk 24x7 has 5 people and needs 8 by the sizing rule (3 short)": what a rotation
 * would still need, said the same by `oncall-cost` and the plan. A team rotation's people are the
 * team's who can be on call and the SRE the plan sends to share its on-call, said apart: the SRE
 * is not in the team yet (often a hire), and "5 people of team field-mobility" read as the team's
 * own five where `oncall-cost` counts four (§12.4.1).
 */
export function shortOfPeopleWords(short: readonly RotationShortOfPeople[]): string {
  return short
    .map(
      (s) =>
        `${s.rotation} ${s.coverage} has ${peopleWords(s.people)}${teamWords(s)} and needs ${s.needed} by the sizing rule (${s.provider === null ? `${s.needed - s.people} short` : contractShortWords({ rotation: s.rotation, provider: s.provider, current: s.people, needed: s.needed })})`,
    )
    .join('; ');
}

function peopleWords(n: number): string {
  return plural(n, 'person');
}

function teamWords(s: RotationShortOfPeople): string {
  if (s.team === null) return '';
  if (s.joining === 0) return ` of team ${s.team}`;
  const sres = s.joining === 1 ? 'the SRE' : `the ${s.joining} SREs`;
  return ` (${s.people - s.joining} of team ${s.team} who can be on call, and ${sres} the plan sends to share its on-call, once they join)`;
}
