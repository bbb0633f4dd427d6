import { sreTeamScaling } from '../staffing/sre-team-scaling.ts';
import { DEV_TEAMS_PER_SRE_TEAM } from '../staffing/sre-teams-needed.ts';
import type { Subject } from './check.ts';
import { type Check, finding } from './check.ts';

/**
 * §12.4.1 ("Example of Scaling the Number of SRE Teams"): the number of SRE teams grows with the
 * number of dev teams SRE serves. The count and the ratio are staffing's (`sreTeamScaling`), so
 * `check` and `staffing` never disagree on how many SRE teams are needed.
 */
export const sreTeamsBelowScale: Check = {
  code: 'sre-teams-below-scale',
  severity: 'warning',
  section: '§12.4.1',
  summary: 'fewer SRE teams than one per eight dev teams in SRE scope',
  run: ({ model }) => {
    const scaling = sreTeamScaling(model);
    if (scaling.gap <= 0) return [];
    const sreTeams = model.index.teamsOfType('sre');
    const top = [...model.organizations.values()].find((o) => o.spec.type === 'product-delivery');
    const org = top ?? model.organizations.get(sreTeams[0]?.spec.organization ?? '');
    const subject: Subject = org
      ? { kind: 'Organization', name: org.name }
      : { kind: 'Team', name: sreTeams[0]?.name ?? scaling.developmentTeams[0] ?? '' };
    return [
      finding(
        sreTeamsBelowScale,
        subject,
        `${scaling.developmentTeams.length} dev teams are served by ${scaling.current} SRE team(s) (supported, run with SRE, with a dedicated SRE or targeting an SRE model); at one SRE team per ${DEV_TEAMS_PER_SRE_TEAM} dev teams, ${scaling.needed} are needed.`,
      ),
    ];
  },
};
