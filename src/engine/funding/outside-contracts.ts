import type { CompiledModel, OrganizationType } from '../../model/index.ts';
import { isOutsideCompany, organizationPeople, organizationTree } from '../../model/index.ts';
import type { Money } from '../money/index.ts';
import { perYear } from '../spectrum/budget-commitments.ts';

/** What the company pays another company a year, as the model states it. */
export interface OutsideContract {
  /** The outside organization that holds the contract (`isOutsideCompany`). */
  readonly organization: string;
  readonly name: string;
  readonly type: OrganizationType;
  /**
   * The contract's value a year: the organization's budget, committed in full (§12.4.6), the
   * figure `fundingPlan` reads as the contract. Null when neither it nor an organization below it
   * states a budget: the model does not say what the contract costs.
   */
  readonly perYear: Money | null;
  /** The people of the organization (and those below it) the model names, paid by the contract. */
  readonly people: number;
}

/**
 * The contracts of the model's outside organizations, each counted once (§12.4.6): every outside
 * organization with a budget that no outside organization above it has (a budget above already
 * holds it), and every topmost outside organization whose tree states no budget at all (its
 * contract's value unknown). An outside organization's people are paid by its contract, never by
 * a salary the company pays (`worksForOutsideCompany`).
 */
export function outsideContracts(model: CompiledModel): OutsideContract[] {
  const outside = (name: string | undefined) => name !== undefined && isOutsideCompany(model, name);
  const above = (name: string): string[] => {
    const chain: string[] = [];
    let parent = model.organizations.get(name)?.spec.parent;
    while (outside(parent) && !chain.includes(parent as string)) {
      chain.push(parent as string);
      parent = model.organizations.get(parent as string)?.spec.parent;
    }
    return chain;
  };
  const budgeted = (name: string) => model.organizations.get(name)?.spec.budget !== undefined;
  const contracts: OutsideContract[] = [];
  for (const org of model.organizations.values()) {
    if (!outside(org.name)) continue;
    const chain = above(org.name);
    const budget = org.spec.budget;
    const counted = budget
      ? !chain.some(budgeted)
      : chain.length === 0 && ![...organizationTree(model, org)].some(budgeted);
    if (!counted) continue;
    contracts.push({
      organization: org.name,
      name: org.metadata.displayName ?? org.name,
      type: org.spec.type,
      perYear: budget ? perYear(budget.amount, budget.currency, budget.period) : null,
      people: organizationPeople(model, org).length,
    });
  }
  return contracts;
}
