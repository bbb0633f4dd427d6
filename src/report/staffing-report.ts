import { selectPolicy } from '../engine/compensation/index.ts';
import { businessHoursOf } from '../engine/coverage-hours/index.ts';
import { type AnnualCostTable, DEFAULT_ANNUAL_COST } from '../engine/funding/index.ts';
import { type Staffing, staffing } from '../engine/staffing/index.ts';
import type { CompiledModel } from '../model/index.ts';

export type StaffingReport =
  | { readonly ok: true; readonly staffing: Staffing; readonly annualCost: AnnualCostTable }
  | { readonly ok: false; readonly code: 'unknown-policy'; readonly message: string };

/**
 * What `staffing` reports, for the CLI and the server alike: the policy's business hours size
 * 8x5 and 8x7 rotations, and funding uses the default yearly cost per level.
 */
export function staffingReport(
  model: CompiledModel,
  options: { readonly policy?: string | undefined } = {},
): StaffingReport {
  const selected = selectPolicy(model, options.policy);
  if (!selected.ok) return selected;
  const annualCost = DEFAULT_ANNUAL_COST;
  return {
    ok: true,
    staffing: staffing(model, {
      businessHours: businessHoursOf(selected.policy?.spec),
      annualCost,
    }),
    annualCost,
  };
}
