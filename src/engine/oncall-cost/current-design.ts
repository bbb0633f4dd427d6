import type { CompiledModel } from '../../model/index.ts';
import type { Design } from './design-rotation.ts';

/** The rotations the organization runs today, with the services each covers. */
export function currentDesign(model: CompiledModel): Design {
  const services = [...model.services.values()];
  const rotations = [...model.rotations.values()].map((r) => ({
    name: r.name,
    type: r.spec.type,
    coverage: r.spec.coverage,
    services: model.index.servicesCoveredBy(r.name).map((s) => s.name),
    members: new Set(r.spec.members).size,
  }));
  const covered = new Set(rotations.flatMap((r) => r.services));
  const uncovered = services.filter((s) => !covered.has(s.name)).map((s) => s.name);
  return {
    name: 'current',
    rotations,
    notes: uncovered.length > 0 ? [`no rotation covers ${uncovered.join(', ')}`] : [],
  };
}
