import { z } from 'zod';
import { COVERAGES, ROTATION_TYPES } from '../vocabulary.ts';
import { Duration, Handoff, Name, Ref, TimeOfDay, TimeZone } from './common.ts';

/**
 * A follow-the-sun rotation's own split of the day: each site, named by one of its zones (a
 * zone of its members, or one at most two hours from them), covers from its local `from` time
 * until the next site takes over (§12.6).
 */
export const FollowTheSunSites = z.strictObject({
  sites: z
    .array(z.strictObject({ timezone: TimeZone, from: TimeOfDay }))
    .min(2)
    .refine((sites) => new Set(sites.map((s) => s.timezone)).size === sites.length, {
      message: 'expected each site once: a time zone is named twice',
    }),
});
export type FollowTheSunSites = z.infer<typeof FollowTheSunSites>;

export const RotationSpec = z
  .strictObject({
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
    /**
     * Whether a round-the-clock rotation follows the sun, each site covering its own part of the
     * day. Without it, it does when its sites are far enough apart and large enough
     * (`engine/sites/rotation-setup.ts`); `true` and `false` decide instead, and `{ sites }`
     * says it does and when each site takes over.
     */
    followTheSun: z.union([z.boolean(), FollowTheSunSites]).optional(),
  })
  .refine(
    (r) => r.followTheSun === undefined || r.followTheSun === false || r.coverage === '24x7',
    {
      message:
        'expected followTheSun only on a 24x7 rotation (8x5 and 8x7 keep business hours in the rotation’s zone)',
      path: ['followTheSun'],
    },
  );
export type RotationSpec = z.infer<typeof RotationSpec>;
