import { z } from 'zod';
import { BUDGET_PERIODS, ORGANIZATION_TYPES, POSITIONINGS, RUN_MODELS } from '../vocabulary.ts';
import { Amount, Currency, Percent, Ref } from './common.ts';

/** Availability tiers (§12.6): targets at or above `high` are high tier, at or above `medium` medium. */
export const AvailabilityTiers = z
  .strictObject({ high: Percent.default(99.9), medium: Percent.default(99.5) })
  .refine((t) => t.high > t.medium, {
    message: 'expected the high tier threshold to be above the medium one',
  });

export const DEFAULT_AVAILABILITY_TIERS = { high: 99.9, medium: 99.5 } as const;

export const OrganizationSpec = z.strictObject({
  type: z.enum(ORGANIZATION_TYPES),
  parent: Ref.optional(),
  head: Ref.optional(),
  costCenter: z.string().min(1).optional(),
  budget: z
    .strictObject({ amount: Amount, currency: Currency, period: z.enum(BUDGET_PERIODS) })
    .optional(),
  headcountLimit: z.int().nonnegative().optional(),
  /** Only meaningful for SRE organizations (§12.8.4). */
  positioning: z.enum(POSITIONINGS).optional(),
  availabilityTiers: AvailabilityTiers.optional(),
  currentModel: z.enum(RUN_MODELS).optional(),
  targetModel: z.enum(RUN_MODELS).optional(),
});
export type OrganizationSpec = z.infer<typeof OrganizationSpec>;
