export { type AnnualCostTable, DEFAULT_ANNUAL_COST } from './annual-cost.ts';
export { type BudgetVerdict, budgetVerdict, defaultedLines } from './budget-verdict.ts';
export { checkLimits, type LimitCheck, type LimitCheckInput } from './check-limits.ts';
export {
  fundingPlan,
  type HeadcountAndCost,
  type OpenPositionCost,
  type OrganizationFunding,
  type PlannedHire,
  type PlannedMove,
} from './funding-plan.ts';
export { FALLBACK_CURRENCY, modelCurrency } from './model-currency.ts';
export { fundedAsItself } from './open-positions.ts';
export { type OutsideContract, outsideContracts } from './outside-contracts.ts';
export {
  type PlannedPromotion,
  type PromotionRaise,
  promotionRaise,
} from './promotion-raise.ts';
export { type SalaryCost, type SalaryLine, salaryCost } from './salary-cost.ts';
export { type Salary, type SalaryProfile, salaryOf, salaryProfileOf } from './salary-of.ts';
