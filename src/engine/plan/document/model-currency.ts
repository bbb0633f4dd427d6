import type { CompiledModel as Model } from '../../../model/index.ts';

/**
 * The currency the plan states money in: the product delivery organization's budget, else any
 * organization's budget, else the compensation policy's, else the first service revenue's; EUR
 * for a model that names no currency at all.
 */
export function modelCurrency(model: Model): string {
  const orgs = [...model.organizations.values()];
  const top = orgs.find((o) => o.spec.type === 'product-delivery' && o.spec.budget);
  const any = orgs.find((o) => o.spec.budget);
  const policy = [...model.compensationPolicies.values()][0];
  const revenue = [...model.services.values()].find((s) => s.spec.revenuePerHour);
  return (
    top?.spec.budget?.currency ??
    any?.spec.budget?.currency ??
    policy?.spec.currency ??
    revenue?.spec.revenuePerHour?.currency ??
    'EUR'
  );
}
