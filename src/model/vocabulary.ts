/**
 * The closed vocabularies of whorunsit (DESIGN.md "Vocabulary"). Identifiers are part of the
 * public file format and API: extend, never rename.
 */

/** The "who builds it, who runs it?" spectrum (§12.2), plus no organized operations (§12.8.1). */
export const RUN_MODELS = [
  'you-run-it',
  'you-and-sre-run-it',
  'sre-runs-it',
  'ops-runs-it',
  'unorganized',
] as const;
export type RunModel = (typeof RUN_MODELS)[number];

/** Dev-team setups in `you-run-it` (§12.3, options 1, 2 and 3). */
export const TEAM_SETUPS = [
  'developers-on-rotation',
  'dedicated-sre',
  'dedicated-sre-and-developers',
] as const;
export type TeamSetup = (typeof TEAM_SETUPS)[number];

export const ORGANIZATION_TYPES = ['product-delivery', 'development', 'operations', 'sre'] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export const TEAM_TYPES = [
  'development',
  'sre',
  'sre-infrastructure',
  'operations',
  'thin-layer',
] as const;
export type TeamType = (typeof TEAM_TYPES)[number];

/** Rotation types (§12.6). */
export const ROTATION_TYPES = ['team', 'domain', 'thin-layer'] as const;
export type RotationType = (typeof ROTATION_TYPES)[number];

export const COVERAGES = ['24x7', '8x5', '8x7'] as const;
export type Coverage = (typeof COVERAGES)[number];

/** SRE career levels (§12.10). */
export const SRE_LEVELS = ['junior', 'senior', 'principal'] as const;
export type SreLevel = (typeof SRE_LEVELS)[number];

/** How an SRE organization is positioned (§12.8.4). */
export const POSITIONINGS = ['cost-center', 'asset', 'partner', 'enabler'] as const;
export type Positioning = (typeof POSITIONINGS)[number];

/** SRE offerings (§12.4.3). */
export const OFFERING_TYPES = [
  'advisory',
  'consulting',
  'co-design',
  'transformation',
  'shared-on-call',
  'dedicated-on-call',
  'infrastructure',
] as const;
export type OfferingType = (typeof OFFERING_TYPES)[number];

/** Price models for SRE services (§12.4.7). */
export const PRICE_MODELS = ['project', 'transfer-price', 'per-service', 'subscription'] as const;
export type PriceModel = (typeof PRICE_MODELS)[number];

export const PERSON_ROLES = [
  'developer',
  'sre',
  'infrastructure-sre',
  'platform-sre',
  'application-sre',
  'sre-infrastructure-po',
  'ops-engineer',
  'manager',
] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const DEMANDS = ['high', 'medium', 'low'] as const;
export type Demand = (typeof DEMANDS)[number];

export const BUDGET_WINDOWS = ['28d', '30d', 'calendar-month'] as const;
export type BudgetWindow = (typeof BUDGET_WINDOWS)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const BUDGET_PERIODS = ['month', 'quarter', 'year'] as const;
export type BudgetPeriod = (typeof BUDGET_PERIODS)[number];

/** Kinds of the whorunsit/v1 file format, in the order they are documented. */
export const KINDS = [
  'Organization',
  'Team',
  'Person',
  'Service',
  'ErrorBudgetPolicy',
  'Rotation',
  'CompensationPolicy',
  'TransferPrice',
  'Offering',
  'SalaryBand',
] as const;
export type Kind = (typeof KINDS)[number];

export const API_VERSION = 'whorunsit/v1';
