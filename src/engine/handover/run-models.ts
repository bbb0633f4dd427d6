import type { RunModel } from '../../model/index.ts';

/** The run models in which SRE is on call for a service: shared (§12.4) or alone (§12.5). */
export const SRE_RUN_MODELS: ReadonlySet<RunModel> = new Set<RunModel>([
  'sre-runs-it',
  'you-and-sre-run-it',
]);

export function isSreRun(model: RunModel): boolean {
  return SRE_RUN_MODELS.has(model);
}

/**
 * Where a service goes when SRE hands it back: "the service operation model is switched from
 * 'you build it, SRE run it' to 'you build it, you run it'" (§12.5.1).
 */
export const HANDBACK_TO: RunModel = 'you-run-it';
