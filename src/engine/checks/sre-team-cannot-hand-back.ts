import { policyToAgree, servicesSreTeamIsOnCallFor } from '../../model/index.ts';
import { type Check, finding, listNames } from './check.ts';

/**
 * §12.1, the third of the three further principles: "SRE teams have the ability to regulate their
 * workload". An SRE team regulates it by handing work back under the error budget policy (§12.5:
 * "the SRE team can return the services to the development team"; §12.4.2: the power "to withdraw
 * support from a development team"). A service it runs without a policy that has a handback rule
 * is work it cannot hand back.
 */
export const sreTeamCannotHandBack: Check = {
  code: 'sre-team-cannot-hand-back',
  severity: 'warning',
  section: '§12.1, §12.5',
  summary:
    'an SRE team running services whose policies set no handback rule: it cannot regulate its workload',
  run: ({ model }) =>
    model.index.teamsOfType('sre').flatMap((team) => {
      const stuck = servicesSreTeamIsOnCallFor(model, team.name).filter(
        (s) => policyToAgree(model, s) !== undefined,
      );
      if (stuck.length === 0) return [];
      return [
        finding(
          sreTeamCannotHandBack,
          { kind: 'Team', name: team.name },
          `SRE team ${team.name} runs ${listNames(stuck.map((s) => s.name))} without an error budget policy that says when it hands the service back: it cannot regulate its workload, and overload has no way out.`,
        ),
      ];
    }),
};
