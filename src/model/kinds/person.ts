import { z } from 'zod';
import { PERSON_ROLES, SRE_LEVELS } from '../vocabulary.ts';
import { Ref, TimeZone } from './common.ts';

/** How a mentee judged a mentorship (§12.10.2: principal SREs need a generally positive one). */
export const MENTORSHIP_FEEDBACK = ['positive', 'mixed', 'negative'] as const;
export type MentorshipFeedback = (typeof MENTORSHIP_FEEDBACK)[number];

const Months = z.number().nonnegative().finite();

/**
 * Evidence for the next step on the SRE career path (§12.10.2). Every field is optional: a
 * missing field makes its criterion "unknown", never met or unmet.
 */
export const CareerEvidence = z.strictObject({
  /** Months spent performing some of the work of the next level (criterion: more than six). */
  nextLevelWorkMonths: Months.optional(),
  /** Has influenced people beyond their current immediate scope of responsibility. */
  influenceBeyondScope: z.boolean().optional(),
  /** Communication and interpersonal skills connect with a wide range of people and roles. */
  communication: z.boolean().optional(),
  /**
   * Months of work feedback, by the line manager and others, that shows potential for more
   * responsibility and accountability (criterion: the last six months).
   */
  supportiveFeedbackMonths: Months.optional(),
  /** Actively seeks more responsibility and accountability. */
  seeksResponsibility: z.boolean().optional(),
  /** SREs this person has mentored, with the feedback each gave about the mentorship. */
  mentees: z
    .array(
      z.strictObject({
        person: Ref,
        feedback: z.enum(MENTORSHIP_FEEDBACK).optional(),
      }),
    )
    .optional(),
});
export type CareerEvidence = z.infer<typeof CareerEvidence>;

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
  /** The people who mentor this person. */
  mentors: z.array(Ref).optional(),
  onCall: z.boolean().optional(),
  /**
   * `false`: the person takes no on-call outside business hours, by agreement (§12.10.1: single
   * parents, people with small children "may be compensated differently than others"). They take
   * no turns of a rotation whose hours reach outside business hours (24x7, 8x7), and such a
   * rotation is sized without them (`rotationTurnTakers`).
   */
  onCallOutsideBusinessHours: z.boolean().optional(),
  /**
   * The CompensationPolicy that pays this person's on-call (§12.9.5, §12.10.1: people "may be
   * compensated differently than others", and people on several sites are paid in their own
   * currency). Else their team's, else the model's default (`payingPolicy`).
   */
  compensationPolicy: Ref.optional(),
  /** Evidence for the next career step (§12.10.2). */
  careerEvidence: CareerEvidence.optional(),
  /**
   * A planned position not filled yet (§12.12: "open positions by team"). It has a team, a role
   * and a level, but is nobody's name: plans count it as open, not as head count in place.
   */
  openPosition: z.boolean().optional(),
});
export type PersonSpec = z.infer<typeof PersonSpec>;
