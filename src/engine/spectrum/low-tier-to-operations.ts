import type { Service } from '../../model/index.ts';
import { operationsMayRun, type TierThresholds } from './availability-tier.ts';

/**
 * Whether a low-tier service goes to operations, the one rule the recommendations and the §12.6
 * optimized design read. §12.2.2: low targets and low demand *may* be run by operations
 * (`operationsMayRun`); §12.8.1: a move there from a model its developers or SRE run is unlikely.
 * So only a service operations already run, or whose operations nobody has organized, goes to
 * them; one its developers or SRE run stays with them (streaming-media's ad-reporting, run by ad
 * insights, was moved by the design to the CDN operations team while its recommendation kept it
 * with its developers).
 */
export function lowTierToOperations(service: Service, thresholds: TierThresholds): boolean {
  const current = service.spec.runModel;
  return (
    operationsMayRun(service, thresholds) &&
    (current === 'ops-runs-it' || current === 'unorganized')
  );
}
