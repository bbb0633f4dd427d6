import { displayMoney, type Money, subtractMoney, sumMoney, zero } from '../money/index.ts';
import type { Design, DesignRotation, SharedOnCall } from './design-rotation.ts';
import type { DesignCost, RotationCost } from './price-design.ts';

/** What one change of a design does against today, in people needed and in pay per month. */
export interface DesignChange {
  /** The note that says it, ending with its figures against today. */
  readonly note: string;
  /** People needed by the sizing rule, the design's less today's. */
  readonly people: number;
  /** Pay per average month, the design's less today's: standby, or incident work for `incidents`. */
  readonly pay: Money;
  readonly kind: 'standby' | 'incidents';
}

/** How every change note says its figures: after this, people and pay against today. */
export const AGAINST_TODAY = 'against today:';

/**
 * Every change a design makes to today's rotations, each said once with its people and pay
 * against today, so that they add up to the headline (`compare`): the notes that explain a
 * change (`Design.changes`) carry the figures of the rotations they name, SREs joining the
 * developers' rotation (§12.4.1) theirs, and every other rotation dropped, added or kept with
 * other services gets a line of its own. Incident pay moves with the hours each design covers:
 * one line more. The design's other notes (why a service sits where it does) stay as they are.
 */
export function designChanges(options: {
  readonly design: Design;
  readonly current: DesignCost;
  readonly optimized: DesignCost;
}): { readonly notes: readonly string[]; readonly changes: readonly DesignChange[] } {
  const { design, current, optimized } = options;
  const currency = optimized.monthlyCost.currency;
  const today = new Map(current.rotations.map((r) => [r.name, r]));
  const designed = new Map(optimized.rotations.map((r) => [r.name, r]));
  const claimed = new Set<string>();
  const changes: DesignChange[] = [];
  const change = (note: string, names: readonly string[]): string => {
    const mine = [...new Set(names)].filter(
      (n) => !claimed.has(n) && (today.has(n) || designed.has(n)),
    );
    for (const n of mine) claimed.add(n);
    const people = (m: Map<string, RotationCost>) =>
      mine.reduce((n, name) => n + (m.get(name)?.peopleNeeded ?? 0), 0);
    const standby = (m: Map<string, RotationCost>) =>
      sumMoney(
        mine.map((name) => m.get(name)?.standbyCost ?? zero(currency)),
        currency,
      );
    const before = people(today);
    const after = people(designed);
    const pay = subtractMoney(standby(designed), standby(today));
    // Pay in other currencies (people paid by their own policy, §12.9.5): said, never added.
    const standbyIn = (m: Map<string, RotationCost>, c: string) =>
      sumMoney(
        mine.flatMap((name) => m.get(name)?.standbyCosts.filter((x) => x.currency === c) ?? []),
        c,
      );
    const others = otherCurrencies(
      mine.flatMap((name) => [
        ...(today.get(name)?.standbyCosts ?? []),
        ...(designed.get(name)?.standbyCosts ?? []),
      ]),
      currency,
    ).map((c) => subtractMoney(standbyIn(designed, c), standbyIn(today, c)));
    const said = `${note}; ${AGAINST_TODAY} ${peopleAgainst(before, after)} and ${payAgainst(pay, 'standby', others)}`;
    changes.push({ note: said, people: after - before, pay, kind: 'standby' });
    return said;
  };

  const explained = new Map((design.changes ?? []).map((c) => [c.note, c.rotations]));
  const notes = optimized.notes.map((note) => {
    const rotations = explained.get(note);
    return rotations === undefined ? note : change(note, rotations);
  });
  for (const shared of design.shared ?? []) {
    notes.push(change(sharedNote(shared, current), [shared.rotation, ...shared.joins]));
  }

  const thin = optimized.rotations.filter((r) => r.type === 'thin-layer');
  // The design's rotations of each service, by position, found once: a large organization drops
  // and keeps thousands of rotations, and scanning every rotation for each was quadratic.
  const positionsOf = (rotations: readonly RotationCost[]) => {
    const of = new Map<string, number[]>();
    rotations.forEach((d, i) => {
      for (const s of d.services) {
        const list = of.get(s);
        if (list === undefined) of.set(s, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    });
    return of;
  };
  const teamAndDomain = optimized.rotations.filter((d) => d.type !== 'thin-layer');
  const teamAndDomainOf = positionsOf(teamAndDomain);
  const thinOf = positionsOf(thin);
  const covering = (
    of: ReadonlyMap<string, readonly number[]>,
    services: readonly string[],
  ): number[] => [...new Set(services.flatMap((s) => of.get(s) ?? []))].sort((a, b) => a - b);
  // Where services a rotation no longer covers are now: the design's other rotations for them.
  const onNow = (services: readonly string[], except: string) => {
    const on = covering(teamAndDomainOf, services)
      .map((i) => (teamAndDomain[i] as RotationCost).name)
      .filter((name) => name !== except);
    return on.length > 0 ? ` (now on ${on.join(', ')})` : '';
  };
  const newThin = thin.some((r) => !today.has(r.name));
  for (const r of current.rotations) {
    if (claimed.has(r.name) || designed.has(r.name)) continue;
    const to = [
      ...new Set(
        covering(teamAndDomainOf, r.services).map((i) => (teamAndDomain[i] as RotationCost).name),
      ),
    ];
    const first = covering(thinOf, r.services)[0];
    const behind = first === undefined ? undefined : thin[first];
    const where =
      to.length > 0
        ? `: its services go to ${to.join(', ')}${behind ? `, behind ${behind.name}` : ''}`
        : '';
    notes.push(
      change(`drop ${r.name} (${r.coverage}, ${r.members ?? 0} members)${where}`, [r.name]),
    );
  }
  for (const r of optimized.rotations) {
    if (claimed.has(r.name)) continue;
    const was = today.get(r.name);
    if (was === undefined) {
      notes.push(
        change(
          r.type === 'thin-layer'
            ? `add ${r.name} (${r.coverage}), a thin layer that receives the SLO breaches of ${r.services.length} services, reacts with runbooks and forwards the rest to the team and domain rotations (§12.6)${staffedWords(r)}`
            : `add ${r.name} (${r.coverage}) for ${r.services.join(', ')}`,
          [r.name],
        ),
      );
      continue;
    }
    // Sets: a thin layer covers every service it receives (50,000 at 10,000 teams).
    const now = new Set(r.services);
    const before = new Set(was.services);
    const lost = was.services.filter((s) => !now.has(s));
    const gained = r.services.filter((s) => !before.has(s));
    const behindNew = newThin && r.type !== 'thin-layer';
    const same =
      r.peopleNeeded === was.peopleNeeded &&
      r.standbyCost.minor === was.standbyCost.minor &&
      JSON.stringify(r.standbyCosts) === JSON.stringify(was.standbyCosts);
    if (same && lost.length === 0 && gained.length === 0 && !behindNew) continue;
    // What it keeps, then what it loses and gains: "for a, b, now also for b" said b twice.
    const kept = r.services.filter((s) => before.has(s));
    const parts = [
      `keep ${r.name} (${r.coverage})${kept.length > 0 ? ` for ${kept.join(', ')}` : ''}`,
      ...(lost.length > 0 ? [`no longer for ${lost.join(', ')}${onNow(lost, r.name)}`] : []),
      ...(gained.length > 0 ? [`now also for ${gained.join(', ')}`] : []),
      ...(behindNew ? ['behind the new thin layer'] : []),
    ];
    notes.push(change(parts.join(', '), [r.name]));
  }

  const incidents = subtractMoney(optimized.cost.incidents, current.cost.incidents);
  const incidentsIn = (d: DesignCost, c: string) =>
    d.byCurrency.find((x) => x.currency === c)?.incidents ?? zero(c);
  const otherIncidents = otherCurrencies(
    [...current.byCurrency, ...optimized.byCurrency].map((x) => x.incidents),
    currency,
  ).map((c) => subtractMoney(incidentsIn(optimized, c), incidentsIn(current, c)));
  const hours = (h: number) => Math.round(h * 100) / 100;
  if (
    incidents.minor !== 0 ||
    otherIncidents.some((m) => m.minor !== 0) ||
    hours(optimized.incidentOffHoursPerMonth) !== hours(current.incidentOffHoursPerMonth)
  ) {
    const said = `incident work outside business hours: ${hours(optimized.incidentOffHoursPerMonth)} h per month instead of ${hours(current.incidentOffHoursPerMonth)} h, paid wherever a rotation of the design covers a service outside business hours; ${AGAINST_TODAY} ${payAgainst(incidents, 'incident', otherIncidents)}`;
    changes.push({ note: said, people: 0, pay: incidents, kind: 'incidents' });
    notes.push(said);
  }
  return { notes, changes };
}

function peopleAgainst(before: number, after: number): string {
  const d = after - before;
  if (d === 0) return `as many people needed (${after})`;
  const instead = before > 0 ? ` (${after} instead of ${before})` : '';
  const n = Math.abs(d);
  return `${n} ${d > 0 ? 'more' : 'fewer'} ${n === 1 ? 'person' : 'people'} needed${instead}`;
}

/**
 * The pay a change adds or frees: in the default currency, then in any other its people are paid
 * in, each in its own (no exchange rates).
 */
function payAgainst(
  pay: Money,
  kind: 'standby' | 'incident',
  others: readonly Money[] = [],
): string {
  const moved = [pay, ...others].filter((m) => m.minor !== 0);
  if (moved.length === 0) return `the same ${kind} pay`;
  const parts = moved.map(
    (m) => `${displayMoney({ ...m, minor: Math.abs(m.minor) })} ${m.minor > 0 ? 'more' : 'less'}`,
  );
  return `${parts.join(' and ')} ${kind} pay per month`;
}

/** The currencies of `amounts` other than `first`, by code. */
function otherCurrencies(amounts: readonly Money[], first: string): string[] {
  return [...new Set(amounts.map((m) => m.currency))].filter((c) => c !== first).sort();
}

/** How a note of the optimized design that has SREs share the developers' rotation begins. */
export const SHARES = 'share one rotation';

/**
 * SREs joining the developers' rotation (§12.4.1): who joins whom, and the standby their own
 * rotation of today stood (its pay is the figure the note ends with).
 */
function sharedNote(shared: SharedOnCall, current: DesignCost): string {
  const gone = current.rotations.filter((r) => shared.joins.includes(r.name));
  const hours = gone.reduce((n, r) => n + r.standbyHoursPerMonth.outside, 0);
  const together = shared.developers + shared.sres;
  // A spare SRE the plan sends elsewhere is counted there only: say where, so the count adds up.
  const away =
    shared.sentAway.length === 0
      ? ''
      : ` (${shared.sentAway.map((a) => `${a.sre} joins ${a.to}`).join(', ')} instead, free for another team: the plan sends them to share that team’s on-call)`;
  return `${SHARES} (§12.4, §12.4.1: the SRE team runs "a shared on-call rotation" with the developers): the ${shared.sres} SREs of ${shared.joins.join(', ')} join ${shared.rotation} (${shared.developers} members) for ${shared.services.join(', ')}${away}, ${together} members on one rotation instead of ${1 + gone.length}, no longer standing by ${Math.round(hours * 100) / 100} h a month outside business hours on ${shared.joins.join(', ')}; each member is on call about one turn in ${together} instead of one in ${shared.developers} (developers) or ${shared.sres} (SREs)`;
}

/**
 * Who takes a proposed thin layer's turns, said with the addition: "staffed by operations team
 * ops (5 people, 8 needed: 3 short)" or "staffed by the 28 people of discovery-oncall, … whose
 * nights it takes (teams …)".
 */
function staffedWords(r: DesignRotation): string {
  const staff = r.staffedFrom;
  if (staff === undefined) return '';
  const short =
    staff.people < r.peopleNeeded ? `; ${r.peopleNeeded - staff.people} short, to hire` : '';
  if (staff.from === 'operations')
    return `; staffed by operations team${staff.teams.length === 1 ? '' : 's'} ${staff.teams.join(', ')} (${staff.people} ${staff.people === 1 ? 'person' : 'people'} who can be on call, ${r.peopleNeeded} needed${short})`;
  if (staff.people === 0) return `; nobody to staff it: ${r.peopleNeeded} to hire`;
  return `; staffed by the ${staff.people} people of ${staff.rotations.join(', ')}, whose nights it takes as they go to office hours (teams ${staff.teams.join(', ')}; ${r.peopleNeeded} needed${short})`;
}
