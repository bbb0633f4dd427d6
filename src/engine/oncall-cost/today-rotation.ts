import { type CompiledModel, type Rotation, rotationProvider } from '../../model/index.ts';
import { type BusinessHours, rotationBusinessHours } from '../coverage-hours/index.ts';
import { rotationSetup } from '../sites/index.ts';
import { sizeSetup } from '../staffing/rotation-sizing.ts';
import type { DesignRotation } from './design-rotation.ts';

/**
 * A rotation of the model as a design prices it: run as the schedule runs it (one pool, or a
 * follow-the-sun relay, `rotationSetup`), needing what sizing says it needs (`sizeSetup`).
 */
export function todayRotation(options: {
  readonly model: CompiledModel;
  readonly rotation: Rotation;
  readonly services: readonly string[];
  readonly businessHours: BusinessHours;
}): DesignRotation {
  const { model, rotation } = options;
  // Its own hours: those of the policy that pays most of its people (`rotationBusinessHours`).
  const businessHours = rotationBusinessHours(model, rotation, options.businessHours);
  const setup = rotationSetup(model, rotation);
  const spec = rotation.spec;
  const sizing = sizeSetup(rotation, setup, businessHours);
  return {
    name: rotation.name,
    type: spec.type,
    coverage: spec.coverage,
    services: options.services,
    // the figures `staffing` gives (`sizeSetup`), so the two never differ
    members: sizing.current,
    peopleNeeded: sizing.needed,
    relay:
      setup.kind === 'relay'
        ? {
            parts: setup.sites.map((s) => ({
              takeoverMinute: s.takeoverMinute,
              january: s.part.january,
              july: s.part.july,
            })),
          }
        : undefined,
    keeps: rotation.name,
    provider: rotationProvider(model, rotation),
  };
}
