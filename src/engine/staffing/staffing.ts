import type { CompiledModel } from '../../model/index.ts';
import type { BusinessHours } from '../coverage-hours/index.ts';
import {
  type AnnualCostTable,
  DEFAULT_ANNUAL_COST,
  fundingPlan,
  type OrganizationFunding,
} from '../funding/index.ts';
import { type HeadcountByRole, headcountByRole } from './headcount-by-role.ts';
import { type Hire, hiringList } from './hiring-list.ts';
import { type OnCallLoad, overloadedPeople } from './on-call-load.ts';
import { type RotationSizing, rotationSizing } from './rotation-sizing.ts';
import { type SreTeamScaling, sreTeamScaling } from './sre-team-scaling.ts';

export interface Staffing {
  readonly sreTeams: SreTeamScaling;
  readonly headcount: HeadcountByRole;
  readonly hiring: readonly Hire[];
  readonly rotations: readonly RotationSizing[];
  readonly overloaded: readonly OnCallLoad[];
  readonly funding: readonly OrganizationFunding[];
}

export interface StaffingOptions {
  readonly businessHours: BusinessHours;
  readonly annualCost?: AnnualCostTable | undefined;
}

/**
 * The staffing answers an SRE leader brings to executives (§12.1 "Planning" and "Budget"):
 * SRE teams (§12.4.1), SREs by level and location with a hiring list (§12.10.2), rotation
 * sizes (§12.6) and whether the hires fit each organization's budget and head count (§12.4.6).
 */
export function staffing(model: CompiledModel, options: StaffingOptions): Staffing {
  const headcount = headcountByRole(model);
  const hiring = hiringList(model, headcount);
  return {
    sreTeams: sreTeamScaling(model),
    headcount,
    hiring,
    rotations: rotationSizing(model, options.businessHours),
    overloaded: overloadedPeople(model, options.businessHours),
    funding: fundingPlan(model, hiring, options.annualCost ?? DEFAULT_ANNUAL_COST),
  };
}
