import type { CompiledModel } from '../../model/index.ts';
import { modelSites } from '../sites/index.ts';
import type { Hire } from './hiring-list.ts';
import { siteNameOf } from './sites.ts';

/**
 * The hiring list with the open SRE positions it fills said in each hire's reason. An open
 * position is a place the head count counts without anyone in it (docs/people.md), so a hire of
 * its level at its site is that position filled, not one more: funding and the operating cost
 * count it once. Without this, the head count's "open SRE positions" and a hire of the same level
 * and site read as two people to find. `openPositions` are the head count's, by name.
 */
export function withOpenPositions(
  model: CompiledModel,
  hiring: readonly Hire[],
  openPositions: readonly string[],
): Hire[] {
  if (openPositions.length === 0) return [...hiring];
  const sites = modelSites(model);
  const left = openPositions.flatMap((name) => {
    const p = model.people.get(name);
    return p?.spec.level ? [{ name, level: p.spec.level, site: siteNameOf(sites, name) }] : [];
  });
  return hiring.map((h) => {
    const mine = left.filter((o) => o.level === h.level && o.site === h.location).slice(0, h.count);
    if (mine.length === 0) return h;
    for (const o of mine) left.splice(left.indexOf(o), 1);
    const names = mine.map((o) => o.name);
    const list =
      names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
    const one = mine.length === 1;
    return {
      ...h,
      reason: `${h.reason}; the open SRE position${one ? '' : 's'} ${list} ${one ? 'is' : 'are'} part of ${h.count === 1 ? 'this hire' : `these ${h.count} hires`}, not added to ${h.count === 1 ? 'it' : 'them'}`,
    };
  });
}
