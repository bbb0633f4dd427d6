import { z } from 'zod';
import { BUDGET_WINDOWS } from '../vocabulary.ts';
import { Ref } from './common.ts';

const Count = z.int().positive();

/** The error budget policy both sides sign (§12.5). */
export const ErrorBudgetPolicySpec = z.strictObject({
  window: z.enum(BUDGET_WINDOWS).default('28d'),
  /** SRE takes over (again) after this many consecutive periods within budget. */
  takeover: z.strictObject({ withinBudgetPeriods: Count }).optional(),
  /** SRE hands back when the budget was depleted in `depletedPeriods` of the last `outOf`. */
  handback: z
    .strictObject({ depletedPeriods: Count, outOf: Count })
    .refine((h) => h.depletedPeriods <= h.outOf, {
      message: 'expected depletedPeriods to be at most outOf',
    })
    .optional(),
  freezeWhenDepleted: z.boolean().optional(),
  /** An incident consuming more than this share of the period's budget needs a postmortem. */
  postmortemIncidentShare: z.number().gt(0).lte(1).optional(),
  escalateTo: Ref.optional(),
});
export type ErrorBudgetPolicySpec = z.infer<typeof ErrorBudgetPolicySpec>;
