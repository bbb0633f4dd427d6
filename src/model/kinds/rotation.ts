import { z } from 'zod';
import { COVERAGES, ROTATION_TYPES } from '../vocabulary.ts';
import { Duration, Handoff, Name, Ref, TimeZone } from './common.ts';

export const RotationSpec = z.strictObject({
  type: z.enum(ROTATION_TYPES),
  coverage: z.enum(COVERAGES),
  members: z.array(Ref).min(1),
  timezone: TimeZone.default('UTC'),
  shiftLength: Duration.default('1w'),
  handoff: Handoff.default('Mon 09:00'),
  covers: z
    .strictObject({
      teams: z.array(Ref).optional(),
      services: z.array(Ref).optional(),
      domain: Name.optional(),
    })
    .optional(),
  /** A thin layer forwards what its runbooks do not cover to these rotations (§12.6). */
  forwardsTo: z.array(Ref).optional(),
});
export type RotationSpec = z.infer<typeof RotationSpec>;
