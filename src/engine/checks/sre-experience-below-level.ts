import { holdsSreRole, type SreLevel } from '../../model/index.ts';
import { type Check, finding } from './check.ts';

/** §12.10: the least relevant work experience, in years, to be considered for each SRE level. */
export const MIN_EXPERIENCE_YEARS: Readonly<Record<SreLevel, number>> = {
  junior: 1,
  senior: 3,
  principal: 5,
};

/** §12.10: each SRE level asks for a minimum of relevant work experience. */
export const sreExperienceBelowLevel: Check = {
  code: 'sre-experience-below-level',
  severity: 'warning',
  section: '§12.10',
  summary: 'an SRE below the experience of their level: 1, 3, 5 years',
  run: ({ model }) =>
    [...model.people.values()].flatMap((p) => {
      const { level, experienceYears } = p.spec;
      if (!holdsSreRole(p.spec.role) || level === undefined || experienceYears === undefined)
        return [];
      const needed = MIN_EXPERIENCE_YEARS[level];
      if (experienceYears >= needed) return [];
      return [
        finding(
          sreExperienceBelowLevel,
          { kind: 'Person', name: p.name },
          `${p.name} is a ${level} SRE with ${experienceYears} year(s) of relevant experience; the level asks for at least ${needed}.`,
        ),
      ];
    }),
};
