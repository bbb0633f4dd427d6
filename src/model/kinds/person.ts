import { z } from 'zod';
import { PERSON_ROLES, SRE_LEVELS } from '../vocabulary.ts';
import { Ref, TimeZone } from './common.ts';

export const PersonSpec = z.strictObject({
  /** None for heads of organizations. */
  team: Ref.optional(),
  displayName: z.string().min(1).optional(),
  role: z.enum(PERSON_ROLES).optional(),
  level: z.enum(SRE_LEVELS).optional(),
  reportsTo: Ref.optional(),
  timezone: TimeZone.optional(),
  location: z.string().min(1).optional(),
  experienceYears: z.number().nonnegative().finite().optional(),
  /** Months of SRE practice before the role was assigned (§12.9.4). */
  srePracticeMonths: z.number().nonnegative().finite().optional(),
  mentors: z.array(Ref).optional(),
  onCall: z.boolean().optional(),
});
export type PersonSpec = z.infer<typeof PersonSpec>;
