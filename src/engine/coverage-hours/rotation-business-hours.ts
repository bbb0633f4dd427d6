import {
  type CompiledModel,
  payingPolicy,
  type Rotation,
  rotationPolicy,
} from '../../model/index.ts';
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

/**
 * A person's business hours, their working time (§12.4.7, §12.9.5): those of the policy that pays
 * them (`payingPolicy`: their own, their team's), else `defaultHours`, the default policy's. An
 * SRE team paid 08:00–16:00 works those hours, whatever the default says: its support capacity
 * and each SRE's month read them.
 */
export function personBusinessHours(
  model: CompiledModel,
  person: string,
  defaultHours: BusinessHours,
): BusinessHours {
  const { policy, by } = payingPolicy(model, person, undefined);
  return (by === 'person' || by === 'team') && policy !== undefined
    ? businessHoursOf(policy.spec)
    : defaultHours;
}
