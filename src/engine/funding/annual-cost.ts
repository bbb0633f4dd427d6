import type { PersonRole, SreLevel } from '../../model/index.ts';

/**
 * Default yearly salaries, in major units of the model's currency, for people no SalaryBand
 * matches. They are placeholders to be replaced by the organization's own bands, chosen so the
 * chapter's rules hold: SREs cost more than operations engineers, at every level — "the core
 * reason and the justification for SREs commanding higher wages than operations engineers"
 * (§12.4.6) — and a senior costs less than two juniors, so the chapter's "two junior people
 * instead of a senior" breaks a head count limit without breaking the budget (§12.4.6).
 */
export interface AnnualCostTable {
  /** SREs (and people without a role) who have an SRE level. */
  readonly levels: Readonly<Record<SreLevel, number>>;
  /** Everyone else, by role; `default` for people without a role. */
  readonly roles: Readonly<Partial<Record<PersonRole, number>>> & { readonly default: number };
}

export const DEFAULT_ANNUAL_COST: AnnualCostTable = {
  levels: { junior: 80_000, senior: 110_000, principal: 140_000 },
  roles: {
    developer: 80_000,
    sre: 95_000,
    'application-sre': 95_000,
    'platform-sre': 95_000,
    'infrastructure-sre': 95_000,
    'sre-infrastructure-po': 95_000,
    'ops-engineer': 70_000,
    manager: 120_000,
    default: 80_000,
  },
};
