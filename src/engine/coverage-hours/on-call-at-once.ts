/**
 * People on call at the same time on one rotation: a primary and a secondary. It is the
 * assumption from which the 25% rule gives the chapter's "at least 8 people at one site" for
 * 24x7 (2 × 168 h ÷ 42 h each), so sizing and cost use the same figure.
 */
export const ON_CALL_AT_ONCE = 2;

/** On-call is at most a quarter of a person's time (168 h a week): 42 hours a week. */
export const MAX_ON_CALL_SHARE = 0.25;
export const HOURS_PER_WEEK = 168;

/**
 * People a schedule keeps on call at once on one rotation: one (a secondary is a rotation of its
 * own in the model). On-call cost and on-call load count what the schedule staffs; sizing keeps
 * `ON_CALL_AT_ONCE`, the chapter's basis for its head counts.
 */
export const ON_CALL_PER_ROTATION = 1;
