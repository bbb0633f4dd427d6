export { type Chargeback, chargeback } from './chargeback.ts';
export {
  buildStatements,
  type InternalSupport,
  type Price,
  type Reconciliation,
  type Statement,
  type StatementInput,
  type StatementLine,
  type Statements,
  type Unpriced,
} from './statements.ts';
export {
  type AllocationResult,
  type SupportAllocation,
  supportAllocations,
} from './support-allocations.ts';
export { supportHoursPerMonth } from './support-hours.ts';
export { workingHundredths } from './working-hours.ts';
