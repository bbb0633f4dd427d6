import { sameProductLine } from './product-lines.ts';
import type { SurplusAtLocation } from './sre-surplus.ts';

/** What the allocation needs of the surplus figures (engine or JSON): who is free, where. */
export interface FreeFigures {
  readonly byLocation: readonly (Pick<
    SurplusAtLocation<unknown>,
    'location' | 'free' | 'freeProductLines'
  > & { readonly freeNames?: readonly string[] })[];
}

/** A rotation short of people, which the free SREs could join (§12.6). */
export interface ShortRotation {
  readonly name: string;
  readonly shortfall: number;
  /** How it keeps its coverage (`RotationSizing.setup`): a relay's seats are at its sites. */
  readonly setup?: string;
  /** Its sites, with what each has and needs (`RotationSizing.sites`). */
  readonly sites?: readonly { readonly site: string; current: number; needed: number }[];
  /** The product lines it serves (`RotationSizing.productLines`). */
  readonly productLines?: readonly string[];
  /**
   * Another company that staffs it under contract (`RotationSizing.provider`): its seats are the
   * contract's to fill, never a free SRE's (§12.4.6).
   */
  readonly provider?: { readonly organization: string } | null | undefined;
}

/** Where a short rotation's missing seats are: at one site, or anywhere (`site` null). */
export interface ShortSeats {
  readonly rotation: string;
  readonly site: string | null;
  readonly short: number;
}

/** A free SRE (`freeSres`) as the surplus figures hold them. */
export interface FreeSre {
  readonly sre: string;
  /** How the plan and staffing name them (`personDisplayName`); the name itself when unknown. */
  readonly shown: string;
  readonly location: string;
  readonly productLines: readonly string[];
}

/** A free SRE the allocation sends to a rotation's seat. */
export interface PlacedSre extends FreeSre {
  /** The rotation serves none of their product lines: no rotation of their own was short. */
  readonly across: boolean;
  /** The development team the run-model decision assigns them to (§12.4.1); null when none. */
  readonly team: string | null;
}

/** A short rotation's seats at a site (or anywhere) the free SREs take, and who takes them. */
export interface SeatsTaken extends ShortSeats {
  readonly taken: number;
  readonly sres: readonly PlacedSre[];
}

/**
 * A free SRE the recommendations assign to share a development team's on-call (`sresJoiningTeams`,
 * §12.4.1), with the rotations that team's on-call is on: the SRE joins one of them, never another.
 */
export interface SentSre {
  readonly sre: string;
  readonly team: string;
  readonly rotations: readonly string[];
}

/** A free SRE who is a candidate for a promotion into a short level (§12.10.2). */
export interface PromotableSre {
  readonly sre: string;
  readonly level: 'senior' | 'principal';
}

/** Where the free SREs go: one answer for the head count section, the decision and the risks. */
export interface SurplusAllocation {
  /** The seats free SREs take, rotation by rotation. */
  readonly joined: readonly SeatsTaken[];
  /** Relay seats short at a site where no free SRE is: a move there or a hire (§12.6). */
  readonly elsewhere: readonly ShortSeats[];
  /** Every seat still short once the free SREs have taken theirs, with how many. */
  readonly unfilled: readonly ShortSeats[];
  /** How many free SREs take a seat. */
  readonly taken: number;
  /** Free SREs assigned to a team whose rotation takes no seat here: they share its on-call. */
  readonly sentApart: readonly (FreeSre & { readonly team: string })[];
  /** Free SREs no seat takes and no team is assigned. */
  readonly left: readonly FreeSre[];
  /**
   * Of `left`, those a seat still short would have taken but that they take none of its turns
   * (`takesTurns`): no on-call outside business hours on a round-the-clock rotation (§12.10.1).
   * Not spare for want of a seat: the seats are ones they cannot take.
   */
  readonly noTurns: readonly string[];
  /**
   * Of `left`, those a promotion into a short level above may take (`promotions`' candidates not
   * shown to fail a criterion, §12.10.2), with that level: growth room, never offered to attrition,
   * since the plan cannot keep someone for a promotion and let them go.
   */
  readonly candidates: readonly PromotableSre[];
  /** The free SREs a rotation takes, by rotation (empty when none). */
  readonly sresOn: (rotation: string) => readonly PlacedSre[];
}

/**
 * An allocation as staffing JSON and the plan document carry it: everything but `sresOn`, which
 * `withSresOn` puts back.
 */
export type SurplusPlaces = Omit<SurplusAllocation, 'sresOn'>;

/** The allocation with the free SREs a rotation takes, by rotation (`sresOn`). */
export function withSresOn(places: SurplusPlaces): SurplusAllocation {
  const byRotation = new Map<string, PlacedSre[]>();
  for (const x of places.joined)
    byRotation.set(x.rotation, [...(byRotation.get(x.rotation) ?? []), ...x.sres]);
  return { ...places, sresOn: (rotation) => byRotation.get(rotation) ?? [] };
}

/** The allocation without its function, as staffing stores it. */
export function placesOf(a: SurplusAllocation): SurplusPlaces {
  const { sresOn: _, ...places } = a;
  return places;
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
    return [{ rotation: r.name, site: sites[0]?.site ?? null, short: r.shortfall }];
  return [{ rotation: r.name, site: null, short: r.shortfall }];
}

