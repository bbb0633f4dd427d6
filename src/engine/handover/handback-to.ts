import type { RunModel } from '../../model/index.ts';

/**
 * Where a service goes when SRE hands it back: "the service operation model is switched from
 * 'you build it, SRE run it' to 'you build it, you run it'" (§12.5.1).
 */
export const HANDBACK_TO: RunModel = 'you-run-it';
