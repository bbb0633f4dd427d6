import { holdsSreTitleWithoutPractice, practicesSreOnServices } from '../../model/index.ts';
import { sreCapacities } from '../spectrum/sre-capacity.ts';
import { type Check, finding, listNames } from './check.ts';

/**
 * §12.4.1: with fewer SREs than the dev teams they share on-call with, some teams fall back to
 * running alone. Teams whose services the SRE team runs alone (§12.5) are not counted. The SREs
 * are the people in place who practise SRE (`isPractisingSre`); the team's members with an SRE
 * role who are not (open positions, titles without SRE practice, §12.4.6, §12.9.4) are named, so
 * a reader who counts the team's list sees why the finding counts fewer.
 */
export const sharedOnCallCapacity: Check = {
  code: 'shared-on-call-capacity',
  severity: 'warning',
  section: '§12.4.1',
  summary:
    'an SRE team with fewer SREs in place who practise SRE than the dev teams it shares on-call with; names the teams that fall back to `you-run-it` and the open positions and titles without practice not counted',
  run: ({ model }) =>
    sreCapacities(model)
      .filter((c) => c.fallback.length > 0)
      .map((c) => {
        const notCounted = model.index
          .membersOf(c.team)
          .filter((p) => practicesSreOnServices(p.spec.role) && !c.sres.includes(p.name))
          .map(
            (p) =>
              `${p.name} (${holdsSreTitleWithoutPractice(p) ? 'an SRE title without SRE practice' : 'an open position'})`,
          );
        return finding(
          sharedOnCallCapacity,
          { kind: 'Team', name: c.team },
          `SRE team ${c.team} has ${c.sres.length} SRE(s) for ${c.supported.length} dev teams${notCounted.length > 0 ? `, not counting ${listNames(notCounted)}` : ''}: ${listNames(c.fallback)} fall(s) back to "you build it, you run it".`,
        );
      }),
};
