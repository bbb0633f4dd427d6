import { personDisplayName } from '../../model/index.ts';
import { selectPolicy } from '../compensation/select-policy.ts';
import {
  businessHoursOf,
  COVERED_HOURS_PER_DAY,
  timeOfDay as clock,
  minuteOfDay,
  rotationBusinessHours,
} from '../coverage-hours/index.ts';
import { modelSites, NEIGHBOUR_MINUTES, rotationSites } from '../sites/index.ts';
import { type Check, finding, listNames } from './check.ts';

/**
 * §12.6, §12.9.5: an office-hours rotation (8x5, 8x7) keeps business hours on its own zone's
 * clock. When its members are at several sites (`rotationSites`: people who share working hours,
 * the same grouping the schedule and the optimized design use), the people of every other site
 * are on call outside their working day: 8x5 on San Francisco's clock is 17:00–01:00 in Dublin.
 * The hours are the rotation's own, those of the policy that pays most of its people
 * (`rotationBusinessHours`), as sizing reads them.
 * That is not office hours for them, and it is standby nobody sized or paid as such. The
 * optimized design already gives each site its own rotation (it keeps no such rotation); this
 * check says so of today's model, naming the people and their local hours.
 */
export const officeHoursAcrossSites: Check = {
  code: 'office-hours-across-sites',
  severity: 'warning',
  section: '§12.6',
  summary:
    'an office-hours rotation (8x5, 8x7) whose members work at several sites: the hours on its own clock fall outside the working day of the people at the other sites',
  run: ({ model }) => {
    const sites = modelSites(model);
    const selected = selectPolicy(model);
    const defaultHours = businessHoursOf(selected.ok ? selected.policy?.spec : undefined);
    return [...model.rotations.values()].flatMap((rotation) => {
      const { coverage, timezone } = rotation.spec;
      if (coverage === '24x7') return [];
      // Its own hours: those of the policy that pays most of its people (§12.9.5).
      const hours = rotationBusinessHours(model, rotation, defaultHours);
      const start = minuteOfDay(hours.start);
      const end = start + COVERED_HOURS_PER_DAY * 60;
      const here = rotationSites(model, rotation, sites);
      if (here.length < 2) return [];
      const own = sites.offsetsOf(timezone);
      const shifts = here.map((s) => ({
        site: s,
        january: s.offsets.january - own.january,
        july: s.offsets.july - own.july,
      }));
      const far = shifts.filter(
        (x) => Math.abs(x.january) > NEIGHBOUR_MINUTES || Math.abs(x.july) > NEIGHBOUR_MINUTES,
      );
      const away = (far.length > 0 ? far : shifts).filter((x) => x.january !== 0 || x.july !== 0);
      const described = away.map(({ site, january, july }) => {
        const people = listNames(site.members.map((m) => personDisplayName(model, m)));
        const local = `${clock(start + january)}–${clock(end + january)}`;
        const summer =
          july === january ? '' : ` (${clock(start + july)}–${clock(end + july)} in July)`;
        return `${site.name} (${people}) ${local}${summer} local time`;
      });
      return [
        finding(
          officeHoursAcrossSites,
          { kind: 'Rotation', name: rotation.name },
          `Rotation ${rotation.name} is ${coverage}, ${clock(start)}–${clock(end)} ${timezone} time, with members at ${here.length} sites (${listNames(here.map((s) => `${s.members.length} at ${s.name}`))}): it puts ${listNames(described)} on call, outside their working day. Give each site its own office-hours rotation, or cover the hours that fall outside a site's day round the clock with paid standby (§12.9.5).`,
        ),
      ];
    });
  },
};
