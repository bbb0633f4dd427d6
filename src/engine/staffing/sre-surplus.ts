import type { CompiledModel, SreLevel } from '../../model/index.ts';
import {
  personDisplayName,
  SRE_LEVELS,
  takesOnCallOutsideBusinessHours,
} from '../../model/index.ts';
import { type AnnualCostTable, modelCurrency, salaryCost } from '../funding/index.ts';
import type { Money, MoneyJson } from '../money/index.ts';
import { modelSites } from '../sites/index.ts';
import type { ConsultingHours } from './consulting-hours.ts';
import type { HeadcountByRole } from './headcount-by-role.ts';
import type { Hire } from './hiring-list.ts';
import { teamProductLines } from './product-lines.ts';
import type { Promotion } from './promotions.ts';
import { siteNameOf } from './sites.ts';
import type { SreTeamScaling } from './sre-team-scaling.ts';
import { DEV_TEAMS_PER_SRE_TEAM } from './sre-teams-needed.ts';

/**
 * SREs of one level at one site beyond the places the §12.10.2 table gives that site; `M` is how
 * its money is held (`Money` in the engine, `MoneyJson` in staffing JSON and the plan document).
 */
export interface SurplusAtLocation<M = Money> {
  readonly level: SreLevel;
  readonly location: string;
  readonly needed: number;
  readonly current: number;
  /** current − needed, always > 0. */
  readonly count: number;
  /**
   * Of them, how many are members of a rotation that needs every member it has (`needed` ≥
   * `current`, §12.6): moving them, or letting them leave, makes that rotation short.
   */
  readonly onRotations: number;
  /** Those rotations, by name. */
  readonly rotations: readonly string[];
  /** Of `count`, those the plan counts beyond the whole organization's places (`spare`). */
  readonly spare: number;
  /**
   * Of `spare`, the SREs free for other work, by name (`freeSres`): beyond the places of their
   * level (§12.10.2), in no seat a rotation needs them in (§12.6, §12.9) and sharing no development
   * team's on-call (§12.4.1). Fewer than `spare` when the only ones left share a team's on-call.
   */
  readonly free: readonly string[];
  /**
   * The product lines of each of `free`, in its order (`teamProductLines` of their team): a free
   * SRE goes first to a short rotation of their own product line (`surplusAllocation`).
   */
  readonly freeProductLines: readonly (readonly string[])[];
  /** How each of `free` is named, in its order (`personDisplayName`): options name the people. */
  readonly freeNames: readonly string[];
  /** The yearly salary of one SRE of this level at this site (salary bands, else the defaults). */
  readonly annualEach: M;
}

/** The SREs an SRE team's agreed consulting hours hold (§12.4.7), by name and as shown. */
export interface ConsultingHold {
  readonly sreTeam: string;
  readonly hoursPerMonth: number;
  readonly devTeams: readonly string[];
  readonly sres: readonly string[];
  readonly names: readonly string[];
}

/** Places of a level at a site that nobody holds and the hiring list leaves to surplus elsewhere. */
export interface RedeployPlaces {
  readonly level: SreLevel;
  readonly location: string;
  readonly places: number;
}

/** Where one level's SREs beyond their sites' places go (§12.10, §12.10.2). */
export interface LevelSurplus {
  readonly level: SreLevel;
  /** Σ of the level's `SurplusAtLocation.count`. */
  readonly atLocations: number;
  /** Of them, into places of the same level nobody holds at another site (redeploy). */
  readonly redeploy: number;
  /** Of them, in places of a lower level that is short (a senior in a junior's place, §12.10). */
  readonly holdingBelow: number;
  /** Of them, promoted into the level above (§12.10.2). */
  readonly promoted: number;
  /** Of them, in seats a rotation needs at their site, which no place of the table takes (§12.6). */
  readonly seats: number;
  /** Of them, held by the consulting hours their SRE team agreed (`SreSurplus.consulting`, §12.4.7). */
  readonly consulting: number;
  /**
   * The rest: beyond what the whole organization needs at this level, rotation seats at their
   * site included (§12.6: those a rotation needs where they are hold a place there).
   */
  readonly spare: number;
}

