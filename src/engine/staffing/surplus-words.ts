import { displayMoney, moneyFromMajor } from '../money/index.ts';
import { inRotationSeats } from './in-rotation-seats.ts';
import type { SurplusFigures } from './sre-surplus.ts';

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

/** A rotation short of people, which the spare SREs could join (§12.6). */
export interface ShortRotation {
  readonly name: string;
  readonly shortfall: number;
  /** How it keeps its coverage (`RotationSizing.setup`): a relay's seats are at its sites. */
  readonly setup?: string;
  /** Its sites, with what each has and needs (`RotationSizing.sites`). */
  readonly sites?: readonly { readonly site: string; current: number; needed: number }[];
}

/** Where a short rotation's missing seats are: at one site, or anywhere (`site` undefined). */
interface ShortSeats {
  readonly rotation: string;
  readonly site: string | undefined;
  readonly short: number;
}

/**
 * The seats a short rotation lacks, and where. In a follow-the-sun relay each site covers its own
 * part of the day, so a seat short at Tokyo is Tokyo's: an SRE in Warsaw cannot take it without
 * moving (§12.6, `rotationSetup`). A business-hours rotation keeps the hours of the site its
 * members work at; a round-the-clock pool takes whole turns wherever its members live.
 */
function shortSeats(r: ShortRotation): ShortSeats[] {
  const sites = r.sites ?? [];
  if (r.setup === 'two-sites' || r.setup === 'follow-the-sun')
    return sites
      .filter((s) => s.needed > s.current)
      .map((s) => ({ rotation: r.name, site: s.site, short: s.needed - s.current }));
  if (r.setup === 'any-site' && sites.length === 1)
    return [{ rotation: r.name, site: sites[0]?.site, short: r.shortfall }];
  return [{ rotation: r.name, site: undefined, short: r.shortfall }];
}

/**
 * Free SREs at a site (`freeSres`: in no rotation seat, sharing no team's on-call, beyond their
 * places): those who may take a seat elsewhere or leave.
 */
function freeAt(s: SurplusFigures, site: string | undefined): number {
  return s.byLocation
    .filter((b) => site === undefined || b.location === site)
    .reduce((n, b) => n + b.free.length, 0);
}

/** A short rotation's seats at a site (or anywhere) the free SREs take, and how many of them. */
interface SeatsTaken extends ShortSeats {
  readonly taken: number;
}

/**
 * The short rotations the free SREs can join where they are, and the seats only a move or a hire
 * fills: a relay's seat at one site is offered only to free SREs at that site (§12.6). Each free
 * SRE is counted for one seat: seats at a site take that site's first, then seats anywhere take
 * who is left, so two short rotations are never both offered the same SREs.
 */
function rotationSeats(s: SurplusFigures, shortRotations: readonly ShortRotation[]) {
  const seats = shortRotations.flatMap(shortSeats);
  const total = freeAt(s, undefined);
  const usedAt = new Map<string, number>();
  let used = 0;
  const taken = new Map<ShortSeats, number>();
  for (const x of [
    ...seats.filter((x) => x.site !== undefined),
    ...seats.filter((x) => x.site === undefined),
  ]) {
    const left = total - used;
    const here =
      x.site === undefined ? left : Math.min(left, freeAt(s, x.site) - (usedAt.get(x.site) ?? 0));
    const n = Math.max(0, Math.min(x.short, here));
    used += n;
    if (x.site !== undefined) usedAt.set(x.site, (usedAt.get(x.site) ?? 0) + n);
    taken.set(x, n);
  }
  const joined: SeatsTaken[] = seats.flatMap((x) => {
    const n = taken.get(x) ?? 0;
    return n > 0 ? [{ ...x, taken: n }] : [];
  });
  const elsewhere = seats.flatMap((x) => {
    const n = x.short - (taken.get(x) ?? 0);
    return n > 0 && x.site !== undefined ? [{ ...x, short: n }] : [];
  });
  return { joined, elsewhere, taken: used };
}

/** "rotation drm-oncall (2 of the 5 it is short)", or "(short by 2)" when they fill it. */
function seatName(x: SeatsTaken): string {
  const at = x.site === undefined ? '' : ` at ${x.site}`;
  return x.taken === x.short
    ? `rotation ${x.rotation} (short by ${x.short}${at})`
    : `rotation ${x.rotation} (${x.taken} of the ${x.short} it is short${at})`;
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
  const free = freeAt(s, undefined);
  const sharing = Math.max(0, spareCount - keptCount - free);
  return { spare, spareCount, keptCount, keptRotations, moved, free, sharing };
}

