import type { CompiledModel, Coverage, Rotation } from '../../model/index.ts';
import type { BusinessHours } from '../coverage-hours/index.ts';
import { rotationSites } from '../spectrum/rotation-sites.ts';
import { peopleNeeded } from './people-needed.ts';

export interface SiteCount {
  readonly site: string;
  readonly current: number;
  /** People this site needs in the recommended setup; 0 for a site the setup does not use. */
  readonly needed: number;
}

export interface RotationSizing {
  readonly name: string;
  readonly type: Rotation['spec']['type'];
  readonly coverage: Coverage;
  readonly needed: number;
  readonly current: number;
  /** People to add (at the sites named in `sites`) for the rotation to be sustainable. */
  readonly shortfall: number;
  readonly setup: 'one-site' | 'two-sites' | 'any-site';
  readonly sites: readonly SiteCount[];
  readonly sustainable: boolean;
}

/**
 * Sizes every rotation by its coverage (§12.6, Google's 25% rule). A 24x7 rotation is
 * sustainable with at least 8 at one site or 6 at each of two; the setup recommended is the
 * one that needs fewer new people given where the members are today (ties: one site). 8x5 and
 * 8x7 need their own head count, wherever the people sit.
 */
export function rotationSizing(
  model: CompiledModel,
  businessHours: BusinessHours,
): RotationSizing[] {
  return [...model.rotations.values()].map((rotation) =>
    sizeRotation(model, rotation, businessHours),
  );
}

export function sizeRotation(
  model: CompiledModel,
  rotation: Rotation,
  businessHours: BusinessHours,
): RotationSizing {
  const { coverage, members, type } = rotation.spec;
  // §12.9.5 counts people per site; people on one clock share the nights, so they are one site.
  const counts = new Map(rotationSites(model, rotation).map((s) => [s.zone, s.members.length]));
  const bySize = [...counts].sort((a, b) => b[1] - a[1]);
  const current = new Set(members).size;
  const base = { name: rotation.name, type, coverage, current };
  if (coverage !== '24x7') {
    const needed = peopleNeeded(coverage, { businessHours }).total;
    const shortfall = Math.max(0, needed - current);
    return {
      ...base,
      needed,
      shortfall,
      setup: 'any-site',
      sites: bySize.map(([site, n]) => ({ site, current: n, needed: 0 })),
      sustainable: shortfall === 0,
    };
  }
  const one = peopleNeeded('24x7', { sites: 1, businessHours });
  const two = peopleNeeded('24x7', { sites: 2, businessHours });
  const [first, second] = bySize;
  const oneShort = Math.max(0, one.total - (first?.[1] ?? 0));
  const twoShort =
    Math.max(0, two.perSite - (first?.[1] ?? 0)) + Math.max(0, two.perSite - (second?.[1] ?? 0));
  const useTwo = twoShort < oneShort;
  const used = useTwo ? 2 : 1;
  const perSite = useTwo ? two.perSite : one.total;
  const sites = bySize.map(([site, n], i) => ({
    site,
    current: n,
    needed: i < used ? perSite : 0,
  }));
  if (useTwo && sites.length < 2)
    sites.push({ site: 'a second site', current: 0, needed: perSite });
  if (sites.length === 0) sites.push({ site: 'unknown', current: 0, needed: perSite });
  const shortfall = useTwo ? twoShort : oneShort;
  return {
    ...base,
    needed: useTwo ? two.total : one.total,
    shortfall,
    setup: useTwo ? 'two-sites' : 'one-site',
    sites,
    sustainable: shortfall === 0,
  };
}
