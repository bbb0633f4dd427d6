import {
  organizationOpenPositions,
  organizationPeople,
} from '../../model/concepts/organization-people.ts';
import { type Check, finding } from './check.ts';

/** §12.4.6: a head count limit binds in addition to the budget. */
export const overHeadcountLimit: Check = {
  code: 'over-headcount-limit',
  severity: 'error',
  section: '§12.4.6',
  summary: 'an organization beyond its head count limit',
  run: ({ model }) =>
    [...model.organizations.values()].flatMap((o) => {
      const limit = o.spec.headcountLimit;
      if (limit === undefined) return [];
      const count = organizationPeople(model, o).length;
      if (count <= limit) return [];
      const open = organizationOpenPositions(model, o).length;
      const openNote =
        open > 0 ? ` Its ${open} open position(s) are not counted: filling them adds to it.` : '';
      return [
        finding(
          overHeadcountLimit,
          { kind: 'Organization', name: o.name },
          `${o.name} has ${count} people (its heads, the people of its teams and of the organizations below it, team managers, and those placed by their reporting line) against a head count limit of ${limit}.${openNote}`,
        ),
      ];
    }),
};
