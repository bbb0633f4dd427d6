export { type AnnualCostTable, annualCostOf, DEFAULT_ANNUAL_COST } from './annual-cost.ts';
export { checkLimits, type LimitCheck, type LimitCheckInput } from './check-limits.ts';
export {
  fundingPlan,
  type HeadcountAndCost,
  type OrganizationFunding,
  type PlannedHire,
} from './funding-plan.ts';
