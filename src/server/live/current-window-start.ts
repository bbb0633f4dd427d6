import {
  DEFAULT_WINDOW,
  periodContaining,
  policyOf,
  rollingSeconds,
} from '../../engine/budgets/index.ts';
import {
  type CompiledModel,
  durationSeconds,
  type EpochSeconds,
  earlierSeconds,
  epochSeconds,
  type Service,
} from '../../model/index.ts';

/**
 * Where the error budget window a service is measured by now begins, in epoch seconds (§12.5):
 * its policy's rolling window ending at `asOf`, or the calendar month holding the last second
 * before `asOf` (at the turn of a month, the month that just ended). The current budget depends
 * on no sample before this instant, so that is all a read of the current budget needs.
 */
export function currentWindowStart(
  model: CompiledModel,
  service: Service,
  asOf: EpochSeconds,
): EpochSeconds {
  const window = policyOf(model, service)?.spec.window ?? DEFAULT_WINDOW;
  const length = rollingSeconds(window);
  return epochSeconds(
    length === undefined
      ? periodContaining(window, earlierSeconds(asOf, durationSeconds(1)), asOf).start
      : asOf - length,
  );
}
