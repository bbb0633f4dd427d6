import { runChecks } from '../../../engine/checks/index.ts';
import { engineEndpoint } from '../engine-endpoint.ts';

/** The findings of every check (§12), as `whorunsit check --json`. */
export const checksEndpoint = engineEndpoint({
  path: 'checks',
  summary: 'Check the organization against the rules of SRE organizational design (§12)',
  compute: ({ model }) => ({ checks: runChecks(model) }),
});
