import type { CompiledModel } from '../compiled/compiled-model.ts';
import { homeOrganization, organizationTree } from './organization-people.ts';

/**
 * Whether an organization is another company's: one outside the product delivery organization's
 * tree, such as a managed-service provider or a vendor that runs services under a yearly contract.
 * Its budget is the contract's value, committed to that company (§12.4.6: money the plan cannot
 * move), and its people work under the contract, not on the company's pager (§12.6). False for
 * every organization when the model has no product delivery organization to be outside of.
 */
export function isOutsideCompany(model: CompiledModel, organization: string): boolean {
  const ours = model.derive(companyOrganizations);
  return ours !== null && model.organizations.has(organization) && !ours.has(organization);
}

/**
 * Whether a person works for another company: their home organization (`homeOrganization`) is
 * outside the company (`isOutsideCompany`). The company pays them through that company's
 * contract, never a salary of its own (§12.4.6): no cost of the operating model counts their
 * salary.
 */
export function worksForOutsideCompany(model: CompiledModel, person: string): boolean {
  const home = homeOrganization(model, person);
  return home !== undefined && isOutsideCompany(model, home.organization);
}

/** The product delivery organization's tree, or null when the model has none. */
function companyOrganizations(model: CompiledModel): ReadonlySet<string> | null {
  const delivery = [...model.organizations.values()].find(
    (o) => o.spec.type === 'product-delivery',
  );
  return delivery === undefined ? null : organizationTree(model, delivery);
}
