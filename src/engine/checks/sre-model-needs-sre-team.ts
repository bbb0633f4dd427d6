import { isSreRunModel } from '../../model/index.ts';
import { type Check, finding } from './check.ts';

/** §12.4, §12.5: shared on-call and SRE-run services need an SRE team to run them with. */
export const sreModelNeedsSreTeam: Check = {
  code: 'sre-model-needs-sre-team',
  severity: 'error',
  section: '§12.4, §12.5',
  summary: '`you-and-sre-run-it`/`sre-runs-it` without an `sreTeam` of type `sre`',
  run: ({ model }) =>
    [...model.services.values()].flatMap((s) => {
      if (!isSreRunModel(s.spec.runModel)) return [];
      const team = s.spec.sreTeam ? model.teams.get(s.spec.sreTeam) : undefined;
      if (team?.spec.type === 'sre') return [];
      const why = team
        ? `its sreTeam ${team.name} is a ${team.spec.type} team, not an SRE team`
        : 'it names no sreTeam';
      return [
        finding(
          sreModelNeedsSreTeam,
          { kind: 'Service', name: s.name },
          `Service ${s.name} is ${s.spec.runModel} but ${why}: both models need an SRE team to share or take over the on-call.`,
        ),
      ];
    }),
};
