import type { CompiledModel } from '../../model/index.ts';
import { memberSite } from '../spectrum/member-site.ts';

/** The most common value, ties to the first seen; undefined for none. */
export function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

/** The site most of a team's people work at. */
export function teamSite(model: CompiledModel, team: string): string {
  const people = [...model.people.values()].filter((p) => p.spec.team === team);
  return mostCommon(people.map((p) => memberSite(p))) ?? 'unknown';
}

/** The time zone most people at a site use. */
export function siteTimezone(model: CompiledModel, site: string): string | undefined {
  const zones = [...model.people.values()]
    .filter((p) => memberSite(p) === site && p.spec.timezone !== undefined)
    .map((p) => p.spec.timezone as string);
  return mostCommon(zones);
}
