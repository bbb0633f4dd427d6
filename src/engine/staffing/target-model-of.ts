import type { CompiledModel, RunModel } from '../../model/index.ts';

/**
 * The target model that applies to an organization: its own `targetModel`, else the nearest one
 * stated above it. The SRE scope, the recommendations and the plan read it from here.
 */
export function targetModelOf(model: CompiledModel, organization: string): RunModel | undefined {
  const seen = new Set<string>();
  let current = model.organizations.get(organization);
  while (current && !seen.has(current.name)) {
    seen.add(current.name);
    const target = current.spec.targetModel;
    if (target !== undefined) return target;
    current = current.spec.parent ? model.organizations.get(current.spec.parent) : undefined;
  }
  return undefined;
}
