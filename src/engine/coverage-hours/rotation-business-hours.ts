import { type CompiledModel, type Rotation, rotationPolicy } from '../../model/index.ts';
import { type BusinessHours, businessHoursOf } from './business-hours.ts';

/**
 * A rotation's business hours (§12.9.5): those of the policy that applies to it
 * (`rotationPolicy`: the one that pays most of its turn-takers), else `defaultHours`, the
 * default policy's (`selectPolicy`: the one `--policy` names, else the model's first). Sizing,
 * on-call load and `office-hours-across-sites` read them, so a team paid by its own policy is
 * sized and checked by its own hours.
 */
export function rotationBusinessHours(
  model: CompiledModel,
  rotation: Rotation,
  defaultHours: BusinessHours,
): BusinessHours {
  const policy = rotationPolicy(model, rotation, undefined);
  return policy === undefined ? defaultHours : businessHoursOf(policy.spec);
}
