import { type RouteReason, routeAlert } from '../../engine/routing/index.ts';
import type { Rotation } from '../../model/index.ts';
import type { RoutedTo } from '../../store/index.ts';
import type { RunState } from '../live/current-run-models.ts';
import type { OnCallAt } from '../live/on-call-now.ts';
import type { RevisionModel } from '../revisions/model-cache.ts';

/** Stored when no usable model revision exists: the alert is kept, routing waits for a model. */
export const NO_MODEL_REASON = 'no-model';
/** Stored when routing failed unexpectedly (a bug, logged): the alert is kept and retried. */
export const ROUTING_FAILED_REASON = 'routing-failed';

/** Where one alert goes, and whether that must be decided again later. */
export interface RouteDecision {
  readonly routedTo: RoutedTo;
  readonly reason: RouteReason | typeof NO_MODEL_REASON | typeof ROUTING_FAILED_REASON;
  /** Routing could not reach a person now: no model, no rotation, nobody known on call. */
  readonly pending: boolean;
  /** The revision the decision was taken with. */
  readonly revision: number | null;
}

/** What routing needs besides the alert, read once per webhook call or retry run. */
export interface Router {
  readonly model: RevisionModel | undefined;
  readonly state: RunState | undefined;
  readonly onCall: OnCallAt | undefined;
  readonly fallbackRotation: string | undefined;
  readonly log: { error: (object: object, message: string) => void };
}

/**
 * Routes one alert by §12.6 with the serving model. Never throws: what cannot be decided now
 * (no usable model, no rotation to send it to, nobody known to be on call) is a pending
 * decision, stored with the alert and retried, so an alert is never refused for its routing.
 */
export function decideRoute(router: Router, service: string | undefined): RouteDecision {
  const { model, state, onCall } = router;
  if (!model || !state || !onCall) {
    return { routedTo: NOBODY, reason: NO_MODEL_REASON, pending: true, revision: null };
  }
  try {
    const decision = routeAlert({
      model: model.model,
      service,
      runModel: state.runModel,
      fallbackRotation: router.fallbackRotation,
      onCall: (rotation: Rotation) => onCall(rotation),
    });
    return {
      routedTo: { rotation: decision.rotation, person: decision.person },
      reason: decision.reason,
      pending: decision.rotation === null || decision.person === null,
      revision: model.revision,
    };
  } catch (error) {
    router.log.error(
      { err: error, service },
      'alert routing failed; the alert is stored and retried',
    );
    return {
      routedTo: NOBODY,
      reason: ROUTING_FAILED_REASON,
      pending: true,
      revision: model.revision,
    };
  }
}

const NOBODY: RoutedTo = { rotation: null, person: null };