/**
 * SREs and SRE teams beyond what the organization needs: one definition for staffing, the plan's
 * staffing section, its summary and its decision, so their figures agree. `M` is how its money
 * is held: `Money` in the engine, `MoneyJson` in staffing JSON and the plan document.
 */
export interface SreSurplus<M = Money> {
  /** Per level × site, `current − needed` where it is positive (§12.10.2). */
  readonly byLocation: readonly SurplusAtLocation<M>[];
  /** Places nobody holds and no hire fills: the hiring list leaves them to the surplus elsewhere. */
  readonly redeployTo: readonly RedeployPlaces[];
  /**
   * SREs beyond the places whom the consulting hours their SRE team agreed hold (§12.4.7): per SRE
   * team, as many of its free SREs as the hours fill working months. Not spare, never attrition.
   */
  readonly consulting: readonly ConsultingHold[];
  /** Per level with any surplus at a site. */
  readonly levels: readonly LevelSurplus[];
  /** SRE teams beyond the §12.4.1 table (current − needed, ≥ 0). */
  readonly sreTeams: number;
  /** Development teams the SRE teams there are could carry beyond those supported today (§12.4.1). */
  readonly sreTeamRoom: number;
  /** The yearly salaries of the spare SREs (growth room's cost), in the model's currency. */
  readonly annualCost: M;
  /** Their salaries paid in other currencies (salary bands abroad), per currency: never converted. */
  readonly annualCostOther: readonly M[];
}

/** The surplus as staffing JSON and the plan document carry it, which its words read. */
export type SurplusFigures = SreSurplus<MoneyJson>;

/**
 * The surplus of the §12.10.2 table (`needed − current` per site × level, below zero) and of the
 * §12.4.1 table of SRE teams. A level's surplus at one site first takes the places of the same
 * level nobody holds at other sites (the hiring list hires only a level's total shortfall, so it
 * counts on them: redeploy first), then places of the level below that is short (`holdingBelow`),
 * then the level above by promotion; the rest is beyond what the organization needs (`spare`).
 * People on a rotation that needs every member are counted (`onRotations`), so the plan never
 * offers to move or lose them without saying which rotation they leave short (§12.6).
 */
