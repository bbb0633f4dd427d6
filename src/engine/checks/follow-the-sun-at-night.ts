import { timeOfDay as clock } from '../coverage-hours/index.ts';
import { modelSites, rotationSetup, SITE_DAY } from '../sites/index.ts';
import { type Check, finding, listNames } from './check.ts';

/**
 * §12.6: following the sun is so that nobody is on call at night. A rotation that follows the
 * sun because it says so (`followTheSun`) is reported when a site's part of the day starts
 * before 07:00 or ends after 23:00 its time, in January or July (the sites are too close for
 * their days to cover the clock, or the stated takeovers put a site on at night), and when
 * `followTheSun.sites` names a time zone that is none of its sites (that takeover is not used).
 * Rotations that follow the sun by themselves never do either (`rotationSetup`).
 */
export const followTheSunAtNight: Check = {
  code: 'follow-the-sun-at-night',
  severity: 'warning',
  section: '§12.6',
  summary:
    'a rotation said to follow the sun that puts a site on call at night (its part of the day starts before 07:00 or ends after 23:00 local), or names a time zone that is none of its sites',
  run: ({ model }) => {
    const sites = modelSites(model);
    return [...model.rotations.values()].flatMap((rotation) => {
      const setup = rotationSetup(model, rotation, sites);
      if (setup.kind !== 'relay') return [];
      const atNight = setup.sites.flatMap((s) => {
        const longest = Math.max(s.part.january, s.part.july);
        const end = s.takeoverMinute + longest;
        return s.takeoverMinute < SITE_DAY.start || end > SITE_DAY.end
          ? [`${s.name} ${clock(s.takeoverMinute)}–${clock(end)}`]
          : [];
      });
      const subject = { kind: 'Rotation' as const, name: rotation.name };
      return [
        ...(atNight.length > 0
          ? [
              finding(
                followTheSunAtNight,
                subject,
                `Rotation ${rotation.name} follows the sun but puts ${listNames(atNight)} (local time) on call at night: follow the sun only between sites whose days cover the clock, or state takeovers that keep each site within 07:00–23:00 (followTheSun.sites).`,
              ),
            ]
          : []),
        ...(setup.unmatched.length > 0
          ? [
              finding(
                followTheSunAtNight,
                subject,
                `Rotation ${rotation.name} states when ${listNames(setup.unmatched)} take${setup.unmatched.length === 1 ? 's' : ''} over, but no site of its members is there (its sites: ${listNames(setup.sites.map((s) => (s.name === s.zone ? s.zone : `${s.name} (${s.zone})`)))}): that takeover is not used.`,
              ),
            ]
          : []),
      ];
    });
  },
};
