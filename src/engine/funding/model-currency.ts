import type { CompiledModel } from '../../model/index.ts';

/** The currency used when the model states none at all. */
export const FALLBACK_CURRENCY = 'EUR';

/**
 * The currency a model keeps its books in: the budget currency of its top product delivery
 * organization, else of the first organization with a budget, else the currency of its first
 * salary band, compensation policy or transfer price, else EUR. Default salaries and the costs of
 * people without a band are stated in it.
 */
export function modelCurrency(model: CompiledModel): string {
  const orgs = [...model.organizations.values()];
  const top = orgs.find((o) => o.spec.type === 'product-delivery' && o.spec.parent === undefined);
  return (
    top?.spec.budget?.currency ??
    orgs.find((o) => o.spec.budget !== undefined)?.spec.budget?.currency ??
    model.salaryBands.values().next().value?.spec.currency ??
    model.compensationPolicies.values().next().value?.spec.currency ??
    model.transferPrices.values().next().value?.spec.currency ??
    FALLBACK_CURRENCY
  );
}