export function sreSurplus(
  model: CompiledModel,
  input: {
    readonly headcount: HeadcountByRole;
    /** The hiring list before promotions and practice places: the places hires fill. */
    readonly gaps: readonly Hire[];
    readonly promotions: readonly Pick<Promotion, 'from' | 'promoted'>[];
    readonly sreTeams: SreTeamScaling;
    /** The people a rotation needs where they are, with those rotations (`neededOnRotations`). */
    readonly onRotations: ReadonlyMap<string, readonly string[]>;
    /** The SREs dedicated to a development team they share on-call with (`sresSharingOnCall`). */
    readonly sharingOnCall: ReadonlySet<string>;
    /** The consulting hours each SRE team agreed (`consultingHours`, §12.4.7). */
    readonly consulting: readonly ConsultingHours[];
    /** A person's working month in hours, which the consulting hours are measured against. */
    readonly workingMonth: (person: string) => number;
    readonly annualCost: AnnualCostTable;
  },
): SreSurplus {
  const { headcount, gaps, promotions, sreTeams, onRotations: keptBy } = input;
  const sites = modelSites(model);
  const currency = modelCurrency(model);
  const byLocation: SurplusAtLocation[] = [];
  const redeployTo: RedeployPlaces[] = [];
  const levels: LevelSurplus[] = [];
  for (const level of SRE_LEVELS) {
    const role = headcount.roles[level];
    const at = role.byLocation.filter((l) => l.current > l.needed);
    if (at.length === 0) continue;
    const atLocations = at.reduce((n, l) => n + l.current - l.needed, 0);
    const hired = (location: string) =>
      gaps
        .filter((h) => h.level === level && h.location === location)
        .reduce((n, h) => n + h.count, 0);
    const open = role.byLocation.flatMap((l) => {
      const places = l.needed - l.current - l.heldAbove - hired(l.location);
      return places > 0 ? [{ level, location: l.location, places }] : [];
    });
    redeployTo.push(...open);
    // Only those no rotation needs where they are (`headcountByRole`, §12.6).
    const redeploy = Math.min(
      role.redeploy,
      open.reduce((n, p) => n + p.places, 0),
    );
    const holdingBelow = role.holdingBelow.reduce((n, h) => n + h.count, 0);
    const beyond = atLocations - redeploy;
    const promoted = Math.min(
      Math.max(0, beyond - holdingBelow),
      promotions.filter((p) => p.from === level).reduce((n, p) => n + p.promoted, 0),
    );
    // A rotation's seats at a site are that site's places too (§12.6): its members there whom no
    // place of the table takes are not beyond their site's places, least of all at a site where
    // the rotation is short.
    // Those still here once every place has taken its share (`left`) and not free to go
    // (`movable`): a promotion or a place below takes a rotation's members first, who stay on it.
    const seatsAt = (l: (typeof at)[number]) => Math.max(0, l.left - l.movable);
    const seats = at.reduce((n, l) => n + seatsAt(l), 0);
    const spare = Math.max(0, beyond - holdingBelow - promoted - seats);
    levels.push({
      level,
      atLocations,
      redeploy,
      holdingBelow,
      promoted,
      seats,
      consulting: 0,
      spare,
    });
    const entries = at.map((l) => {
      const people = role.people.filter((p) => siteNameOf(sites, p) === l.location);
      const kept = people.filter((p) => keptBy.has(p));
      const count = l.current - l.needed;
      return {
        l,
        count,
        // Those no place takes (of their level, below or above): the site keeps its SREs on
        // rotations first.
        onRotations: seatsAt(l),
        rotations:
          seatsAt(l) > 0 ? [...new Set(kept.flatMap((p) => keptBy.get(p) ?? []))].sort() : [],
      };
    });
    // The spare are where the head count table leaves them (`left`: after the redeploy and the
    // places below they hold); a promotion takes the one free to go first (no rotation needs them).
    // Those in rotation seats are not spare: the site keeps its rotation members first.
    const free = (e: (typeof entries)[number]) => Math.max(0, e.l.left - e.onRotations);
    const order = [...entries].sort((a, b) => b.l.movable - a.l.movable || free(b) - free(a));
    let grow = Math.max(0, entries.reduce((n, e) => n + free(e), 0) - spare);
    const spareAt = new Map<string, number>();
    for (const e of order) {
      const n = Math.min(grow, free(e));
      spareAt.set(e.l.location, free(e) - n);
      grow -= n;
    }
    for (const e of entries) {
      const spareHere = spareAt.get(e.l.location) ?? 0;
      // Who of them is free (`freeSres`): none a rotation needs where they are, none dedicated to a
      // team they share on-call with; as many as the site has beyond its places and seats.
      const free = role.people
        .filter(
          (p) =>
            siteNameOf(sites, p) === e.l.location && !keptBy.has(p) && !input.sharingOnCall.has(p),
        )
        .slice(0, spareHere);
      const salary = salaryCost(
        model,
        [{ name: `${level} SRE at ${e.l.location}`, role: 'sre', level, location: e.l.location }],
        { currency, defaults: input.annualCost },
      );
      byLocation.push({
        level,
        location: e.l.location,
        needed: e.l.needed,
        current: e.l.current,
        count: e.count,
        onRotations: e.onRotations,
        rotations: e.rotations,
        spare: spareHere,
        free,
        freeProductLines: free.map((p) => teamProductLines(model, model.people.get(p)?.spec.team)),
        freeNames: free.map((p) => personDisplayName(model, p)),
        annualEach: salary.lines[0]?.annual ?? salary.total,
      });
    }
  }
  const consulting = holdForConsulting(model, byLocation, levels, input);
  const spareCost = salaryCost(
    model,
    byLocation.flatMap((s) =>
      Array.from({ length: s.spare }, (_, i) => ({
        name: `${s.level} SRE ${i + 1} at ${s.location}`,
        role: 'sre' as const,
        level: s.level,
        location: s.location,
      })),
    ),
    { currency, defaults: input.annualCost },
  );
  return {
    byLocation,
    redeployTo,
    consulting,
    levels,
    sreTeams: Math.max(0, sreTeams.current - sreTeams.needed),
    sreTeamRoom: Math.max(
      0,
      sreTeams.current * DEV_TEAMS_PER_SRE_TEAM - sreTeams.developmentTeams.length,
    ),
    annualCost: spareCost.total,
    annualCostOther: spareCost.otherCurrencies,
  };
}

