import { holdsSreTitleWithoutPractice, practicesSreOnServices } from '../../model/index.ts';
import { sreCapacities } from '../spectrum/sre-capacity.ts';
import { type Check, finding, listNames } from './check.ts';

/**
 * §12.4.1: with fewer SREs than the dev teams they share on-call with, some teams fall back to
 * running alone. Only the teams it shares on-call with count (`sreEngagement`): those whose
 * services it runs alone (§12.5) do not, nor those it only consults for (their developers alone
 * on call: the agreed hours are consulting, §12.4.7), whom the message names apart. The SREs
 * are the people in place who practise SRE (`isPractisingSre`); the team's members with an SRE
 * role who are not (open positions, titles without SRE practice, §12.4.6, §12.9.4) are named, so
 * a reader who counts the team's list sees why the finding counts fewer.
 */
export const sharedOnCallCapacity: Check = {
  code: 'shared-on-call-capacity',
  severity: 'warning',
  section: '§12.4.1',
  summary:
    'an SRE team with fewer SREs in place who practise SRE than the dev teams it shares on-call with (not those it only consults for); names the teams that fall back to `you-run-it` and the open positions and titles without practice not counted',
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
          `SRE team ${c.team} has ${c.sres.length} SRE(s) for the ${c.supported.length} dev teams it shares on-call with${notCounted.length > 0 ? `, not counting ${listNames(notCounted)}` : ''}: ${listNames(c.fallback)} fall(s) back to "you build it, you run it".${consultingNote(c.consulting)}`,
        );
      }),
};

/** The teams it only consults for, said so a reader who counts `supports` sees why they are left out. */
function consultingNote(consulting: readonly string[]): string {
  if (consulting.length === 0) return '';
  return ` It only consults for ${listNames(consulting)} (on call for none of ${consulting.length === 1 ? 'its' : 'their'} services): support hours, not shared on-call, and not counted (§12.4.7).`;
}
