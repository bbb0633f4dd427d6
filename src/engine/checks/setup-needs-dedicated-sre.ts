import { type Check, finding } from './check.ts';

/** §12.3 options 2 and 3: a dedicated SRE role needs a person in it. */
export const setupNeedsDedicatedSre: Check = {
  code: 'setup-needs-dedicated-sre',
  severity: 'error',
  section: '§12.3',
  summary: 'a dev team with setup `dedicated-sre…` and no SRE among its people',
  run: ({ model }) =>
    [...model.teams.values()]
      .filter(
        (t) =>
          t.spec.type === 'development' &&
          (t.spec.setup === 'dedicated-sre' || t.spec.setup === 'dedicated-sre-and-developers') &&
          model.index.sresOf(t.name).length === 0,
      )
      .map((t) =>
        finding(
          setupNeedsDedicatedSre,
          { kind: 'Team', name: t.name },
          `Team ${t.name} is set up as ${t.spec.setup} but none of its people has an SRE role: the dedicated SRE who would run its services is missing.`,
        ),
      ),
};
