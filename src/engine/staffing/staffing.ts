import type { CompiledModel } from '../../model/index.ts';
import type { BusinessHours } from '../coverage-hours/index.ts';
import {
  type AnnualCostTable,
  DEFAULT_ANNUAL_COST,
  fundingPlan,
  type OrganizationFunding,
} from '../funding/index.ts';
import type { Money } from '../money/index.ts';
import { optimizedDesign } from '../oncall-cost/optimized-design.ts';
import { rotationsTheDesignEnds } from '../oncall-cost/rotations-the-design-ends.ts';
import { toJson } from '../plan/document/json-value.ts';
import { type SreTeamStays, sreHome } from '../spectrum/sre-home.ts';
import { firstYearOfWaves } from './first-year-of-waves.ts';
import { freeSrePlaces } from './free-sre-places.ts';
import type { HeadcountByRole } from './headcount-by-role.ts';
import { type Hire, hiringOrganization } from './hiring-list.ts';
import { type OnCallLoad, overloadedPeople } from './on-call-load.ts';
import { withOpenPositions } from './open-positions-in-hiring.ts';
import type { PracticePlaces } from './practice-places.ts';
import { hiresAfterPromotions, type Promotion } from './promotions.ts';
import type { RotationSizing } from './rotation-sizing.ts';
import type { SreSurplus } from './sre-surplus.ts';
import type { SreTeamScaling } from './sre-team-scaling.ts';
import { staffingCounts } from './staffing-counts.ts';
import type { SurplusPlaces } from './surplus-allocation.ts';

export interface Staffing {
  readonly sreTeams: SreTeamScaling;
  readonly headcount: HeadcountByRole;
  /** Hires of the places no promotion fills. */
  readonly hiring: readonly Hire[];
  /** Short levels with spare SREs below: promote before hiring (§12.10.2). */
  readonly promotions: readonly Promotion[];
  /** Junior places offered to SRE titles without practice before hiring (§12.9.4); null if none. */
  readonly practice: PracticePlaces | null;
  readonly rotations: readonly RotationSizing[];
  readonly overloaded: readonly OnCallLoad[];
  /**
   * SRE teams that sit today where the plan does not put SRE, moving with their people to where
   * it does (§12.8.2, `sreHome`): funding counts them in their new organization.
   */
  readonly moves: readonly SreTeamMoveNames[];
  /**
   * SRE teams in name only that sit where the plan does not put SRE: they stay, their people are
   * counted where they are (§12.4.6, §12.9.4, `sreHome`).
   */
  readonly staysInNameOnly: readonly SreTeamStays[];
  readonly funding: readonly OrganizationFunding[];
  /**
   * What the hiring list's quarterly waves cost in the plan's first year (`firstYearOfWaves`),
   * beside funding's full-year run rate; null with one wave.
   */
  readonly firstYearOfHires: Money | null;
  /** The first year's salaries of the waves' hires paid in another currency, not converted. */
  readonly firstYearOfHiresOtherCurrencies: readonly Money[];
  /** SREs and SRE teams beyond what the organization needs, and where they can go. */
  readonly surplus: SreSurplus;
  /**
   * Where the free SREs go (`freeSrePlaces`): the seats of short rotations the §12.6 design keeps,
   * their team's on-call, or attrition, by name; what staffing's options and the plan's decision
   * and risks all say.
   */
  readonly surplusPlaces: SurplusPlaces;
}

/** An SRE team's move, by names: the team, from and to which organization, and its people. */
export interface SreTeamMoveNames {
  readonly team: string;
  readonly from: string;
  readonly to: string;
  readonly people: readonly string[];
}

export interface StaffingOptions {
  readonly businessHours: BusinessHours;
  readonly annualCost?: AnnualCostTable | undefined;
  /**
   * Today's rotations the §12.6 optimized design ends (`rotationsTheDesignEnds`), when the caller
   * has the design priced already (the plan); worked out from the design otherwise.
   */
  readonly designEnds?: ReadonlySet<string> | undefined;
}

/**
 * The staffing answers an SRE leader brings to executives (§12.1 "Planning" and "Budget"):
 * SRE teams (§12.4.1), SREs by level and location with promotions before a hiring list (§12.10.2), rotation
 * sizes (§12.6) and whether the hires fit each organization's budget and head count (§12.4.6).
 */
