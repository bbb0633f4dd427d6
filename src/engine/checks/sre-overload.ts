import { isPractisingSre } from '../../model/index.ts';
import { selectPolicy } from '../compensation/index.ts';
import { businessHoursOf, MAX_ON_CALL_SHARE } from '../coverage-hours/index.ts';
import { overloadedPeople } from '../staffing/on-call-load.ts';
import { type Check, finding, listNames } from './check.ts';

/**
 * §12.1: "SREs must have time to make tomorrow better than today". An SRE in place who is on
 * call more than a quarter of their time, adding up every rotation they are on — shared with
 * developers, run by the SRE team alone (`sre-runs-it`) or anything else — has none. The finding
 * names the person; the load is staffing's (`overloadedPeople`), shared as the schedule shares it,
 * so staffing's overload list and this check never disagree. Open positions and titles without
 * practice are nobody on call (`isPractisingSre`).
 */
export const sreOverload: Check = {
  code: 'sre-overload',
  severity: 'warning',
  section: '§12.1',
  summary:
    'an SRE on call more than a quarter of their time over all their rotations, those of services their team runs alone included: no time left to make tomorrow better',
  run: ({ model }) => {
    const selected = selectPolicy(model);
    const businessHours = businessHoursOf(selected.ok ? selected.policy?.spec : undefined);
    return overloadedPeople(model, businessHours).flatMap((load) => {
      const person = model.people.get(load.person);
      if (person === undefined || !isPractisingSre(person)) return [];
      return [
        finding(
          sreOverload,
          { kind: 'Person', name: person.name },
          `${person.name} is on call ${Math.round(load.hoursPerWeek * 10) / 10} h a week (${Math.round(load.share * 100)} % of their time, more than ${MAX_ON_CALL_SHARE * 100} %) on ${listNames(load.rotations)}. An SRE needs time to make tomorrow better than today: share the load with more people or grow the team.`,
        ),
      ];
    });
  },
};
