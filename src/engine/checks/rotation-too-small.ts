import type { CompiledModel, Rotation } from '../../model/index.ts';
import { rotationSites } from '../spectrum/rotation-sites.ts';
import { type Check, finding } from './check.ts';

/** §12.9.5: the fewest people a 24x7 rotation at one site needs to avoid burnout. */
export const MIN_MEMBERS_SINGLE_SITE = 8;
/** §12.9.5: the fewest people per site when a 24x7 rotation spans two sites. */
export const MIN_MEMBERS_PER_SITE_OF_TWO = 6;

/** §12.9.5: a 24x7 rotation with too few people is the road to burnout. */
export const rotationTooSmall: Check = {
  code: 'rotation-too-small',
  severity: 'warning',
  section: '§12.9.5',
  summary:
    'a 24x7 rotation with fewer than 8 members at one site, or 6 per site across two: the road to burnout',
  run: ({ model }) =>
    [...model.rotations.values()].flatMap((r) => {
      if (r.spec.coverage !== '24x7') return [];
      const sites = membersBySite(model, r);
      const sizes = [...sites.values()].sort((a, b) => b - a);
      const [first = 0, second = 0] = sizes;
      if (first >= MIN_MEMBERS_SINGLE_SITE) return [];
      if (second >= MIN_MEMBERS_PER_SITE_OF_TWO) return [];
      const where = [...sites].map(([site, n]) => `${n} in ${site}`).join(', ');
      return [
        finding(
          rotationTooSmall,
          { kind: 'Rotation', name: r.name },
          `24x7 rotation ${r.name} has ${new Set(r.spec.members).size} members (${where}): it needs ${MIN_MEMBERS_SINGLE_SITE} at one site or ${MIN_MEMBERS_PER_SITE_OF_TWO} at each of two sites, or on-call comes round too often.`,
        ),
      ];
    }),
};

/** Members per site (§12.9.5): people on one clock are one site (`rotationSites`). */
function membersBySite(model: CompiledModel, rotation: Rotation): Map<string, number> {
  return new Map(rotationSites(model, rotation).map((site) => [site.zone, site.members.length]));
}