/** The free SREs of the figures, site by site, with their product lines. */
export function freeSresOf(s: FreeFigures): FreeSre[] {
  return s.byLocation.flatMap((b) =>
    b.free.map((sre, i) => ({
      sre,
      shown: b.freeNames?.[i] ?? sre,
      location: b.location,
      productLines: b.freeProductLines[i] ?? [],
    })),
  );
}

/**
 * Where the free SREs go (§12.6, §12.7.1, §12.10.2), as an SRE lead staffs it:
 * - one the run-model decision assigns to a development team (`sent`) joins that team's rotation
 *   where it is short, else shares its on-call apart: never another rotation, never attrition;
 * - the others go first to a short rotation of their own product line, at their site first: a
 *   product line is one business, whose services they already know (§12.7.1, §12.10);
 * - only when none of their own is short, to another product line's, and then only at their own
 *   site, where the people who run it can teach them its services in their working hours; the
 *   words say that they cross.
 * A relay's seat at a site is that site's (§12.6): only free SREs there take it. A seat is only
 * taken by someone who would take the rotation's turns (`takesTurns`). Each free SRE
 * takes one seat, so two short rotations are never both offered the same SREs.
 */
export function surplusAllocation(
  s: FreeFigures,
  shortRotations: readonly ShortRotation[],
  sent: readonly SentSre[] = [],
  // Whether a free SRE would take the rotation's turns (`wouldTakeTurns`): one who takes no
  // on-call outside business hours fills no seat of a 24x7 rotation (§12.10.1).
  takesTurns: (sre: string, rotation: string) => boolean = () => true,
  /** Promotion candidates by name, with the level they may grow into (`PromotableSre`). */
  promotable: readonly PromotableSre[] = [],
): SurplusAllocation {
  // A rotation another company staffs is its contract's to fill (§12.4.6): no free SRE of the
  // company is sent to it, and its seats are no move or hire of the company's.
  const own = shortRotations.filter((r) => !r.provider);
  const rotations = new Map(own.map((r) => [r.name, r]));
  const all = own.flatMap(shortSeats);
  const seats = [...all.filter((x) => x.site !== null), ...all.filter((x) => x.site === null)];
  const free = freeSresOf(s);
  const placed = new Map<ShortSeats, PlacedSre[]>(seats.map((x) => [x, []]));
  const done = new Set<string>();
  const room = (x: ShortSeats) => x.short - (placed.get(x)?.length ?? 0);
  const fits = (x: ShortSeats, p: FreeSre) =>
    (x.site === null || x.site === p.location) && takesTurns(p.sre, x.rotation);
  const linesOf = (x: ShortSeats) => rotations.get(x.rotation)?.productLines ?? [];
  const sitesOf = (x: ShortSeats) => (rotations.get(x.rotation)?.sites ?? []).map((t) => t.site);
  const take = (x: ShortSeats, p: FreeSre, team: string | null = null) => {
    placed.get(x)?.push({ ...p, across: !sameProductLine(p.productLines, linesOf(x)), team });
    done.add(p.sre);
  };
  const sentApart: (FreeSre & { team: string })[] = [];
  for (const j of sent) {
    const p = free.find((f) => f.sre === j.sre);
    if (p === undefined || done.has(p.sre)) continue;
    const x = seats.find((y) => j.rotations.includes(y.rotation) && room(y) > 0 && fits(y, p));
    if (x) take(x, p, j.team);
    else {
      sentApart.push({ ...p, team: j.team });
      done.add(p.sre);
    }
  }
  const fill = (allowed: (x: ShortSeats, p: FreeSre) => boolean) => {
    for (const x of seats) {
      const candidates = free
        .filter((p) => !done.has(p.sre) && fits(x, p) && allowed(x, p))
        // At the rotation's own site first: they share its working hours.
        .sort((a, b) => atSite(b) - atSite(a));
      function atSite(p: FreeSre) {
        return Number(sitesOf(x).includes(p.location));
      }
      for (const p of candidates) {
        if (room(x) <= 0) break;
        take(x, p);
      }
    }
  };
  fill((x, p) => sameProductLine(p.productLines, linesOf(x)));
  fill((x, p) => sitesOf(x).includes(p.location));
  const joined: SeatsTaken[] = seats.flatMap((x) => {
    const sres = placed.get(x) ?? [];
    return sres.length > 0 ? [{ ...x, taken: sres.length, sres }] : [];
  });
  const unfilled = seats.flatMap((x) => {
    const n = room(x);
    return n > 0 ? [{ ...x, short: n }] : [];
  });
  const elsewhere = unfilled.filter((x) => x.site !== null);
  const left = free.filter((p) => !done.has(p.sre));
  const noTurns = left
    .filter((p) =>
      unfilled.some(
        (x) => (x.site === null || x.site === p.location) && !takesTurns(p.sre, x.rotation),
      ),
    )
    .map((p) => p.sre);
  return withSresOn({
    joined,
    elsewhere,
    unfilled,
    taken: joined.reduce((n, x) => n + x.taken, 0),
    sentApart,
    left,
    noTurns,
    candidates: promotable.filter((c) => left.some((p) => p.sre === c.sre)),
  });
}
