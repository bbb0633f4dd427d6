import type { CompiledModel, Rotation, RunModel } from '../../model/index.ts';
import { runModelRotations } from './run-model-rotations.ts';

/** Why an alert went where it went: stable codes, stored with every alert. */
export const ROUTE_REASONS = [
  /** The thin layer covers the service and the service has runbooks it can follow (§12.6). */
  'thin-layer-runbooks',
  /** A rotation staffed by the teams that run the service under its current run model. */
  'run-model-rotation',
  /** A rotation covers the service, but none is staffed by the teams that run it now. */
  'covering-rotation',
  /** The chosen rotation has nobody on duty now (8x5, 8x7); the 24x7 thin layer takes it. */
  'thin-layer-off-hours',
  /** The service is in the model but no rotation covers it. */
  'fallback-no-rotation',
  /** The alert names a service the model does not have. */
  'fallback-unknown-service',
  /** The alert carries no service label. */
  'fallback-no-service-label',
] as const;
export type RouteReason = (typeof ROUTE_REASONS)[number];

export interface RouteDecision {
  readonly rotation: string | null;
  /** Who is on call on that rotation now; null when nobody is or it cannot be known. */
  readonly person: string | null;
  readonly reason: RouteReason;
}

export interface RouteAlertOptions {
  readonly model: CompiledModel;
  /** The service named by the alert's labels, if any. */
  readonly service: string | undefined;
  /** Who runs the service now: the agreed model or the one the handover engine moved it to. */
  readonly runModel: (service: string) => RunModel;
  /** Where alerts without a known service go; by default the model's first thin layer. */
  readonly fallbackRotation: string | undefined;
  /**
   * Who is on call on a rotation now: a person, null when nobody is on duty (outside an 8x5
   * window), undefined when it cannot be told.
   */
  readonly onCall: (rotation: Rotation) => string | null | undefined;
}

/**
 * Routes one alert (§12.6): the thin layer first where it covers the service and the service
 * has runbooks; else the rotation of whoever runs the service now (the team rotation, or the
 * SRE rotation once SRE runs it, §12.5); when that rotation has nobody on duty, the thin layer
 * if it covers the service. Alerts for services not in the model go to the fallback rotation:
 * stored and routed, never dropped.
 */
export function routeAlert(options: RouteAlertOptions): RouteDecision {
  const { model, onCall } = options;
  const decide = (rotation: Rotation, reason: RouteReason): RouteDecision => ({
    rotation: rotation.name,
    person: onCall(rotation) ?? null,
    reason,
  });
  const fallback = (reason: RouteReason): RouteDecision => {
    const rotation = fallbackRotation(model, options.fallbackRotation);
    return rotation ? decide(rotation, reason) : { rotation: null, person: null, reason };
  };

  if (options.service === undefined) return fallback('fallback-no-service-label');
  const service = model.services.get(options.service);
  if (!service) return fallback('fallback-unknown-service');

  const thinLayers = model.index
    .rotationsCovering(service.name)
    .filter((r) => r.spec.type === 'thin-layer');
  const thinLayer = thinLayers[0];
  if (thinLayer && (service.spec.runbooks?.length ?? 0) > 0) {
    return decide(thinLayer, 'thin-layer-runbooks');
  }
  const best = runModelRotations(model, service, options.runModel(service.name))[0];
  if (!best) return fallback('fallback-no-rotation');
  const decision = decide(
    best.rotation,
    best.runnersShare > 0 ? 'run-model-rotation' : 'covering-rotation',
  );
  if (onCall(best.rotation) === null && thinLayer && onCall(thinLayer) !== null) {
    return decide(thinLayer, 'thin-layer-off-hours');
  }
  return decision;
}

function fallbackRotation(
  model: CompiledModel,
  configured: string | undefined,
): Rotation | undefined {
  if (configured !== undefined) return model.rotations.get(configured);
  return model.index.rotationsOfType('thin-layer')[0];
}
