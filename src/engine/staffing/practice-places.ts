import type { CompiledModel as Model, SreLevel } from '../../model/index.ts';
import { modelSites } from '../sites/index.ts';
import type { HeadcountByRole } from './headcount-by-role.ts';
import type { Hire } from './hiring-list.ts';
import type { LimitIfHired } from './promotions.ts';
import { siteNameOf } from './sites.ts';

/** Someone with an SRE title and no SRE practice, offered a junior SRE place (§12.9.4). */
export interface PracticeCandidate {
  readonly person: string;
  readonly name: string;
  /** Their site, where the place they can take is. */
  readonly location: string;
  /** The level their title names, which their practice does not back yet. */
  readonly title: SreLevel | null;
  readonly experienceYears: number | null;
  /** Offered one of the junior places the hiring list had at their site; false when none is left there. */
  readonly offered: boolean;
}

/**
 * Junior SRE places offered, before anyone is hired, to the people who hold an SRE title without
 * SRE practice (re-titled operations engineers, `withoutPractice`). §12.9.4: people moving to SRE
 * from another discipline, IT administration included, need a transition path; they begin
 * practising SRE on real services before the role is assigned, and the role is assigned once they
 * have shown they can. A junior place is where that practice happens (§12.10.2: junior SREs are
 * counted per development team). Each takes a junior place at their own site; the hiring list
 * hires only the rest. They are in the head count and the salaries already, so the funding counts
 * no new head for them.
 */
export interface PracticePlaces {
  readonly level: 'junior';
  /** Junior places nobody held before the offer: what the hiring list would have hired. */
  readonly hires: number;
  /** Of those, the places offered to them: the hiring list hires only the rest. */
  readonly offered: number;
  /** Best placed first: those offered a place, then by experience. */
  readonly candidates: readonly PracticeCandidate[];
  /** The head count limits hiring instead would break (§12.4.6): what rides on the offer. */
  readonly limitsIfHired: readonly LimitIfHired[];
}

/**
 * The junior places of the hiring list (`gaps`) that the people without SRE practice at the same
 * site can take (§12.9.4). Undefined when nobody holds an SRE title without practice, or the
 * hiring list hires no junior.
 */
export function practicePlaces(
  model: Model,
  headcount: HeadcountByRole,
  gaps: readonly Hire[],
): Omit<PracticePlaces, 'limitsIfHired'> | undefined {
  const juniors = gaps.filter((h) => h.level === 'junior');
  const hires = juniors.reduce((n, h) => n + h.count, 0);
  if (hires === 0 || headcount.withoutPractice.length === 0) return undefined;
  const sites = modelSites(model);
  const left = new Map<string, number>();
  for (const h of juniors) left.set(h.location, (left.get(h.location) ?? 0) + h.count);
  const people = headcount.withoutPractice.flatMap((name) => {
    const person = model.people.get(name);
    return person ? [person] : [];
  });
  // The most experienced first: the places at a site go to those who bring the most to them.
  people.sort(
    (a, b) =>
      (b.spec.experienceYears ?? 0) - (a.spec.experienceYears ?? 0) || a.name.localeCompare(b.name),
  );
  const candidates = people.map((person): PracticeCandidate => {
    const location = siteNameOf(sites, person.name);
    const places = left.get(location) ?? 0;
    if (places > 0) left.set(location, places - 1);
    return {
      person: person.name,
      name: person.spec.displayName ?? person.metadata.displayName ?? person.name,
      location,
      title: person.spec.level ?? null,
      experienceYears: person.spec.experienceYears ?? null,
      offered: places > 0,
    };
  });
  candidates.sort((a, b) => Number(b.offered) - Number(a.offered));
  return {
    level: 'junior',
    hires,
    offered: candidates.filter((c) => c.offered).length,
    candidates,
  };
}

/** The hiring list once the people offered junior places take them: fewer juniors where they work. */
export function hiresAfterPractice(
  gaps: readonly Hire[],
  practice: Pick<PracticePlaces, 'candidates'> | undefined,
): Hire[] {
  if (!practice) return [...gaps];
  const taken = new Map<string, number>();
  for (const c of practice.candidates)
    if (c.offered) taken.set(c.location, (taken.get(c.location) ?? 0) + 1);
  return gaps.flatMap((h) => {
    if (h.level !== 'junior') return [h];
    const n = Math.min(h.count, taken.get(h.location) ?? 0);
    taken.set(h.location, (taken.get(h.location) ?? 0) - n);
    const reason = `${h.reason}; ${n} of the ${h.count} place${h.count === 1 ? '' : 's'} offered to people with an SRE title and no practice yet (§12.9.4)`;
    return h.count - n > 0 ? [{ ...h, count: h.count - n, reason: n > 0 ? reason : h.reason }] : [];
  });
}

/** "Frank Petersen, Petra Bruhn and Silke Harms". */
function names(list: readonly string[]): string {
  return list.length <= 1
    ? (list[0] ?? '')
    : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/**
 * The people offered places, each group by the title the model gives them: "Gary Lowe (SRE
 * title, no level), Craig Ellis and Leanne Shaw (junior SRE titles)". A title with no level is
 * said as such, never counted as a junior one.
 */
function titled(people: readonly PracticeCandidate[]): string {
  const groups = new Map<SreLevel | null, string[]>();
  for (const c of people) groups.set(c.title, [...(groups.get(c.title) ?? []), c.name]);
  return [...groups]
    .map(([title, who]) => {
      const s = who.length === 1 ? '' : 's';
      return `${names(who)} (${title === null ? `SRE title${s}, no level` : `${title} SRE title${s}`})`;
    })
    .join(', ');
}

/**
 * The offer as the hiring list states it, for `staffing` and `plan` alike: who is offered which
 * places, from when (`practiceStartWords`), what they do in them, and what the hiring list hires
 * instead (§12.9.4).
 */
export function practiceOffer(
  practice: Pick<PracticePlaces, 'hires' | 'offered' | 'candidates'>,
  start: string | null = null,
): string {
  const offered = practice.candidates.filter((c) => c.offered);
  const rest = practice.candidates.filter((c) => !c.offered);
  const n = practice.offered;
  const where = [...new Set(offered.map((c) => c.location))];
  const left = practice.hires - n;
  return `Offer ${n} junior SRE place${n === 1 ? '' : 's'} before hiring (§12.9.4) to the people who hold an SRE title without SRE practice: ${titled(offered)}, at ${names(where)}${start ? `, ${start}` : ''}. They practise SRE on real services in those places, and the SRE role is assigned once they have shown they can apply its principles and practices; they are in the head count and the salaries already. The hiring list hires ${left === 0 ? 'no junior' : `the other ${left} junior place${left === 1 ? '' : 's'}`}, and a place whose offer is declined is hired for.${rest.length > 0 ? ` No junior place is left at the site of ${names(rest.map((c) => c.name))}.` : ''}`;
}

/** The offer as one side of the hiring decision: "4 people hold an SRE title …". */
export function practiceTradeOff(
  practice: Pick<PracticePlaces, 'hires' | 'offered' | 'candidates'>,
): string {
  const offered = practice.candidates.filter((c) => c.offered);
  const n = practice.offered;
  return `${offered.length} ${offered.length === 1 ? 'person holds' : 'people hold'} an SRE title without SRE practice (${names(offered.map((c) => c.name))}): offered junior SRE places, they practise SRE on real services before the role is assigned (§12.9.4), filling ${n} of the ${practice.hires} junior places without a hire`;
}
