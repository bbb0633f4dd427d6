import { type Check, finding } from './check.ts';

/** §12.4.6: a sysadmin team renamed SRE keeps doing sysadmin work; SREs need development skills. */
export const sreTeamOfRenamedOps: Check = {
  code: 'sre-team-of-renamed-ops',
  severity: 'warning',
  section: '§12.4.6',
  summary: 'an SRE team whose people are all `ops-engineer`s',
  run: ({ model }) =>
    [...model.teams.values()].flatMap((t) => {
      if (t.spec.type !== 'sre') return [];
      // Managers lead the team; the question is who does the work.
      const people = model.index.membersOf(t.name).filter((p) => p.spec.role !== 'manager');
      if (people.length === 0 || people.some((p) => p.spec.role !== 'ops-engineer')) return [];
      return [
        finding(
          sreTeamOfRenamedOps,
          { kind: 'Team', name: t.name },
          `SRE team ${t.name} consists only of operations engineers: a renamed ops team will not support developers in shared on-call; staff it with engineers who combine development and operations skills.`,
        ),
      ];
    }),
};
