import type { Coverage } from '../../model/index.ts';
import {
  type BusinessHours,
  HOURS_PER_WEEK,
  MAX_ON_CALL_SHARE,
  ON_CALL_AT_ONCE,
  weeklyCoverageMinutes,
} from '../coverage-hours/index.ts';

/**
 * A 24x7 rotation split across sites needs at least six people at each site: the 25% rule
 * alone would allow four, but fewer than six cannot hold the site's knowledge and absences
 * (the chapter's "6 per site across two", after Google's SRE book).
 */
export const MIN_PEOPLE_PER_SITE = 6;

/** On-call hours a person may carry per week: a quarter of their time. */
export const MAX_ON_CALL_HOURS_PER_WEEK = MAX_ON_CALL_SHARE * HOURS_PER_WEEK;

export interface PeopleNeeded {
  readonly coverage: Coverage;
  /** Hours per week the coverage keeps one slot on call. */
  readonly hoursPerWeek: number;
  /** Sites the coverage is split across (1 for 8x5 and 8x7: those follow one site's day). */
  readonly sites: number;
  readonly perSite: number;
  readonly total: number;
}

/**
 * People a rotation needs so nobody is on call more than a quarter of their time, with a
 * primary and a secondary on call at once: slots × covered hours ÷ 42 h. For 24x7 at one site
 * that is 2 × 168 ÷ 42 = 8; across two sites each covers half the day, which the rule would
 * staff with 4, raised to the minimum of 6 per site. 8x5 and 8x7 follow from their own hours.
 */
export function peopleNeeded(
  coverage: Coverage,
  options: { readonly sites?: number; readonly businessHours: BusinessHours },
): PeopleNeeded {
  const hoursPerWeek = weeklyCoverageMinutes(coverage, options.businessHours).total / 60;
  const sites = coverage === '24x7' ? Math.max(1, Math.floor(options.sites ?? 1)) : 1;
  const byRule = Math.ceil((ON_CALL_AT_ONCE * hoursPerWeek) / sites / MAX_ON_CALL_HOURS_PER_WEEK);
  const perSite = sites > 1 ? Math.max(byRule, MIN_PEOPLE_PER_SITE) : byRule;
  return { coverage, hoursPerWeek, sites, perSite, total: perSite * sites };
}
