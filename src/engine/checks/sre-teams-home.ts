import { type Check, finding } from './check.ts';

/** §12.4.1: more SRE teams than this in the development organization raise the question of their home. */
export const MAX_SRE_TEAMS_IN_DEVELOPMENT = 2;

/** §12.4.1: with the number of SRE teams above two, discuss where they belong. */
export const sreTeamsHome: Check = {
  code: 'sre-teams-home',
  severity: 'info',
  section: '§12.4.1',
  summary:
    'more than two SRE teams inside the development organization: time to discuss their home',
  run: ({ model }) =>
    [...model.organizations.values()].flatMap((org) => {
      if (org.spec.type !== 'development') return [];
      const count = [...model.teams.values()].filter(
        (t) => t.spec.type === 'sre' && t.spec.organization === org.name,
      ).length;
      if (count <= MAX_SRE_TEAMS_IN_DEVELOPMENT) return [];
      return [
        finding(
          sreTeamsHome,
          { kind: 'Organization', name: org.name },
          `Development organization ${org.name} holds ${count} SRE teams: time to ask whether its purpose is to build and run products, or whether the SRE teams belong in the operations or a dedicated SRE organization.`,
        ),
      ];
    }),
};
