import {
  compensatePerson,
  formatMonth,
  type IncidentWork,
  type Month,
  type PersonCompensation,
  personHoursFromRotations,
} from '../engine/compensation/index.ts';
import { businessHoursOf } from '../engine/coverage-hours/index.ts';
import { annualCostOf } from '../engine/funding/index.ts';
import { moneyFromMajor, multiplyMoneyRatio } from '../engine/money/index.ts';
import { type OnCallCost, type OnCallCostResult, onCallCost } from '../engine/oncall-cost/index.ts';
import type { Model } from '../model/index.ts';

export interface OnCallCostReport {
  readonly cost: OnCallCost;
  /** The month of the compensation per person, as `YYYY-MM`. */
  readonly month: string;
  readonly people: readonly PersonCompensation[];
}

export type OnCallCostReportResult =
  | { readonly ok: true; readonly report: OnCallCostReport }
  | Extract<OnCallCostResult, { ok: false }>;

/**
 * What `oncall-cost` reports, for the CLI and the server alike: the designs priced per month
 * and every §12.9.5 compensation building block per person for `month`.
 */
export function onCallCostReport(options: {
  readonly model: Model;
  readonly month: Month;
  readonly policy?: string | undefined;
  readonly incidents?: readonly IncidentWork[] | undefined;
}): OnCallCostReportResult {
  const { model, month, incidents } = options;
  const result = onCallCost(model, { policy: options.policy, incidents });
  if (!result.ok) return result;
  const { cost } = result;
  const spec = model.compensationPolicies.get(cost.policy)?.spec;
  const businessHours = businessHoursOf(spec);
  const people = spec
    ? personHoursFromRotations({ model, month, businessHours, incidents }).map((hours) => {
        const person = model.people.get(hours.person);
        // The uplift needs a base salary; the model has none, so the assumed yearly cost is used.
        const monthlyBase = person
          ? multiplyMoneyRatio(moneyFromMajor(annualCostOf(person), spec.currency), 1, 12)
          : undefined;
        return compensatePerson({ hours, policy: spec, monthlyBase });
      })
    : [];
  return { ok: true, report: { cost, month: formatMonth(month), people } };
}
