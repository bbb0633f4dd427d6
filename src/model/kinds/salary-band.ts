import { z } from 'zod';
import { PERSON_ROLES, SRE_LEVELS } from '../vocabulary.ts';
import { Amount, Currency } from './common.ts';

/**
 * The yearly salary of the people of a role, level and location (§12 "Budget": "What are the
 * salaries by role and location in the realm of SRE?"; §12.4.6: head count and budget). Every
 * field but the amount narrows whom the band applies to; a person's salary comes from the most
 * specific band that matches them, else from the documented defaults.
 */
export const SalaryBandSpec = z.strictObject({
  role: z.enum(PERSON_ROLES).optional(),
  /** An SRE level (§12.10); applies to people of that level. */
  level: z.enum(SRE_LEVELS).optional(),
  /** Matches `Person.location` (case and surrounding spaces ignored). */
  location: z.string().trim().min(1).optional(),
  /** The yearly cost of one person in the band, in the currency's major unit. */
  annual: Amount,
  currency: Currency,
});
export type SalaryBandSpec = z.infer<typeof SalaryBandSpec>;
