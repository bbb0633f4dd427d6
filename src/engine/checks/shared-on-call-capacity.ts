import { sreCapacities } from '../spectrum/sre-capacity.ts';
import { type Check, finding, listNames } from './check.ts';

/**
 * §12.4.1: with fewer SREs than the dev teams they share on-call with, some teams fall back to
 * running alone. Teams whose services the SRE team runs alone (§12.5) are not counted.
 */
export const sharedOnCallCapacity: Check = {
  code: 'shared-on-call-capacity',
  severity: 'warning',
  section: '§12.4.1',
  summary:
    'an SRE team with fewer SREs than the dev teams it shares on-call with; names the teams that fall back to `you-run-it`',
  run: ({ model }) =>
    sreCapacities(model)
      .filter((c) => c.fallback.length > 0)
      .map((c) =>
        finding(
          sharedOnCallCapacity,
          { kind: 'Team', name: c.team },
          `SRE team ${c.team} has ${c.sres.length} SRE(s) for ${c.supported.length} dev teams: ${listNames(c.fallback)} fall(s) back to "you build it, you run it".`,
        ),
      ),
};
