import { normalizeSupport } from '../../model/kinds/team.ts';
import type { Subject } from './check.ts';
import { type Check, finding } from './check.ts';

/** §12.4.1 ("Example of Scaling the Number of SRE Teams"): 1 SRE team up to 8 dev teams, 2 from 9, 3 from 17. */
export const DEV_TEAMS_PER_SRE_TEAM = 8;

/** §12.4.1: the number of SRE teams grows with the number of dev teams supported. */
export const sreTeamsBelowScale: Check = {
  code: 'sre-teams-below-scale',
  severity: 'warning',
  section: '§12.4.1',
  summary: 'fewer SRE teams than one per eight supported dev teams',
  run: ({ model }) => {
    const sreTeams = [...model.teams.values()].filter((t) => t.spec.type === 'sre');
    const supported = new Set(
      sreTeams.flatMap((t) => (t.spec.supports ?? []).map((s) => normalizeSupport(s).team)),
    );
    const needed = Math.ceil(supported.size / DEV_TEAMS_PER_SRE_TEAM);
    if (sreTeams.length >= needed) return [];
    const top = [...model.organizations.values()].find((o) => o.spec.type === 'product-delivery');
    const org = top ?? model.organizations.get(sreTeams[0]?.spec.organization ?? '');
    const subject: Subject = org
      ? { kind: 'Organization', name: org.name }
      : { kind: 'Team', name: sreTeams[0]?.name ?? '' };
    return [
      finding(
        sreTeamsBelowScale,
        subject,
        `${supported.size} dev teams are supported by ${sreTeams.length} SRE team(s); at one SRE team per ${DEV_TEAMS_PER_SRE_TEAM} dev teams, ${needed} are needed.`,
      ),
    ];
  },
};