export function staffing(model: CompiledModel, options: StaffingOptions): Staffing {
  const table = options.annualCost ?? DEFAULT_ANNUAL_COST;
  const counts = staffingCounts(model, { businessHours: options.businessHours, annualCost: table });
  const { rotations, headcount, practiced, grown, sreTeams, surplus } = counts;
  // The counts are shared with `freeSres` and name no organization: the hires go where the plan
  // puts SRE (`hiringOrganization`).
  const organization = hiringOrganization(model);
  const placed = (hires: readonly Hire[]) => hires.map((h) => ({ ...h, organization }));
  const gaps = placed(counts.gaps);
  const open = placed(counts.open);
  // An open SRE position is one of the hires of its level and site, never one more.
  const hiring = withOpenPositions(
    model,
    hiresAfterPromotions(open, grown),
    headcount.openPositions,
  );
  // Where SRE sits is decided once (§12.8.2): an SRE team of another home moves to it, unless
  // it is one in name only (§12.4.6).
  const { moves, staysInNameOnly } = sreHome(model);
  // The candidates the hiring list counts on, best placed first: their raises are in the cost.
  const promoted = grown.flatMap((p) =>
    p.candidates.slice(0, p.promoted).map((c) => ({ person: c.person, level: p.level })),
  );
  const funding = fundingPlan(model, hiring, table, moves, promoted);
  // What rides on the promotions: the limits a hire in their place would break.
  const limitsIf = (hires: readonly Hire[]) =>
    fundingPlan(model, hires, table, moves).flatMap((f) =>
      f.breaksHeadcount &&
      f.headcountLimit !== undefined &&
      !funding.find((g) => g.organization === f.organization)?.breaksHeadcount
        ? [
            {
              organization: f.organization,
              headcount: f.planned.headcount,
              limit: f.headcountLimit,
            },
          ]
        : [],
    );
  const limitsIfHired = grown.some((p) => p.promoted > 0) ? limitsIf(open) : [];
  const practice = practiced
    ? {
        ...practiced,
        limitsIfHired: practiced.offered > 0 ? limitsIf(hiresAfterPromotions(gaps, grown)) : [],
      }
    : null;
  const firstYear = firstYearOfWaves(model, hiring, headcount, table);
  // A rotation the on-call design merges or replaces is no place for a free SRE (§12.6).
  const ended =
    options.designEnds ??
    rotationsTheDesignEnds(
      model.rotations.keys(),
      optimizedDesign(model, options.businessHours).rotations,
    );
  const surplusPlaces = freeSrePlaces(model, toJson(surplus), rotations, ended, grown);
  return {
    sreTeams,
    headcount,
    hiring,
    promotions: notPlaced(grown, surplusPlaces).map((p) => ({
      ...p,
      limitsIfHired: p.promoted > 0 ? limitsIfHired : [],
    })),
    practice,
    rotations,
    overloaded: overloadedPeople(model, options.businessHours),
    moves: moves.map((m) => ({ ...m, people: m.people.map((p) => p.name) })),
    staysInNameOnly,
    funding,
    firstYearOfHires: firstYear?.total ?? null,
    firstYearOfHiresOtherCurrencies: firstYear?.otherCurrencies ?? [],
    surplus,
    surplusPlaces,
  };
}

/**
 * The promotions without the candidates the plan places (§12.10.2, §12.4.1): an SRE the surplus
 * decision sends to a team's on-call or a short rotation's seat (`freeSrePlaces`) is the plan's
 * answer for that team or rotation, so the hiring decision does not also offer them for the place
 * above. payments offered Anouk Peters for the principal place while sending her to share
 * threeds's on-call. The candidates counted on (the first `promoted`) are never free to place:
 * the surplus counts them as grown (`sreSurplus`), so they stay.
 */
function notPlaced<P extends { readonly candidates: readonly { readonly person: string }[] }>(
  grown: readonly P[],
  places: SurplusPlaces,
): P[] {
  const placed = new Set([
    ...places.joined.flatMap((x) => x.sres.map((p) => p.sre)),
    ...places.sentApart.map((p) => p.sre),
  ]);
  return grown.map((p) => ({
    ...p,
    candidates: p.candidates.filter((c) => !placed.has(c.person)),
  }));
}
