import { addMoney, displayMoney, type Money, moneyFromMajor } from '../money/index.ts';
import { inRotationSeats } from './in-rotation-seats.ts';
import type { SurplusFigures } from './sre-surplus.ts';
import {
  type FreeSre,
  freeSresOf,
  type SeatsTaken,
  type SurplusAllocation,
  type SurplusPlaces,
  surplusAllocation,
} from './surplus-allocation.ts';

/** What the SRE team table says (§12.4.1). */
export interface SreTeamFigures {
  readonly developmentTeams: readonly string[];
  readonly needed: number;
  readonly current: number;
  readonly sreTeams: readonly string[];
}

const capitalized = (text: string) => text.replace(/^./, (c) => c.toUpperCase());

const sres = (n: number, level: string) => `${n} ${level} SRE${n === 1 ? '' : 's'}`;

function and(list: readonly string[]): string {
  return list.length <= 1
    ? (list[0] ?? '')
    : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** `"1234.50"` EUR → `"1,234.50 EUR"`: every amount one way, as every command prints money. */
function shown(money: SurplusFigures['annualCost']): string {
  return displayMoney(moneyFromMajor(Number(money.amount), money.currency));
}

/**
 * The spare SREs' salaries a year: in the model's currency, and beside it what is paid in others,
 * each in its own currency, unconverted — never "0.00 USD" for SREs paid in rupees.
 */
function yearly(s: SurplusFigures): string {
  const other = s.annualCostOther.map(shown);
  if (other.length === 0) return shown(s.annualCost);
  const inModel = Number(s.annualCost.amount) === 0 ? [] : [shown(s.annualCost)];
  return and([...inModel, ...other]);
}

/**
 * The free SREs no placement takes (`SurplusPlaces.left`: no short rotation's seat, no team the
 * run-model decision assigns them to), by level, with their yearly salaries said as `yearly` says
 * them: "1 senior SRE (Marc Leblanc)", "160,000.00 CAD". Growth room is what is left once the
 * placements are made, never someone they already send somewhere (streaming-media offered to keep
 * "1 junior SRE … as growth room" beside sending that junior, Ravi Patel, to drm's on-call).
 */
function leftOver(s: SurplusFigures, left: readonly FreeSre[]): { who: string; cost: string } {
  const levelOf = (sre: string) => s.byLocation.find((b) => b.free.includes(sre));
  const levels = s.levels.flatMap((l) => {
    const of = left.filter((p) => levelOf(p.sre)?.level === l.level);
    return of.length === 0 ? [] : [`${sres(of.length, l.level)} (${and(of.map((p) => p.shown))})`];
  });
  const byCurrency = new Map<string, Money>();
  for (const p of left) {
    const each = levelOf(p.sre)?.annualEach;
    if (each === undefined) continue;
    const m = moneyFromMajor(Number(each.amount), each.currency);
    const sum = byCurrency.get(m.currency);
    byCurrency.set(m.currency, sum === undefined ? m : addMoney(sum, m));
  }
  // The model's currency first, then the others as they are paid: never converted.
  const model = s.annualCost.currency;
  const amounts = [...byCurrency.values()].sort(
    (a, b) =>
      Number(b.currency === model) - Number(a.currency === model) ||
      a.currency.localeCompare(b.currency),
  );
  return { who: and(levels), cost: and(amounts.map(displayMoney)) };
}

/**
 * Whether there is anything to decide: SREs beyond what the organization needs, SREs the hiring
 * list counts on at another site, or SRE teams beyond §12.4.1. SREs in places of the level below
 * or promoted are the hiring decision's.
 */
export function hasSurplus(s: SurplusFigures): boolean {
  return s.sreTeams > 0 || s.levels.some((l) => l.spare > 0 || l.redeploy > 0);
}

/**
 * The surplus by site and level and where it goes, said once for `staffing`, the plan's staffing
 * section and its decision: "Beyond their site’s places (§12.10.2): junior SREs 4 at Singapore and
 * 5 at New York … That leaves 5 junior SREs beyond what the organization needs …".
 */
export function surplusStatement(s: SurplusFigures, teams: SreTeamFigures): string {
  const parts: string[] = [];
  if (s.byLocation.length > 0) {
    // A rotation's seats at a site are its places too (§12.6): those in them are said apart.
    const perLevel = (n: (b: SurplusFigures['byLocation'][number]) => number) =>
      s.levels.flatMap((l) => {
        const at = s.byLocation.filter((b) => b.level === l.level && n(b) > 0);
        const total = at.reduce((x, b) => x + n(b), 0);
        return at.length === 0
          ? []
          : [
              `${l.level} SRE${total === 1 ? '' : 's'} ${and(at.map((b) => `${n(b)} at ${b.location}`))}`,
            ];
      });
    const beyondPlaces = perLevel((b) => b.count - b.onRotations);
    const inSeats = perLevel((b) => b.onRotations);
    const seated = s.byLocation.reduce((n, b) => n + b.onRotations, 0);
    const seatRotations = [
      ...new Set(s.byLocation.filter((b) => b.onRotations > 0).flatMap((b) => b.rotations)),
    ].sort();
    if (beyondPlaces.length > 0)
      parts.push(`Beyond their site’s places (§12.10.2): ${beyondPlaces.join('; ')}.`);
    if (inSeats.length > 0)
      parts.push(
        `${capitalized(inRotationSeats(seated, seatRotations.length))} (§12.6: ${and(seatRotations)}), which the §12.10.2 table does not count: ${inSeats.join('; ')}.`,
      );
    const counted = s.levels.flatMap((l) => {
      if (l.redeploy === 0) return [];
      const places = s.redeployTo.filter((p) => p.level === l.level);
      return [
        `${l.redeploy} of the ${l.level} SREs for the ${and(places.map((p) => `${p.places} ${l.level} place${p.places === 1 ? '' : 's'} nobody holds at ${p.location}`))}`,
      ];
    });
    const goes = [
      ...(counted.length > 0
        ? [`the hiring list counts ${and(counted)} and hires none there (redeploy first)`]
        : []),
      ...s.levels.flatMap((l) =>
        l.holdingBelow > 0
          ? [
              `${sres(l.holdingBelow, l.level)} ${l.holdingBelow === 1 ? 'holds a place' : 'hold places'} of the level below (§12.10)`,
            ]
          : [],
      ),
      ...s.levels.flatMap((l) =>
        l.promoted > 0
          ? [
              `${sres(l.promoted, l.level)} ${l.promoted === 1 ? 'grows' : 'grow'} into the level above (§12.10.2)`,
            ]
          : [],
      ),
      // Consulting hours sold to other teams are SRE work (§12.4.7): those who do it are not spare.
      ...s.consulting.map(
        (c) =>
          `${and(c.names)} ${c.sres.length === 1 ? 'does' : 'do'} the ${c.hoursPerMonth} h a month of consulting ${c.sreTeam} agreed with ${and(c.devTeams)} (§12.4.7)`,
      ),
    ];
    if (goes.length > 0) parts.push(`${capitalized(goes.join('; '))}.`);
    const spare = s.levels.filter((l) => l.spare > 0).map((l) => sres(l.spare, l.level));
    parts.push(
      spare.length > 0
        ? `That leaves ${and(spare)} beyond the places of the §12.10.2 table: ${yearly(s)} a year in salaries.`
        : inSeats.length > 0
          ? 'No other SRE is beyond their site’s places.'
          : 'No SRE is beyond the places of the §12.10.2 table.',
    );
  }
  if (s.sreTeams > 0) {
    const dev = teams.developmentTeams.length;
    parts.push(
      `SRE teams: ${teams.current} (${and(teams.sreTeams)}) where the ${dev} development team${dev === 1 ? '' : 's'} they support need${dev === 1 ? 's' : ''} ${teams.needed} (§12.4.1); they could carry ${s.sreTeamRoom} more before another is needed.`,
    );
  }
  return parts.join(' ');
}

/** "rotation drm-oncall (2 of the 5 it is short)", or "(short by 2)" when they fill it. */
function seatName(x: SeatsTaken): string {
  const at = x.site === null ? '' : ` at ${x.site}`;
  return x.taken === x.short
    ? `rotation ${x.rotation} (short by ${x.short}${at})`
    : `rotation ${x.rotation} (${x.taken} of the ${x.short} it is short${at})`;
}

/**
 * What an SRE lead says of a free SRE sent to another product line's rotation (§12.7.1): that
 * they cross, and why — "across product lines: no rotation of live-sports is short".
 */
function acrossWords(x: SeatsTaken): string {
  const lines = [...new Set(x.sres.filter((p) => p.across).flatMap((p) => p.productLines))].sort();
  return lines.length === 0 ? '' : `, across product lines: no rotation of ${and(lines)} is short`;
}

/**
 * Why the free SREs left over take none of the short seats still open (`surplusAllocation`):
 * another product line's rotation takes them only at their own site. Empty when no seat is open
 * that they could have taken but for that.
 */
function leftWords(a: SurplusPlaces): string {
  const open = [...new Set(a.unfilled.filter((x) => x.site === null).map((x) => x.rotation))];
  if (a.left.length === 0 || open.length === 0) return '';
  if (a.left.every((p) => a.noTurns.includes(p.sre))) return `: ${noTurnsWords(a)}`;
  const lines = [...new Set(a.left.flatMap((p) => p.productLines))].sort();
  const sites = [...new Set(a.left.map((p) => p.location))].sort();
  return `: ${lines.length > 0 ? `no rotation of ${and(lines)} is short, and ` : ''}${and(open)}, of another product line, ${open.length === 1 ? 'is' : 'are'} not at ${and(sites)}; an SRE who crosses product lines learns its services beside those who run them (§12.7.1)`;
}

/**
 * Why a free SRE who takes no on-call outside business hours takes no short seat (§12.10.1):
 * "crew-oncall is short of people who take turns outside business hours, which Agnieszka
 * Wiśniewska does not". Empty when none of the free is such.
 */
function noTurnsWords(
  a: SurplusPlaces,
  shown: (p: SurplusPlaces['left'][number]) => string = (p) => p.shown,
): string {
  const who = a.left.filter((p) => a.noTurns.includes(p.sre));
  if (who.length === 0) return '';
  const open = [...new Set(a.unfilled.map((x) => x.rotation))];
  return `${and(open)} ${open.length === 1 ? 'is' : 'are'} short of people who take turns outside business hours, which ${and(who.map(shown))} ${who.length === 1 ? 'does' : 'do'} not (§12.10.1)`;
}

/** Whether a free SRE is a candidate for a promotion into a short level (§12.10.2). */
function isCandidate(a: SurplusPlaces, p: FreeSre): boolean {
  return a.candidates.some((c) => c.sre === p.sre);
}

/**
 * Why the plan keeps them, level by level: "Marc Leblanc is a candidate for a principal SRE
 * place", each as `shown` names them; "a candidate for a principal SRE place" without names
 * (`shown` null) where the sentence has just named them and they are of one level.
 */
function candidateWords(
  a: SurplusPlaces,
  growing: readonly FreeSre[],
  shown: ((p: FreeSre) => string) | null,
): string {
  const levels = [
    ...new Set(
      a.candidates.filter((c) => growing.some((p) => p.sre === c.sre)).map((c) => c.level),
    ),
  ];
  if (shown === null && levels.length === 1)
    return `${growing.length === 1 ? 'a candidate' : 'candidates'} for a ${levels[0]} SRE place`;
  return levels
    .map((level) => {
      const of = growing.filter((p) =>
        a.candidates.some((c) => c.sre === p.sre && c.level === level),
      );
      return `${and(of.map(shown ?? ((p) => p.shown)))} ${of.length === 1 ? 'is a candidate' : 'are candidates'} for a ${level} SRE place`;
    })
    .join('; ');
}

/**
 * The free SREs no placement takes (`left`), split one way for staffing's options and the plan's
 * decision: candidates for a promotion, kept as growth room (§12.10.2); those who take no on-call
 * outside business hours and whom only round-the-clock seats wanted, kept for the SRE work of
 * business hours (§12.10.1: on-call at night is a matter of fairness, not a reason to let someone
 * go); and the rest, whom attrition may absorb.
 */
export function leftSplit(a: SurplusPlaces): {
  readonly growing: readonly FreeSre[];
  readonly daytime: readonly FreeSre[];
  readonly leaving: readonly FreeSre[];
} {
  const growing = a.left.filter((p) => isCandidate(a, p));
  const daytime = a.left.filter((p) => a.noTurns.includes(p.sre) && !isCandidate(a, p));
  const leaving = a.left.filter((p) => !a.noTurns.includes(p.sre) && !isCandidate(a, p));
  return { growing, daytime, leaving };
}

/**
 * How the spare SREs split: those free (`freeSres`), those a rotation needs where they are, and
 * those who share a development team's on-call (§12.4.1).
 */
function spareSplit(s: SurplusFigures) {
  const spare = s.levels.filter((l) => l.spare > 0);
  const spareCount = spare.reduce((n, l) => n + l.spare, 0);
  // Spare are counted free-first per site (sreSurplus): these are on rotations that need them.
  const keptAt = (b: SurplusFigures['byLocation'][number]) =>
    Math.max(0, b.spare - (b.count - b.onRotations));
  const kept = s.byLocation.filter((b) => keptAt(b) > 0);
  const keptCount = kept.reduce((n, b) => n + keptAt(b), 0);
  const keptRotations = [...new Set(kept.flatMap((b) => b.rotations))].sort();
  const moved = s.levels.filter((l) => l.redeploy > 0);
  const free = freeSresOf(s).length;
  const sharing = Math.max(0, spareCount - keptCount - free);
  return { spare, spareCount, keptCount, keptRotations, moved, free, sharing };
}

/**
 * Why keeping SRE teams beyond §12.4.1 and hiring SREs go together, said where both are proposed
 * (insurer-target, scale-up): the room is in teams, not people. A team beyond the table holds no
 * SRE beyond the §12.10.2 places, so merging it fills none of the places the hiring list hires
 * for; SREs beyond those places are the surplus decision's and the hiring decision's ("grow before
 * you hire"), never kept as room while a hire is made for their place. Empty without hires.
 */
function teamsAndHires(hires: number, spare: number): string {
  if (hires === 0) return '';
  const saves = `merging the teams would save none of the ${hires} hire${hires === 1 ? '' : 's'} of the hiring list`;
  return spare === 0
    ? ` That room is in teams, not people: no SRE is beyond the places of the §12.10.2 table, so ${saves}; keeping them and hiring go together.`
    : ` That room is in teams, not people: ${saves}.`;
}

/**
 * The ways to deal with the surplus, each with its cost (§12.10.2, §12.4.1): redeploy, keep as
 * growth room at its yearly cost, or let attrition absorb it. Said once, after the surplus
 * statement, by `staffing` and the plan's head count section; the plan's decision names the one
 * it proposes and links there. The free SREs are named where the allocation places them
 * (`freeSrePlaces`, the one the decision reads): a seat of a short rotation the §12.6 design
 * keeps, never one it merges or replaces, or the on-call of the team the run-model decision
 * assigns them.
 */
export function surplusOptions(
  s: SurplusFigures,
  teams: SreTeamFigures,
  seats: SurplusPlaces,
): string | null {
  if (!hasSurplus(s)) return null;
  const { moved, free } = spareSplit(s);
  const targets = [
    ...s.redeployTo.map(
      (p) => `into ${p.places} ${p.level} place${p.places === 1 ? '' : 's'} at ${p.location}`,
    ),
    ...seats.joined.map(
      (x) => `${and(x.sres.map((p) => p.shown))} into ${seatName(x)}${acrossWords(x)}`,
    ),
  ];
  const apart = seats.sentApart;
  const apartTeams = [...new Set(apart.map((x) => x.team))];
  // Growth room and attrition only for the free the placements leave (`seats.left`): not those
  // sent to a short rotation's seat (§12.6) or to share a team's on-call (§12.4.1), whom the
  // decision sends there "not to attrition". As the decision splits them (`leftSplit`): a
  // candidate for a promotion is kept for it (§12.10.2); one who takes no nights, for the SRE
  // work of business hours (§12.10.1); neither is offered to attrition.
  const { growing, daytime, leaving: mayGo } = leftSplit(seats);
  const mayLeave = [...growing, ...mayGo];
  const room = leftOver(s, mayLeave);
  // A seat short at a site where nobody is spare is that site's: the spare SREs elsewhere would
  // have to move there (§12.6: a site's part of the day is covered in its own day).
  const moveOrHire = seats.elsewhere.map(
    (x) =>
      `rotation ${x.rotation} is short by ${x.short} at ${x.site}, where no spare SRE is: ${x.short === 1 ? 'that seat takes' : 'those seats take'} a move to ${x.site} (relocation) or a hire there, not a redeploy from another site (§12.6)`,
  );
  // Only SREs no rotation needs where they are are proposed for a move (§12.6): the hiring list
  // counts only them for another site's places (`headcountByRole`).
  const options = [
    ...(free === 0 && moved.length === 0
      ? []
      : [
          ...(apart.length > 0
            ? [
                `${and(apart.map((x) => x.shown))} ${apart.length === 1 ? 'shares' : 'share'} the on-call of team${apartTeams.length === 1 ? '' : 's'} ${and(apartTeams)}, as the run-model decision proposes (§12.4.1)`,
              ]
            : []),
          ...(targets.length > 0
            ? [`redeploy ${and(targets)}`]
            : moveOrHire.length > 0 || apart.length > 0
              ? []
              : seats.noTurns.length > 0
                ? [`redeploy: ${noTurnsWords(seats)}`]
                : ['redeploy: no site or rotation is short of them']),
          ...moveOrHire,
        ]),
    ...(mayLeave.length > 0
      ? [
          `keep ${room.who} as growth room: ${room.cost} a year in salaries${growing.length > 0 ? ` (${candidateWords(seats, growing, (p) => p.shown)}, §12.10.2: growth room, not attrition)` : ''}`,
        ]
      : []),
    ...(daytime.length > 0
      ? [
          `keep ${and(daytime.map((p) => p.shown))} for SRE work in business hours, not attrition: ${leftOver(s, daytime).cost} a year in salaries (§12.10.1)`,
        ]
      : []),
    // Attrition only for the free: a leaver from a rotation that needs every member leaves it
    // short (§12.6), one who shares a team's on-call leaves that team without SRE (§12.4.1); and
    // never a candidate for a promotion, whom the plan keeps for it (§12.10.2).
    ...(mayGo.length > 0
      ? [
          `let attrition absorb the ${mayGo.length} no rotation or team needs (${and(mayGo.map((p) => p.shown))}): replace nobody who leaves`,
        ]
      : []),
    ...(s.sreTeams > 0
      ? [
          `SRE teams: keep ${teams.current === 2 ? 'both' : `all ${teams.current}`} as room for ${s.sreTeamRoom} more development teams, or merge them into the ${teams.needed} the table asks for`,
        ]
      : []),
  ];
  return options.length === 0 ? null : `Options: ${options.join('; ')}.`;
}

/**
 * The decision on the surplus as the summary asks it (§12.10.2, §12.4.1): what to do, how many
 * SREs, what they cost a year and the option proposed; the figures by site and every option are
 * in the head count section (`surplusStatement`, `surplusOptions`). SREs on a rotation that needs
 * every member are kept: moving them or losing them makes the rotation short (§12.6); so are those
 * who share a team's on-call (§12.4.1). The free SREs go where the surplus allocation sends them
 * (`surplusAllocation`, over the short rotations the plan keeps and asks to grow), by name, as the
 * risk register names them: a short rotation's seat, their team's on-call, else attrition.
 */
export function surplusDecision(
  s: SurplusFigures,
  teams: SreTeamFigures,
  allocation: SurplusAllocation = surplusAllocation(s, []),
  /** A person as the plan shows them (`personDisplayName`); the name itself by default. */
  shown: (sre: string) => string = (sre) => sre,
  /** SREs the hiring list hires (`Staffing.hiring`): kept SRE teams beside them are explained. */
  hires = 0,
): string | null {
  if (!hasSurplus(s)) return null;
  const { spare, spareCount, keptCount, keptRotations, moved, sharing } = spareSplit(s);
  const who = and(spare.map((l) => sres(l.spare, l.level)));
  // The hiring decision just before counts the level's SREs beyond those needed and promotes one
  // of them (§12.10.2): these are the ones left once it has, said so, or the two decisions read
  // as two counts of the same SREs (payments: "2 senior SREs beyond the 3 needed … promote one",
  // then "the 1 senior SRE beyond the places").
  const grown = spare.filter((l) => l.promoted > 0);
  const once =
    grown.length === 0
      ? ''
      : ` once ${and(grown.map((l) => sres(l.promoted, l.level)))} ${grown.length === 1 && grown[0]?.promoted === 1 ? 'grows' : 'grow'} into the level above`;
  const beyond = `${who} beyond the places of the §12.10.2 table${once} (${yearly(s)} a year in salaries)`;
  const onThem = `${keptRotations.length === 1 ? 'a rotation' : 'rotations'} that ${keptRotations.length === 1 ? 'needs' : 'need'} every member (${and(keptRotations)})`;
  const a = allocation;
  // A candidate for a promotion is kept for it, never offered to attrition (§12.10.2); one who
  // takes no nights, for daytime SRE work (§12.10.1): the split staffing's options make.
  const { growing, daytime, leaving } = leftSplit(a);
  const apart = a.sentApart;
  const apartTeams = [...new Set(apart.map((x) => x.team))];
  // Each seat with who takes it: "Aleksandra Wróbel (assigned to store) and Jordan Lee to
  // rotation store-oncall (short by 2)".
  const sent = a.joined.map(
    (x) =>
      `${and(x.sres.map((p) => `${shown(p.sre)}${p.team ? ` (whom the run-model decision assigns to ${p.team})` : ''}`))} to ${seatName(x)}${acrossWords(x)}`,
  );
  const ways = [
    ...(apart.length > 0
      ? [
          `${and(apart.map((x) => shown(x.sre)))} ${apart.length === 1 ? 'shares' : 'share'} the on-call of team${apartTeams.length === 1 ? '' : 's'} ${and(apartTeams)}, as the run-model decision proposes (§12.4.1)`,
        ]
      : []),
    ...(sent.length > 0
      ? [`send ${sent.join('; ')}, which the plan asks to grow (§12.6), not to attrition`]
      : []),
    ...(leaving.length > 0
      ? [
          `let attrition absorb the ${leaving.length}${a.taken + apart.length + growing.length > 0 ? ' left' : ''} (${and(leaving.map((p) => shown(p.sre)))}) whom no rotation or team needs${leftWords({ ...a, left: leaving })}`,
        ]
      : []),
    ...(growing.length > 0
      ? [
          `keep ${leaving.length > 0 ? and(growing.map((p) => shown(p.sre))) : `the ${growing.length}${a.taken + apart.length > 0 ? ' left' : ''} (${and(growing.map((p) => shown(p.sre)))})`} as growth room, not for attrition to absorb: ${candidateWords(a, growing, null)} (§12.10.2)${leaving.length > 0 ? '' : `; no rotation or team needs ${growing.length === 1 ? 'this SRE' : 'them'} today${leftWords({ ...a, left: growing })}`}`,
        ]
      : []),
    // §12.10.1: on-call outside business hours is a matter of fairness, not a reason to let
    // someone go. One who takes none is kept for the SRE work of business hours, not proposed for
    // attrition because the short pagers are ones they cannot take.
    ...(daytime.length > 0
      ? [
          `keep ${and(daytime.map((p) => shown(p.sre)))} for SRE work in business hours, not attrition: ${noTurnsWords({ ...a, left: daytime }, (p) => shown(p.sre))}`,
        ]
      : []),
    ...(keptCount > 0 ? [`keep the ${keptCount} on ${onThem} (§12.6)`] : []),
    ...(sharing > 0
      ? [
          `keep the ${sharing} who share${sharing === 1 ? 's' : ''} a development team’s on-call (§12.4.1)`,
        ]
      : []),
  ];
  const people =
    spareCount === 0
      ? moved.length > 0
        ? `Redeploy first: ${and(moved.map((l) => sres(l.redeploy, l.level)))} beyond their site’s places take places nobody holds at another site, and the hiring list hires none there.`
        : ''
      : keptCount === spareCount
        ? `Keep the ${beyond}: ${spareCount === 1 ? 'it is' : 'each is'} on ${onThem}, and a move or a leaver would leave ${keptRotations.length === 1 ? 'it' : 'them'} short (§12.6).`
        : `Of the ${beyond}, ${ways.join('; ')}.`;
  const sreTeams =
    s.sreTeams > 0
      ? `Keep the ${teams.current} SRE teams as room for ${s.sreTeamRoom} more development teams (the §12.4.1 table asks for ${teams.needed}).${teamsAndHires(hires, spareCount)}`
      : '';
  return `${[people, sreTeams].filter((x) => x !== '').join(' ')} The figures and the other options are in the SRE head count section.`;
}
