import type { CompiledModel } from '../../model/index.ts';
import type { BusinessHours } from '../coverage-hours/index.ts';
import type { Design } from './design-rotation.ts';
import { todayRotation } from './today-rotation.ts';

/** The rotations the organization runs today, with the services each covers. */
export function currentDesign(model: CompiledModel, businessHours: BusinessHours): Design {
  const services = [...model.services.values()];
  const rotations = [...model.rotations.values()].map((rotation) =>
    todayRotation({
      model,
      rotation,
      businessHours,
      services: model.index.servicesCoveredBy(rotation.name).map((s) => s.name),
    }),
  );
  const covered = new Set(rotations.flatMap((r) => r.services));
  const uncovered = services.filter((s) => !covered.has(s.name)).map((s) => s.name);
  return {
    name: 'current',
    rotations,
    notes: uncovered.length > 0 ? [`no rotation covers ${uncovered.join(', ')}`] : [],
  };
}
