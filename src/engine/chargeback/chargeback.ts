import type { CompiledModel } from '../../model/index.ts';
import type { Month } from '../compensation/index.ts';
import { buildStatements, type Price, type Statements } from './statements.ts';
import { supportHoursPerMonth } from './support-hours.ts';

export interface Chargeback extends Statements {
  readonly month: Month | 'average';
  readonly notes: readonly string[];
}

/**
 * §12.4.7 for a month: each SRE team's support hours per development team, priced with the
 * TransferPrice between their organizations, as statements per consumer cost center. A price
 * agreed with an organization above the consumer (or provider) applies to the organizations
 * below it, the nearest one first. `average` prices an average month, for plans.
 */
export function chargeback(model: CompiledModel, month: Month | 'average'): Chargeback {
  const { allocations, notes } = supportHoursPerMonth(model, month);
  const ancestors = (org: string): string[] => {
    const chain: string[] = [];
    let current = model.organizations.get(org);
    while (current && !chain.includes(current.name)) {
      chain.push(current.name);
      current = current.spec.parent ? model.organizations.get(current.spec.parent) : undefined;
    }
    return chain;
  };
  const priceFor = (provider: string, consumer: string): Price | undefined => {
    for (const p of ancestors(provider)) {
      for (const c of ancestors(consumer)) {
        for (const price of model.transferPrices.values()) {
          if (price.spec.provider === p && price.spec.consumer === c) {
            return {
              name: price.name,
              currency: price.spec.currency,
              hourlyRate: price.spec.hourlyRate,
              infrastructureContribution: price.spec.infrastructureContribution ?? 0,
            };
          }
        }
      }
    }
    return undefined;
  };
  const costCenterOf = (org: string) => model.organizations.get(org)?.spec.costCenter ?? org;
  return { month, notes, ...buildStatements({ allocations, costCenterOf, priceFor }) };
}
