import type { Person, PersonRole, SreLevel } from '../../model/index.ts';

/**
 * Assumed yearly cost of one person, in major units of the budget's currency. The model holds
 * no salaries, so budget checks rest on these stated figures; callers pass their own. A junior
 * costs half a senior, so "two junior people instead of a senior" is budget-neutral, as in
 * §12.4.6.
 */
export interface AnnualCostTable {
  readonly levels: Readonly<Record<SreLevel, number>>;
  /** People without an SRE level, by role; `default` for people without a role. */
  readonly roles: Readonly<Partial<Record<PersonRole, number>>> & { readonly default: number };
}

export const DEFAULT_ANNUAL_COST: AnnualCostTable = {
  levels: { junior: 55_000, senior: 110_000, principal: 140_000 },
  roles: {
    developer: 80_000,
    sre: 90_000,
    'application-sre': 90_000,
    'platform-sre': 90_000,
    'infrastructure-sre': 90_000,
    'sre-infrastructure-po': 95_000,
    'ops-engineer': 65_000,
    manager: 120_000,
    default: 80_000,
  },
};

/** A person's assumed yearly cost: by SRE level when they have one, else by role. */
export function annualCostOf(person: Person, table: AnnualCostTable = DEFAULT_ANNUAL_COST): number {
  if (person.spec.level !== undefined) return table.levels[person.spec.level];
  const role = person.spec.role;
  return (role !== undefined ? table.roles[role] : undefined) ?? table.roles.default;
}