/**
 * §12.4.7: an SRE team's consulting hours (`supports[].hoursPerMonth` of the teams it consults for)
 * are SRE work sold to those teams. They hold none of the development team's seats (§12.4.1), but
 * the SREs who do that work are not beyond what the organization needs: of the team's free SREs,
 * as many as the hours fill working months (each SRE's share against their working month) are
 * held, juniors first, before the surplus offers growth room or attrition. streaming-media offered
 * to let attrition absorb Emma Doherty, whose team sells 50 h a month of consulting to drm,
 * catalogue and encoding. Changes `byLocation` and `levels` in place (both built just before).
 */
function holdForConsulting(
  model: CompiledModel,
  byLocation: SurplusAtLocation[],
  levels: LevelSurplus[],
  input: Pick<Parameters<typeof sreSurplus>[1], 'consulting' | 'workingMonth'>,
): ConsultingHold[] {
  const holds: ConsultingHold[] = [];
  for (const agreed of input.consulting) {
    let hours = agreed.hoursPerMonth;
    const held: string[] = [];
    // Consulting is office-hours work: one who takes no on-call does it first, then one who takes
    // none outside business hours (§12.10.1), leaving those who can take turns free for a short
    // rotation or a team's on-call; then juniors before seniors, who may grow into a place above
    // (§12.10.2).
    const rank = (sre: string) =>
      SRE_LEVELS.indexOf(byLocation.find((b) => b.free.includes(sre))?.level ?? 'principal');
    const pager = (sre: string) => {
      const person = model.people.get(sre);
      if (person?.spec.onCall === false) return 0;
      return takesOnCallOutsideBusinessHours(person) ? 2 : 1;
    };
    const candidates = byLocation
      .flatMap((b) => b.free)
      .filter((sre) => model.people.get(sre)?.spec.team === agreed.sreTeam)
      .map((sre, index) => ({ sre, index }))
      .sort(
        (a, b) => pager(a.sre) - pager(b.sre) || rank(a.sre) - rank(b.sre) || a.index - b.index,
      );
    for (const { sre } of candidates) {
      if (hours <= 0) break;
      held.push(sre);
      hours -= input.workingMonth(sre);
    }
    if (held.length === 0) continue;
    for (const sre of held) {
      const i = byLocation.findIndex((b) => b.free.includes(sre));
      const b = byLocation[i];
      if (b === undefined) continue;
      const at = b.free.indexOf(sre);
      byLocation[i] = {
        ...b,
        spare: b.spare - 1,
        free: b.free.filter((_, k) => k !== at),
        freeProductLines: b.freeProductLines.filter((_, k) => k !== at),
        freeNames: b.freeNames.filter((_, k) => k !== at),
      };
      const l = levels.findIndex((x) => x.level === b.level);
      const level = levels[l];
      if (level !== undefined)
        levels[l] = { ...level, consulting: level.consulting + 1, spare: level.spare - 1 };
    }
    holds.push({
      ...agreed,
      sres: held,
      names: held.map((p) => personDisplayName(model, p)),
    });
  }
  return holds;
}
