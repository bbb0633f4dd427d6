import { careers } from '../../../engine/people/index.ts';
import { engineEndpoint } from '../engine-endpoint.ts';

/** The SRE role, career ladder and each person's readiness for the next step (§12.9, §12.10). */
export const careersEndpoint = engineEndpoint({
  path: 'careers',
  summary:
    'SRE role names, role fulfillment, the career ladder and readiness per person (§12.9, §12.10)',
  command: 'whorunsit careers <paths…> --json',
  // The careers report is plain data: `careers --json` prints it as it is.
  compute: ({ model }) => careers(model),
});
