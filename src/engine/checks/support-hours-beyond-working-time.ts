import { teamEngineers } from '../../model/index.ts';
import { normalizeSupport } from '../../model/kinds/team.ts';
import { teamWorkingHundredths } from '../chargeback/support-allocations.ts';
import { selectPolicy } from '../compensation/index.ts';
import { businessHoursOf } from '../coverage-hours/index.ts';
import { type Check, finding } from './check.ts';

/**
 * §12.4.7: the SRE team charges "the hours during which the SREs from the SRE team supported the
 * development teams each month". Support agreed in `supports` beyond what the team's engineers in
 * place work in an average month (each by the business hours of the policy that pays them, else
 * the one in force; managers and open positions not counted: chargeback's own rule,
 * `teamWorkingHundredths`) is support nobody can give, and hours
 * chargeback bills that cannot have been worked.
 */
export const supportHoursBeyondWorkingTime: Check = {
  code: 'support-hours-beyond-working-time',
  severity: 'warning',
  section: '§12.4.7',
  summary:
    'an SRE team whose agreed support hours a month exceed what its engineers in place work: hours billed that nobody can have worked',
  run: ({ model }) => {
    const selected = selectPolicy(model);
    const defaultHours = businessHoursOf(selected.ok ? selected.policy?.spec : undefined);
    return [...model.teams.values()].flatMap((team) => {
      const agreed = Math.round(
        (team.spec.supports ?? [])
          .map(normalizeSupport)
          .reduce((h, s) => h + (s.hoursPerMonth ?? 0), 0) * 100,
      );
      const people = teamEngineers(model, team.name);
      const engineers = people.length;
      // Each engineer by the hours of the policy that pays them, as chargeback counts them.
      const working = teamWorkingHundredths(model, people, 'average', defaultHours);
      if (agreed <= working) return [];
      return [
        finding(
          supportHoursBeyondWorkingTime,
          { kind: 'Team', name: team.name },
          `SRE team ${team.name} agreed ${agreed / 100} h of support a month, but its ${engineers} engineer(s) in place work about ${Math.round(working / 100)} h in an average month: ${Math.round((agreed - working) / 100)} h a month are billed that nobody can have worked. Agree fewer hours or staff the team.`,
        ),
      ];
    });
  },
};
