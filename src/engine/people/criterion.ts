/** met / unmet / unknown: a criterion is unknown whenever the model lacks its evidence. */
export type CriterionStatus = 'met' | 'unmet' | 'unknown';

export type CriterionId =
  | 'sre-practice-before-role'
  | 'minimum-experience'
  | 'next-level-work'
  | 'influence-beyond-scope'
  | 'communication'
  | 'supportive-feedback'
  | 'seeks-responsibility'
  | 'mentored-an-sre';

export interface CriterionResult {
  readonly id: CriterionId;
  /** The chapter section the rule comes from. */
  readonly section: string;
  readonly criterion: string;
  readonly status: CriterionStatus;
  /** What the model says, or which field would settle an unknown criterion. */
  readonly evidence: string;
}

/** Whether a set of criteria is met: any unmet → no; else any unknown → unknown. */
export type Verdict = 'meets' | 'does-not-meet' | 'unknown';

export function verdictOf(criteria: readonly CriterionResult[]): Verdict {
  if (criteria.some((c) => c.status === 'unmet')) return 'does-not-meet';
  if (criteria.some((c) => c.status === 'unknown')) return 'unknown';
  return 'meets';
}
