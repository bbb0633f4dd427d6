import { runChecks } from '../../../engine/checks/index.ts';
import { checksJson } from '../../../report/checks-json.ts';
import { engineEndpoint } from '../engine-endpoint.ts';

/** The findings of every check (§12). */
export const checksEndpoint = engineEndpoint({
  path: 'checks',
  summary: 'Check the organization against the rules of SRE organizational design (§12)',
  command: 'whorunsit check <paths…> --json',
  compute: ({ model }) => checksJson(runChecks(model)),
});
