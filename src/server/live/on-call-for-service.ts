import { runModelRotations } from '../../engine/routing/index.ts';
import type { CompiledModel, RunModel, Service } from '../../model/index.ts';
import type { OnCallAt } from './on-call-now.ts';

/** Who is on call for a service at an instant, and which of its rotations have nobody on duty. */
export interface ServiceOnCall {
  readonly onCall: readonly { readonly rotation: string; readonly person: string }[];
  readonly offDuty: readonly string[];
}

/**
 * The rotations that get a service's alerts under the run model in force (§12.6), then the
 * thin layer that covers it, each with the person on duty at the instant `onCallAt` answers for.
 */
export function serviceOnCall(options: {
  readonly model: CompiledModel;
  readonly service: Service;
  readonly runModel: RunModel;
  readonly onCallAt: OnCallAt;
}): ServiceOnCall {
  const { model, service, runModel, onCallAt } = options;
  const rotations = [
    ...runModelRotations(model, service, runModel).map((r) => r.rotation),
    ...model.index.rotationsCovering(service.name).filter((r) => r.spec.type === 'thin-layer'),
  ];
  const onCall: { rotation: string; person: string }[] = [];
  const offDuty: string[] = [];
  for (const rotation of rotations) {
    const person = onCallAt(rotation);
    if (person) onCall.push({ rotation: rotation.name, person });
    else offDuty.push(rotation.name);
  }
  return { onCall, offDuty };
}