/**
 * The ways to deal with the surplus, each with its cost (§12.10.2, §12.4.1): redeploy, keep as
 * growth room at its yearly cost, or let attrition absorb it. Said once, after the surplus
 * statement, by `staffing` and the plan's head count section; the plan's decision names the one
 * it proposes and links there.
 */
export function surplusOptions(
  s: SurplusFigures,
  teams: SreTeamFigures,
  shortRotations: readonly ShortRotation[],
): string | null {
  if (!hasSurplus(s)) return null;
  const { spare, spareCount, moved, free } = spareSplit(s);
  const seats = rotationSeats(s, shortRotations);
  const targets = [
    ...s.redeployTo.map(
      (p) => `${p.places} ${p.level} place${p.places === 1 ? '' : 's'} at ${p.location}`,
    ),
    ...seats.joined.map(seatName),
  ];
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
          ...(targets.length > 0
            ? [`redeploy into ${and(targets)}`]
            : moveOrHire.length > 0
              ? []
              : ['redeploy: no site or rotation is short of them']),
          ...moveOrHire,
        ]),
    ...(spareCount > 0
      ? [
          `keep ${and(spare.map((l) => sres(l.spare, l.level)))} as growth room: ${yearly(s)} a year in salaries`,
        ]
      : []),
    // Attrition only for the free: a leaver from a rotation that needs every member leaves it
    // short (§12.6), one who shares a team's on-call leaves that team without SRE (§12.4.1).
    ...(free > 0
      ? [
          `let attrition absorb the ${free} no rotation or team needs: replace none of them who leave`,
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
 * who share a team's on-call (§12.4.1). The free SREs a short rotation of the same plan can take
 * (`shortRotations`: those the plan keeps and asks to grow) go there, not to attrition.
 */
export function surplusDecision(
  s: SurplusFigures,
  teams: SreTeamFigures,
  shortRotations: readonly ShortRotation[] = [],
  /**
   * Free SREs the recommendations send to share a team's on-call (`sresJoiningTeams`): `sre` by
   * name, `shown` as the plan shows people.
   */
  sent: readonly { readonly sre: string; readonly shown: string; readonly team: string }[] = [],
): string | null {
  if (!hasSurplus(s)) return null;
  const { spare, spareCount, keptCount, keptRotations, moved, free, sharing } = spareSplit(s);
  const who = and(spare.map((l) => sres(l.spare, l.level)));
  const beyond = `${who} beyond the places of the §12.10.2 table (${yearly(s)} a year in salaries)`;
  const onThem = `${keptRotations.length === 1 ? 'a rotation' : 'rotations'} that ${keptRotations.length === 1 ? 'needs' : 'need'} every member (${and(keptRotations)})`;
  const seats = rotationSeats(s, shortRotations);
  // Those the recommendations send to a team join its rotation: counted among the seats where it
  // is short, said apart where it is not; attrition never takes them.
  const freeNames = new Set(s.byLocation.flatMap((b) => b.free));
  const sentFree = sent.filter((x) => freeNames.has(x.sre));
  const sentBeyondSeats = Math.max(0, Math.min(sentFree.length, free) - seats.taken);
  const released = free - seats.taken - sentBeyondSeats;
  const ways = [
    ...(sentBeyondSeats > 0
      ? [
          `${sentFree.length === sentBeyondSeats ? and(sentFree.map((x) => x.shown)) : sentBeyondSeats} ${sentBeyondSeats === 1 ? 'shares' : 'share'} the on-call of team${new Set(sentFree.map((x) => x.team)).size === 1 ? '' : 's'} ${and([...new Set(sentFree.map((x) => x.team))])}, as the run-model decision proposes (§12.4.1)`,
        ]
      : []),
    ...(seats.taken > 0
      ? [
          `send ${seats.taken < free ? seats.taken : free === 1 ? 'it' : free === 2 ? 'both' : `all ${free}`} to ${and(seats.joined.map(seatName))}, which the plan asks to grow (§12.6), not to attrition`,
        ]
      : []),
    ...(released > 0
      ? [
          `let attrition absorb the ${released}${seats.taken > 0 ? ' left, whom' : ''} no rotation or team needs`,
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
      ? `Keep the ${teams.current} SRE teams as room for ${s.sreTeamRoom} more development teams (the §12.4.1 table asks for ${teams.needed}).`
      : '';
  return `${[people, sreTeams].filter((x) => x !== '').join(' ')} The figures and the other options are in the SRE head count section.`;
}
