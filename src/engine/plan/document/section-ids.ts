/**
 * The sections of the plan document, by stable id: the anchors every renderer gives them, so a
 * figure of the summary or a risk can link to where it is explained.
 */
export const PLAN_SECTION_IDS = [
  'summary',
  'decisions',
  'placement-options',
  'operating-cost',
  'business-case',
  'risks',
  'error-budgets',
  'decision-dimensions',
  'spectrum-mix',
  'services',
  'ops-run-issues',
  'transitions',
  'sre-capacity',
  'placements',
  'topology',
  'reporting-lines',
  'new-director',
  'positioning',
  'sre-teams',
  'sre-headcount',
  'hiring',
  'rotation-sizes',
  'oncall-load',
  'funding',
  'oncall-cost',
  'oncall-designs',
  'chargeback',
  'offerings',
  'checks',
  'model-comparison',
  'glossary',
  'open-questions',
] as const;

export type PlanSectionId = (typeof PLAN_SECTION_IDS)[number];
