import type { CompiledModel } from '../../model/index.ts';
import type { BusinessHours } from '../coverage-hours/index.ts';
import type { AnnualCostTable } from '../funding/index.ts';
import { sresSharingOnCall } from '../spectrum/shared-on-call-sres.ts';
import { consultingHours, workingMonth } from './consulting-hours.ts';
import { type HeadcountByRole, headcountByRole, placeHolders } from './headcount-by-role.ts';
import { type Hire, hiringList } from './hiring-list.ts';
import { neededOnRotations } from './needed-on-rotations.ts';
import { hiresAfterPractice, practicePlaces } from './practice-places.ts';
import { type Promotion, promotions } from './promotions.ts';
import { type RotationSizing, rotationSizing } from './rotation-sizing.ts';
import { type SreSurplus, sreSurplus } from './sre-surplus.ts';
import { type SreTeamScaling, sreTeamScaling } from './sre-team-scaling.ts';

/** The places, seats and surplus staffing counts, before anything is priced or funded. */
export interface StaffingCounts {
  readonly rotations: readonly RotationSizing[];
  /** The people a rotation needs where they are, with those rotations (§12.6). */
  readonly onRotations: ReadonlyMap<string, readonly string[]>;
  readonly headcount: HeadcountByRole;
  /** Every place nobody holds, before practice places and promotions (§12.10.2). */
  readonly gaps: readonly Hire[];
  readonly practiced: ReturnType<typeof practicePlaces>;
  /** The gaps practice places leave. */
  readonly open: readonly Hire[];
  readonly grown: readonly Omit<Promotion, 'limitsIfHired'>[];
  readonly sreTeams: SreTeamScaling;
  readonly surplus: SreSurplus;
}

/**
 * The counts `staffing` and `freeSres` share, so the SREs staffing lets go and those every other
 * command calls free are one count: rotation seats (§12.6, §12.9), the §12.10.2 places by level
 * and site, the places hires, practice and promotions fill, and the surplus beyond them.
 *
 * Worked out once per model, business hours and cost table: the plan asks twice (who is free for
 * the recommendations, then staffing), and at 10,000 teams each count took seconds. The hires
 * name no organization (`Hire.organization` undefined): nothing here depends on where hires go,
 * and `staffing` says where (`hiringOrganization`).
 */
export function staffingCounts(
  model: CompiledModel,
  options: {
    readonly businessHours: BusinessHours;
    readonly annualCost: AnnualCostTable;
  },
): StaffingCounts {
  const byHours = model.derive(countsByHours);
  const key = JSON.stringify(options.businessHours);
  let byTable = byHours.get(key);
  if (byTable === undefined) {
    byTable = new Map();
    byHours.set(key, byTable);
  }
  let counts = byTable.get(options.annualCost);
  if (counts === undefined) {
    counts = compute(model, options.businessHours, options.annualCost);
    byTable.set(options.annualCost, counts);
  }
  return counts;
}

/** The counts of a model by business hours, then by cost table (the same table, the same object). */
function countsByHours(): Map<string, Map<AnnualCostTable, StaffingCounts>> {
  return new Map();
}

function compute(
  model: CompiledModel,
  businessHours: BusinessHours,
  annualCost: AnnualCostTable,
): StaffingCounts {
  const rotations = rotationSizing(model, businessHours);
  // An SRE a rotation needs where they are counts for their own site's places only (§12.6).
  const onRotations = neededOnRotations(model, rotations, () =>
    placeHolders(model, headcountByRole(model)),
  );
  const headcount = headcountByRole(model, onRotations);
  // Every place nobody holds, then those a spare SRE below can grow into (§12.10.2): the
  // hiring list hires only the rest, so its head count and cost count no hire a promotion avoids.
  const gaps = hiringList(model, headcount, () => undefined);
  // Re-titled people practise SRE in junior places before the role is theirs (§12.9.4).
  const practiced = practicePlaces(model, headcount, gaps);
  const open = hiresAfterPractice(gaps, practiced);
  const grown = promotions(model, headcount, open, onRotations);
  const sreTeams = sreTeamScaling(model);
  return {
    rotations,
    onRotations,
    headcount,
    gaps,
    practiced,
    open,
    grown,
    sreTeams,
    surplus: sreSurplus(model, {
      headcount,
      gaps,
      promotions: grown,
      sreTeams,
      onRotations,
      sharingOnCall: sresSharingOnCall(model),
      consulting: consultingHours(model),
      workingMonth: workingMonth(model, businessHours),
      annualCost,
    }),
  };
}
