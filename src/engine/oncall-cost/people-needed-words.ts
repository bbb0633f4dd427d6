import { plural } from '../change/plural.ts';

/** What the words need of a design's rotation: its size by the sizing rule and who staffs it. */
interface Sized {
  readonly name: string;
  readonly peopleNeeded: number;
  /** Another company that staffs it under contract (`rotationProvider`), if any. */
  readonly provider?: { readonly displayName: string } | null | undefined;
}

/** The seats of a design's rotations another company staffs under contract (§12.4.6). */
function contractSeats(rotations: readonly Sized[]): {
  readonly needed: number;
  readonly rotations: readonly string[];
  readonly providers: readonly string[];
} {
  const theirs = rotations.filter((r) => r.provider);
  return {
    needed: theirs.reduce((n, r) => n + r.peopleNeeded, 0),
    rotations: theirs.map((r) => r.name),
    providers: [...new Set(theirs.map((r) => r.provider?.displayName ?? ''))],
  };
}

/**
 * The people a design's rotations and another's need by the sizing rule, the company's own apart
 * from the seats another company staffs under contract (§12.4.6), and the words for those seats:
 * "besides the 8 of noc-first-line, which Andina NOC Services (contractor) staffs under contract
 * (§12.4.6)", or '' when no rotation of either is staffed under contract.
 */
export function peopleNeededApart(
  design: readonly Sized[],
  against: readonly Sized[],
): {
  readonly own: { readonly design: number; readonly against: number };
  /** Both designs' rotations are the company's own. */
  readonly allOwn: boolean;
  readonly contractWords: string;
} {
  const theirs = { design: contractSeats(design), against: contractSeats(against) };
  const own = {
    design: design.reduce((n, r) => n + r.peopleNeeded, 0) - theirs.design.needed,
    against: against.reduce((n, r) => n + r.peopleNeeded, 0) - theirs.against.needed,
  };
  const allOwn = theirs.design.rotations.length === 0 && theirs.against.rotations.length === 0;
  if (allOwn) return { own, allOwn, contractWords: '' };
  const names = [...new Set([...theirs.design.rotations, ...theirs.against.rotations])];
  const providers = [...new Set([...theirs.design.providers, ...theirs.against.providers])];
  const seats =
    theirs.design.needed === theirs.against.needed
      ? `the ${theirs.design.needed}`
      : `the ${theirs.design.needed} (instead of ${theirs.against.needed})`;
  return {
    own,
    allOwn,
    contractWords: `besides ${seats} of ${names.join(', ')}, which ${providers.join(' and ')} ${providers.length === 1 ? 'staffs' : 'staff'} under contract (§12.4.6)`,
  };
}

/**
 * What a design needs on its rotations against another, as `oncall-cost` and the plan's on-call
 * decision say it after "needs": "2 more people on its rotations (52 instead of 50)". The seats of
 * a rotation another company staffs are the contract's to fill, never the company's hires
 * (§12.4.6): they are said apart, so the count is the company's own and agrees with the decision
 * that the provider's shortfall is the contract's (parcel-logistics read "52 instead of 50"
 * with the contractor NOC's 8 inside, beside "noc-first-line is 2 short, for the contract … to
 * staff, not to hire").
 */
export function peopleNeededWords(design: readonly Sized[], against: readonly Sized[]): string {
  const { own, allOwn, contractWords } = peopleNeededApart(design, against);
  const on = allOwn ? 'on its rotations' : 'on its own rotations';
  const diff = own.design - own.against;
  const mine =
    diff === 0
      ? `as many people ${on} (${own.design})`
      : `${plural(Math.abs(diff), diff < 0 ? 'fewer person' : 'more person')} ${on} (${own.design} instead of ${own.against})`;
  return allOwn ? mine : `${mine}, ${contractWords}`;
}
