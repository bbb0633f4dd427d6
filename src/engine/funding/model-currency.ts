import type { CompiledModel } from '../../model/index.ts';

/** The currency used when the model states none at all. */
export const FALLBACK_CURRENCY = 'EUR';

/**
 * The currency a model keeps its books in, the one definition every figure in money uses: the
 * budget currency of a product delivery organization, else of any organization, else the
 * currency of the first compensation policy, salary band, transfer price or service revenue,
 * else EUR. Default salaries (people no salary band matches) are stated in it.
 */
export function modelCurrency(model: CompiledModel): string {
  const orgs = [...model.organizations.values()];
  const first = <T>(map: ReadonlyMap<string, T>): T | undefined => map.values().next().value;
  return (
    orgs.find((o) => o.spec.type === 'product-delivery' && o.spec.budget)?.spec.budget?.currency ??
    orgs.find((o) => o.spec.budget)?.spec.budget?.currency ??
    first(model.compensationPolicies)?.spec.currency ??
    first(model.salaryBands)?.spec.currency ??
    first(model.transferPrices)?.spec.currency ??
    [...model.services.values()].find((s) => s.spec.revenuePerHour)?.spec.revenuePerHour
      ?.currency ??
    FALLBACK_CURRENCY
  );
}
