import type { Model, Service } from '../model.ts';

/**
 * The domain of a service: its own `domain`, else its owner team's. A domain rotation (§12.6)
 * covers the services of its domain by this rule, and the plan groups them by it.
 */
export function serviceDomain(model: Model, service: Service): string | undefined {
  return service.spec.domain ?? model.teams.get(service.spec.owner)?.spec.domain;
}
